package org.citygov.domain.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.citygov.domain.shared.Ids;

/**
 * A key performance indicator of 5.5 with its threshold and its dated measurements (kept in date order). Evaluation
 * compares the latest measurement with the threshold and the one before it for the trend.
 */
public record Kpi(KpiId id, String name, KpiKind kind, Threshold threshold, List<Measurement> measurements) {

    public Kpi {
        Objects.requireNonNull(id, "id");
        name = Ids.requireText(name, "KPI name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(threshold, "threshold");
        measurements = measurements.stream().sorted(Comparator.comparing(Measurement::on)).toList();
    }

    public Kpi measured(Measurement measurement) {
        return new Kpi(id, name, kind, threshold, Stream.concat(measurements.stream(), Stream.of(measurement))
                .toList());
    }

    public Optional<Measurement> latest() {
        return measurements.isEmpty() ? Optional.empty() : Optional.of(measurements.getLast());
    }

    public KpiEvaluation evaluate() {
        return KpiEvaluation.of(this);
    }
}
