package org.citygov.architecture.violations.apitoadapter.application;

import org.citygov.architecture.violations.apitoadapter.api.LeakyFacade;

/** An application class that uses the API built on it: the dependency points outward. */
public class ReadsTheApi {
    public void run() {
        new LeakyFacade().assess("x");
    }
}
