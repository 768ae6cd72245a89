package org.citygov.application.port.out;

import java.time.Instant;

/** The time the application stamps on what it records. */
@FunctionalInterface
public interface Clock {
    Instant now();

    static Clock system() {
        return Instant::now;
    }
}
