package org.citygov.architecture.violations.serviceuse.adapter.rest;

import org.citygov.architecture.violations.serviceuse.application.service.ProjectService;

/** A REST adapter that uses a service class instead of an in-port. */
public class ProjectRoutes {
    public String post() {
        return new ProjectService().register();
    }
}
