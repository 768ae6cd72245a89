package org.citygov.application.report.figures;

import java.time.LocalDate;
import java.util.List;

import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiEvaluation;
import org.citygov.domain.evaluation.Measurement;
import org.citygov.domain.evaluation.Threshold;
import org.citygov.domain.project.GovernanceStep;

/**
 * One KPI over time (5.5): its dated measurements as a line, the threshold as a dashed line with the side that breaches
 * it shaded, each point green when it meets the threshold and red when it breaches it, and — when the latest
 * measurement breaches it — the revision trigger it fires, back to risk analysis. Points carry {@code data-on},
 * {@code data-value} and {@code data-status}.
 */
public final class KpiChart {

    public static final String PREFIX = "kpi-";

    private static final double WIDTH = 600;
    private static final double HEIGHT = 250;
    private static final double LEFT = 64;
    private static final double RIGHT = 24;
    private static final double TOP = 34;
    private static final double BOTTOM = 46;
    private static final String MET = "#2e7d32";
    private static final String BREACHED = "#c62828";

    private KpiChart() {
    }

    public static String name(Kpi kpi) {
        return PREFIX + kpi.id().value();
    }

    public static Figure draw(ReportContext c, Kpi kpi) {
        KpiEvaluation evaluation = kpi.evaluate();
        Threshold threshold = kpi.threshold();
        String title = c.labels().format("figure.kpi.title", kpi.id().value()) + ": " + kpi.name();
        String caption = c.label("figure.kpi.caption");
        Svg svg = new Svg(name(kpi), WIDTH, HEIGHT, title, caption, c.language().tag());
        svg.text(LEFT, 20, Markup.shorten(kpi.name(), 70), "font-weight", "bold", "font-size", 13);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        List<Measurement> measurements = kpi.measurements();
        double low = threshold.value();
        double high = threshold.value();
        for (Measurement m : measurements) {
            low = Math.min(low, m.value());
            high = Math.max(high, m.value());
        }
        double pad = high == low ? Math.max(1, Math.abs(high) * 0.2) : (high - low) * 0.15;
        double yMin = low - pad;
        double yMax = high + pad;
        if (low >= 0 && yMin < 0) {
            yMin = 0;
        }
        double min = yMin;
        double span = yMax - yMin;
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - (v - min) / span * plotH;

        double ty = y.applyAsDouble(threshold.value());
        boolean atLeast = threshold.direction() == Threshold.Direction.AT_LEAST;
        svg.empty("rect", "x", LEFT, "y", atLeast ? ty : TOP, "width", plotW,
                "height", atLeast ? TOP + plotH - ty : ty - TOP, "fill", "#fbe3e3", "data-breach-zone", "true");
        svg.empty("rect", "x", LEFT, "y", TOP, "width", plotW, "height", plotH, "fill", "none", "stroke",
                Palette.GRID);
        svg.empty("line", "x1", LEFT, "y1", ty, "x2", LEFT + plotW, "y2", ty, "stroke", Palette.INK,
                "stroke-width", 1.5, "stroke-dasharray", "6 4", "data-threshold", Markup.number(threshold.value()),
                "data-direction", threshold.direction().name());
        svg.text(LEFT + plotW - 4, ty - 5, c.labels().format("kpi.thresholdLine", c.text(threshold.direction()),
                Markup.number(threshold.value())), "text-anchor", "end", "font-size", 11);
        for (double tick : new double[] {yMin, yMax}) {
            svg.text(LEFT - 6, y.applyAsDouble(tick) + 4, Markup.number(round(tick)), "text-anchor", "end",
                    "font-size", 10);
        }
        svg.text(LEFT - 6, ty + 4, Markup.number(threshold.value()), "text-anchor", "end", "font-size", 10,
                "font-weight", "bold");
        if (measurements.isEmpty()) {
            svg.text(LEFT + plotW / 2, TOP + plotH / 2, c.label("kpi.noData"), "text-anchor", "middle",
                    "fill", "#555555");
            return new Figure(name(kpi), title, caption, svg.finish());
        }
        long first = measurements.getFirst().on().toEpochDay();
        long last = measurements.getLast().on().toEpochDay();
        java.util.function.ToDoubleFunction<LocalDate> x = d -> first == last ? LEFT + plotW / 2
                : LEFT + 20 + (d.toEpochDay() - first) / (double) (last - first) * (plotW - 40);
        StringBuilder line = new StringBuilder();
        for (Measurement m : measurements) {
            line.append(line.isEmpty() ? "" : " ").append(Svg.num(x.applyAsDouble(m.on()))).append(',')
                    .append(Svg.num(y.applyAsDouble(m.value())));
        }
        svg.empty("polyline", "points", line.toString(), "fill", "none", "stroke", Palette.PERSONAL,
                "stroke-width", 2);
        int every = Math.max(1, (int) Math.ceil(measurements.size() / 6.0));
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            boolean met = threshold.isMetBy(m.value());
            double px = x.applyAsDouble(m.on());
            double py = y.applyAsDouble(m.value());
            svg.open("g", "data-on", m.on().toString(), "data-value", Markup.number(m.value()),
                    "data-status", met ? "MET" : "BREACHED");
            svg.title(m.on() + ": " + Markup.number(m.value()) + " — "
                    + c.text(met ? KpiEvaluation.Status.MET : KpiEvaluation.Status.BREACHED));
            svg.empty("circle", "cx", px, "cy", py, "r", 5, "fill", met ? MET : BREACHED, "stroke", "#ffffff",
                    "stroke-width", 1.5);
            svg.close("g");
            if (i % every == 0 || i == measurements.size() - 1) {
                svg.text(px, TOP + plotH + 16, m.on().toString(), "text-anchor", "middle", "font-size", 10);
            }
        }
        if (evaluation.breached()) {
            Measurement latest = measurements.getLast();
            svg.text(Math.max(LEFT + 150, x.applyAsDouble(latest.on()) - 6), TOP + plotH + 34,
                    c.labels().format("kpi.trigger", c.text(GovernanceStep.RISK_ANALYSIS)), "text-anchor", "end",
                    "fill", BREACHED, "font-weight", "bold", "data-trigger", "KPI_BREACH");
        }
        return new Figure(name(kpi), title, caption, svg.finish());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
