package org.citygov.architecture.violations.cycle.a;

import org.citygov.architecture.violations.cycle.b.Beta;

/** One half of a package cycle. */
public class Alpha {
    public Beta beta() {
        return new Beta();
    }
}
