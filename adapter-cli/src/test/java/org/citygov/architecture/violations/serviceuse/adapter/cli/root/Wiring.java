package org.citygov.architecture.violations.serviceuse.adapter.cli.root;

import org.citygov.architecture.violations.serviceuse.application.service.ProjectService;

/** The composition root: it may construct services. */
public class Wiring {
    public Object service() {
        return new ProjectService();
    }
}
