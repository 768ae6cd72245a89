package org.citygov.adapter.rest;

/** The API cannot listen where it was asked to: the port is taken, or not this process's to take. */
public final class PortUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PortUnavailableException(String host, int port, Throwable cause) {
        super("cannot listen on " + host + ":" + port + ": " + (cause.getMessage() != null
                && cause.getMessage().contains("ermission") ? "this process may not use that port"
                : "the port is in use by another process") + "; stop that process or choose another --port", cause);
    }
}
