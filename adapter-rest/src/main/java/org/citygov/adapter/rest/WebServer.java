package org.citygov.adapter.rest;

import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import io.javalin.config.JavalinConfig;

/**
 * The web server under the API (Jetty, through Javalin), set up so that no client can starve the others:
 * <ul>
 * <li>a bounded pool of {@link ServerLimits#maxThreads()} threads, and at most {@link ServerLimits#maxConnections()}
 * open connections;</li>
 * <li>request bodies gathered without blocking before a request is handled ({@link EagerContentHandler}), so a
 * client that sends its body slowly holds a connection but no thread;</li>
 * <li>deadlines for the body and the whole request ({@link RequestDeadlineHandler}), and an idle timeout for
 * connections;</li>
 * <li>the {@link SecurityHeaders} on every answer, and errors Jetty answers itself as problems that close the
 * connection ({@link ProblemErrorHandler}).</li>
 * </ul>
 */
final class WebServer {

    /**
     * Bytes counted for each piece of a body gathered before handling, besides its content: the network buffer it
     * keeps. A body sent in many small pieces is handed over early (and read on by the handler, within its deadline)
     * rather than keep a buffer per piece.
     */
    private static final int BUFFER_PER_PIECE = 16 * 1024;

    private WebServer() {
    }

    static void configure(JavalinConfig config, long maxBodyBytes, ServerLimits limits) {
        QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), 8, 60_000);
        threads.setName("citygov-http");
        config.jetty.threadPool = threads;
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new ProblemErrorHandler());
            server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
            SecurityHeaders.OnEveryResponse headers = new SecurityHeaders.OnEveryResponse();
            RequestDeadlineHandler deadlines = new RequestDeadlineHandler(limits.bodyTimeout(),
                    limits.requestTimeout());
            // a body over the limit is handed over as soon as the limit is passed: the API answers 413
            EagerContentHandler bodies = new EagerContentHandler(
                    new EagerContentHandler.RetainedContentLoaderFactory(maxBodyBytes + 1, BUFFER_PER_PIECE, false));
            headers.setHandler(deadlines);
            deadlines.setHandler(bodies);
            // Javalin puts its servlet handler inside the innermost wrapper
            server.setHandler(headers);
            server.addEventListener(new IdleTimeout(server, limits.idleTimeout().toMillis()));
        });
    }

    /** Sets the idle timeout of the connectors Javalin adds, as the server starts. */
    private record IdleTimeout(Server server, long millis) implements LifeCycle.Listener {
        @Override
        public void lifeCycleStarting(LifeCycle event) {
            for (Connector connector : server.getConnectors()) {
                if (connector instanceof AbstractConnector c) {
                    c.setIdleTimeout(millis);
                }
            }
        }
    }
}
