package org.citygov.adapter.persistence.jdbc;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A database that cannot be opened for a reason of operation, not a fault of CityGov: the message says in one
 * sentence what is wrong and what to do.
 */
public final class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the database cannot be opened. */
    public enum Reason {
        /** Nothing answers at the address (or the host is unknown, or the database does not exist there). */
        UNREACHABLE,
        /** The server refused the user name or password. */
        CREDENTIALS_REFUSED,
        /** Another process holds the embedded database. */
        IN_USE
    }

    /** H2's error code for a database file another process has open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final Reason reason;

    StoreUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** What {@code failure}, met opening the embedded database in {@code directory}, stands for, if it is known. */
    static Optional<StoreUnavailableException> embedded(SQLException failure, String directory) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return Optional.of(new StoreUnavailableException(Reason.IN_USE, "the embedded database in "
                        + directory + " is in use by another process (a running `citygov serve`?); stop that"
                        + " process, or use the HTTP API of the server that holds it, or another --data directory",
                        failure));
            }
        }
        return Optional.empty();
    }

    /** What {@code failure}, met connecting to PostgreSQL, stands for, if it is known. */
    static Optional<StoreUnavailableException> postgres(SQLException failure, String url, String user,
                                                        boolean passwordGiven) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        if (state.startsWith("28") || state.equals("08004") && message.toLowerCase().contains("password")) {
            return Optional.of(new StoreUnavailableException(Reason.CREDENTIALS_REFUSED, passwordGiven
                    ? "PostgreSQL at " + url + " refused user \"" + user + "\": wrong password or no such user;"
                    + " check --jdbc-user and the password in CITYGOV_JDBC_PASSWORD"
                    : "PostgreSQL at " + url + " asks user \"" + user + "\" for a password and none was given;"
                    + " set CITYGOV_JDBC_PASSWORD", failure));
        }
        if (state.equals("3D000")) {
            return Optional.of(new StoreUnavailableException(Reason.UNREACHABLE, "PostgreSQL at " + url + " has no"
                    + " such database; create it (CityGov creates its tables itself) or correct --jdbc-url", failure));
        }
        boolean network = state.startsWith("08");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            network |= t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof java.net.SocketTimeoutException;
        }
        if (network) {
            return Optional.of(new StoreUnavailableException(Reason.UNREACHABLE, "cannot reach PostgreSQL at "
                    + url + " (" + firstLine(message) + "); check the host and port in --jdbc-url and that the"
                    + " server is running and accepts connections from here", failure));
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
