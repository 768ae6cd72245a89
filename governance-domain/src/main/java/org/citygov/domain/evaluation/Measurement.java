package org.citygov.domain.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/** A KPI's value as measured for a period ending on a day. */
public record Measurement(LocalDate on, double value) {
    public Measurement {
        Objects.requireNonNull(on, "on");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a measurement is a finite number, got " + value);
        }
    }
}
