package org.citygov.domain.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class KpiTest {

    private static Kpi complaints(double... values) {
        Kpi kpi = new Kpi(KpiId.of("complaints"), "Complaints about the cameras", KpiKind.COMPLAINTS,
                new Threshold(Threshold.Direction.AT_MOST, 5), List.of());
        for (int i = 0; i < values.length; i++) {
            kpi = kpi.measured(new Measurement(LocalDate.of(2025, 1 + i, 1), values[i]));
        }
        return kpi;
    }

    @Test
    void evaluate_whenNoMeasurement_shouldSayNoData() {
        KpiEvaluation evaluation = complaints().evaluate();

        assertEquals(KpiEvaluation.Status.NO_DATA, evaluation.status());
        assertEquals(KpiEvaluation.Trend.UNKNOWN, evaluation.trend());
    }

    @Test
    void evaluate_whenLatestAboveAtMostThreshold_shouldBeBreachedAndWorsening() {
        KpiEvaluation evaluation = complaints(2, 4, 9).evaluate();

        assertEquals(KpiEvaluation.Status.BREACHED, evaluation.status());
        assertEquals(KpiEvaluation.Trend.WORSENING, evaluation.trend());
        assertEquals(9, evaluation.latest().orElseThrow().value());
    }

    @Test
    void evaluate_whenAtThresholdAndFalling_shouldBeMetAndImproving() {
        KpiEvaluation evaluation = complaints(9, 5).evaluate();

        assertEquals(KpiEvaluation.Status.MET, evaluation.status());
        assertEquals(KpiEvaluation.Trend.IMPROVING, evaluation.trend());
    }

    @Test
    void evaluate_whenAtLeastThresholdRising_shouldImprove() {
        Kpi trainings = new Kpi(KpiId.of("trainings"), "Trainings held", KpiKind.TRAININGS_HELD,
                new Threshold(Threshold.Direction.AT_LEAST, 4), List.of(
                new Measurement(LocalDate.of(2025, 6, 1), 3), new Measurement(LocalDate.of(2025, 3, 1), 1)));

        KpiEvaluation evaluation = trainings.evaluate();

        assertEquals(3, evaluation.latest().orElseThrow().value(), "measurements are kept in date order");
        assertEquals(KpiEvaluation.Status.BREACHED, evaluation.status());
        assertEquals(KpiEvaluation.Trend.IMPROVING, evaluation.trend());
    }
}
