package org.citygov.domain.evaluation;

import java.util.Objects;

import org.citygov.domain.shared.Messages;

/** The value a KPI must stay at or under ({@code AT_MOST}), or reach ({@code AT_LEAST}). */
public record Threshold(Direction direction, double value) {

    public enum Direction { AT_MOST, AT_LEAST }

    public Threshold {
        Objects.requireNonNull(direction, "direction");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a threshold is a finite number, got " + value);
        }
    }

    public boolean isMetBy(double measured) {
        return direction == Direction.AT_MOST ? measured <= value : measured >= value;
    }

    /** Whether moving from {@code before} to {@code after} goes the way the threshold wants. */
    public boolean improves(double before, double after) {
        return direction == Direction.AT_MOST ? after < before : after > before;
    }

    @Override
    public String toString() {
        return Messages.text(direction == Direction.AT_MOST ? "threshold.atMost" : "threshold.atLeast", value);
    }
}
