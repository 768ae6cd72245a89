package org.citygov.adapter.cli.root;

import java.util.function.Supplier;

import org.citygov.adapter.persistence.jdbc.StoreUnavailableException;
import org.citygov.adapter.rest.PortUnavailableException;

/**
 * Why CityGov could not start its work for a reason of operation, not a fault of its own: a database unreachable,
 * credentials refused, the embedded database held by another process, a port taken. The message says in one
 * sentence what is wrong and what to do; the command line turns the kind into its own exit status.
 */
public final class StartupFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        DATABASE_UNREACHABLE,
        DATABASE_CREDENTIALS_REFUSED,
        DATABASE_IN_USE,
        PORT_UNAVAILABLE,
        /** {@code citygov db migrate}: a migration or the grants after it could not be applied. */
        MIGRATION_FAILED
    }

    private final Kind kind;

    private StartupFailure(Kind kind, RuntimeException cause) {
        super(cause.getMessage(), cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A migration (or the grants after it) that could not be applied. */
    static StartupFailure migrationFailed(RuntimeException cause) {
        return new StartupFailure(Kind.MIGRATION_FAILED, cause);
    }

    /** Runs {@code opening}, turning the adapters' operational failures into a {@code StartupFailure}. */
    static <T> T translated(Supplier<T> opening) {
        try {
            return opening.get();
        } catch (StoreUnavailableException e) {
            throw new StartupFailure(switch (e.reason()) {
                case UNREACHABLE -> Kind.DATABASE_UNREACHABLE;
                case CREDENTIALS_REFUSED -> Kind.DATABASE_CREDENTIALS_REFUSED;
                case IN_USE -> Kind.DATABASE_IN_USE;
            }, e);
        } catch (PortUnavailableException e) {
            throw new StartupFailure(Kind.PORT_UNAVAILABLE, e);
        }
    }
}
