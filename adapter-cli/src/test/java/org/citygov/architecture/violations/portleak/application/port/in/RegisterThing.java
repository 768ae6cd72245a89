package org.citygov.architecture.violations.portleak.application.port.in;

import org.citygov.architecture.violations.portleak.application.port.out.Things;

/** An in-port that exposes an out-port to its callers. */
public interface RegisterThing {
    Things register(String thing);
}
