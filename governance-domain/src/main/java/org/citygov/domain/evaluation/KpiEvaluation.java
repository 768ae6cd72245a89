package org.citygov.domain.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A KPI judged against its threshold (MET, BREACHED or NO_DATA) and its trend over the last two measurements. */
public record KpiEvaluation(KpiId kpi, KpiKind kind, Threshold threshold, Status status, Trend trend,
                            Optional<Measurement> latest) {

    public enum Status { MET, BREACHED, NO_DATA }

    public enum Trend { IMPROVING, WORSENING, STABLE, UNKNOWN }

    public KpiEvaluation {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(latest, "latest");
    }

    static KpiEvaluation of(Kpi kpi) {
        List<Measurement> m = kpi.measurements();
        Optional<Measurement> latest = kpi.latest();
        Status status = latest.map(l -> kpi.threshold().isMetBy(l.value()) ? Status.MET : Status.BREACHED)
                .orElse(Status.NO_DATA);
        Trend trend = Trend.UNKNOWN;
        if (m.size() >= 2) {
            double before = m.get(m.size() - 2).value();
            double after = m.getLast().value();
            trend = before == after ? Trend.STABLE
                    : kpi.threshold().improves(before, after) ? Trend.IMPROVING : Trend.WORSENING;
        }
        return new KpiEvaluation(kpi.id(), kpi.kind(), kpi.threshold(), status, trend, latest);
    }

    public boolean breached() {
        return status == Status.BREACHED;
    }
}
