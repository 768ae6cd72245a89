package org.citygov.adapter.rest;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Bounds how long a request may take, whatever the client does. Its body must arrive within the body timeout of the
 * request's start: past it, reading the body fails with a {@link BodyTimeoutException} (the API answers 408), even if
 * the client still sends a byte now and then, which an idle timeout alone would allow for ever. A request not
 * answered within the request timeout has its connection closed, which frees a thread blocked on a client that does
 * not read.
 */
final class RequestDeadlineHandler extends Handler.Wrapper {

    /** Why a body could not be read: it did not arrive in time. */
    static final class BodyTimeoutException extends TimeoutException {
        private static final long serialVersionUID = 1L;

        private final long seconds;

        BodyTimeoutException(Duration timeout) {
            super("the request body did not arrive within " + timeout.toSeconds() + " s");
            this.seconds = timeout.toSeconds();
        }

        /** The body timeout, in whole seconds. */
        long seconds() {
            return seconds;
        }
    }

    private final Duration bodyTimeout;
    private final Duration requestTimeout;

    RequestDeadlineHandler(Duration bodyTimeout, Duration requestTimeout) {
        this.bodyTimeout = bodyTimeout;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Scheduler scheduler = request.getComponents().getScheduler();
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        AtomicBoolean answered = new AtomicBoolean();
        Scheduler.Task abort = scheduler.schedule(() -> {
            if (!answered.get()) {
                endPoint.close(new TimeoutException("the request was not answered within "
                        + requestTimeout.toSeconds() + " s"));
            }
        }, requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
        Callback done = Callback.from(callback, () -> {
            answered.set(true);
            abort.cancel();
        });
        boolean handled;
        try {
            handled = super.handle(new BodyDeadline(request, scheduler), response, done);
        } catch (Exception | Error e) {
            abort.cancel();
            throw e;
        }
        if (!handled) {
            abort.cancel();
        }
        return handled;
    }

    /** The request, whose body reads fail once the body timeout has passed. */
    private final class BodyDeadline extends Request.Wrapper {
        private final Scheduler scheduler;
        private final long deadline;
        private volatile boolean expired;

        BodyDeadline(Request request, Scheduler scheduler) {
            super(request);
            this.scheduler = scheduler;
            this.deadline = NanoTime.now() + bodyTimeout.toNanos();
        }

        @Override
        public Content.Chunk read() {
            if (expired || NanoTime.until(deadline) <= 0) {
                expired = true;
                return Content.Chunk.from(new BodyTimeoutException(bodyTimeout), true);
            }
            return super.read();
        }

        @Override
        public void demand(Runnable onContent) {
            long left = NanoTime.until(deadline);
            if (expired || left <= 0) {
                expired = true;
                onContent.run();
                return;
            }
            AtomicBoolean once = new AtomicBoolean();
            Scheduler.Task timer = scheduler.schedule(() -> {
                if (once.compareAndSet(false, true)) {
                    expired = true;
                    onContent.run();
                }
            }, left, TimeUnit.NANOSECONDS);
            super.demand(Invocable.from(Invocable.getInvocationType(onContent), () -> {
                if (once.compareAndSet(false, true)) {
                    timer.cancel();
                    onContent.run();
                }
            }));
        }
    }
}
