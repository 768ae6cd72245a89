package org.citygov.architecture.violations.applicationtoadapter.application.service;

import org.citygov.architecture.violations.applicationtoadapter.adapter.persistence.JdbcStore;

/** A service that reaches for an adapter instead of an out-port. */
public class LeakyService {
    private final JdbcStore store = new JdbcStore();

    public void register(String value) {
        store.save(value);
    }
}
