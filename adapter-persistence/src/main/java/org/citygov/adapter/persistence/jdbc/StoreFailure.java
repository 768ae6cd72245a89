package org.citygov.adapter.persistence.jdbc;

/**
 * The database failed in a way no caller can act on (unreachable, full, corrupt): an internal fault, not an expected
 * outcome. Expected outcomes — a stale write, a missing project — are results, never this.
 */
public final class StoreFailure extends RuntimeException {
    StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
