package org.citygov.architecture.violations.adaptercoupling.adapter.persistence;

/** A persistence adapter. */
public class JdbcStore {
    public String load() {
        return "stored";
    }
}
