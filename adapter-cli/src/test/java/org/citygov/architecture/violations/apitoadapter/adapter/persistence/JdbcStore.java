package org.citygov.architecture.violations.apitoadapter.adapter.persistence;

/** An adapter the Java API must not know. */
public class JdbcStore {
    public void save(String value) {
        // stores nothing: a fixture
    }
}
