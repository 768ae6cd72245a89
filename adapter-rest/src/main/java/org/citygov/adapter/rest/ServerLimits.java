package org.citygov.adapter.rest;

import java.time.Duration;
import java.util.Objects;

/**
 * What the web server grants one client, so that slow or greedy clients cannot starve the others.
 *
 * @param bodyTimeout    a request body must have arrived in full within this time of the request's start, else the
 *                       answer is 408 and the connection is closed. While a body arrives no server thread waits for
 *                       it: the body is gathered without blocking, and the request is handled once it is complete
 * @param requestTimeout a request still unanswered this long after its start has its connection closed, whatever it
 *                       is waiting for (a client that does not read its answer, say)
 * @param idleTimeout    a connection on which nothing is received or sent for this long is closed
 * @param maxConnections past this many open connections the server accepts no more until some close
 * @param maxThreads     the most threads that handle requests at once
 */
public record ServerLimits(Duration bodyTimeout, Duration requestTimeout, Duration idleTimeout, int maxConnections,
                           int maxThreads) {

    public ServerLimits {
        Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (bodyTimeout.isNegative() || bodyTimeout.isZero() || requestTimeout.compareTo(bodyTimeout) < 0
                || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts are positive and a request may last at least as long as its"
                    + " body takes: " + bodyTimeout + ", " + requestTimeout + ", " + idleTimeout);
        }
        if (maxConnections < 1 || maxThreads < 8) {
            throw new IllegalArgumentException("at least one connection and eight threads, got " + maxConnections
                    + " and " + maxThreads);
        }
    }

    /** 20 s for a body, 60 s for a request, 30 s idle, 1,000 connections, 200 threads. */
    public static ServerLimits defaults() {
        return new ServerLimits(Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(30), 1000, 200);
    }

    public ServerLimits withBodyTimeout(Duration timeout) {
        return new ServerLimits(timeout, requestTimeout.compareTo(timeout) < 0 ? timeout : requestTimeout,
                idleTimeout, maxConnections, maxThreads);
    }

    public ServerLimits withMaxConnections(int connections) {
        return new ServerLimits(bodyTimeout, requestTimeout, idleTimeout, connections, maxThreads);
    }
}
