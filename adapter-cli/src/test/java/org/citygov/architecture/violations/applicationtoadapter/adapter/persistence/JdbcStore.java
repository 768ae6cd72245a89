package org.citygov.architecture.violations.applicationtoadapter.adapter.persistence;

/** An adapter the application must not know. */
public class JdbcStore {
    public void save(String value) {
        // stores nothing: a fixture
    }
}
