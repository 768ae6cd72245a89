package org.citygov.architecture.violations.portleak.application.port.out;

/** An out-port. */
public interface Things {
    void save(String thing);
}
