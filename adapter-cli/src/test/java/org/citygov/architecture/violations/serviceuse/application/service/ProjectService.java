package org.citygov.architecture.violations.serviceuse.application.service;

/** A service behind the in-ports. */
public class ProjectService {
    public String register() {
        return "registered";
    }
}
