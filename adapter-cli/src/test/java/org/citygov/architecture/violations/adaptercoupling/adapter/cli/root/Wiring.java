package org.citygov.architecture.violations.adaptercoupling.adapter.cli.root;

import org.citygov.architecture.violations.adaptercoupling.adapter.persistence.JdbcStore;
import org.citygov.architecture.violations.adaptercoupling.adapter.rest.ProjectRoutes;

/** The composition root: the one place allowed to know every adapter. */
public class Wiring {
    public Object[] wire() {
        return new Object[] {new JdbcStore(), new ProjectRoutes()};
    }
}
