package org.citygov.domain.law;

import java.util.List;
import java.util.Objects;

import org.citygov.domain.shared.Ids;

/**
 * What the judgment found on one of factors (b) to (d): a standing and the points behind it. {@code summary} says in
 * plain words what was weighed; {@code points} are the cautions, empty when the factor is met.
 */
public record FactorFinding(Standing standing, String summary, List<String> points) {
    public FactorFinding {
        Objects.requireNonNull(standing, "standing");
        summary = Ids.requireText(summary, "summary");
        points = List.copyOf(points);
        if ((standing == Standing.MET) != points.isEmpty()) {
            throw new IllegalArgumentException("a met factor has no cautions, and a caution has at least one point");
        }
    }

    /** The summary, followed by the cautions. */
    public String text() {
        return points.isEmpty() ? summary : summary + " " + String.join(" ", points);
    }
}
