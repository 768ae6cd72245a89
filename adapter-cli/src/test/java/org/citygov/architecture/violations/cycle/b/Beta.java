package org.citygov.architecture.violations.cycle.b;

import org.citygov.architecture.violations.cycle.a.Alpha;

/** The other half of a package cycle. */
public class Beta {
    public Alpha alpha() {
        return new Alpha();
    }
}
