package org.citygov.architecture.violations.apitoadapter.api;

import org.citygov.architecture.violations.apitoadapter.adapter.persistence.JdbcStore;

/** A facade of the Java API that reaches for an adapter: its thin jar would then need the adapter's. */
public class LeakyFacade {
    private final JdbcStore store = new JdbcStore();

    public void assess(String value) {
        store.save(value);
    }
}
