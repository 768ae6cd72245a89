package org.citygov.architecture.violations.adaptercoupling.adapter.rest;

import org.citygov.architecture.violations.adaptercoupling.adapter.persistence.JdbcStore;

/** A REST adapter that talks to the persistence adapter directly. */
public class ProjectRoutes {
    public String get() {
        return new JdbcStore().load();
    }
}
