package org.citygov.application.report.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citygov.domain.risk.Risk;
import org.citygov.domain.risk.RiskLevel;

/**
 * The risk heat map: a 5 × 5 grid of severity (up) by likelihood (across), each cell shaded by the level of its
 * product on the bands of {@link RiskLevel}, every risk a numbered dot in the cell of its score. Cells carry
 * {@code data-cell="severity,likelihood"}, dots {@code data-risk}, {@code data-severity} and {@code data-likelihood},
 * so that a test can check that each risk sits in its own cell.
 */
public final class RiskHeatMap {

    public static final String NAME = "risk-heat-map";

    private static final double LEFT = 84;
    private static final double TOP = 24;
    private static final double CELL = 88;
    private static final double GRID = CELL * 5;
    private static final double KEY_X = LEFT + GRID + 30;

    private RiskHeatMap() {
    }

    /**
     * The order risks are numbered in, in the figure and in the report's table alike: the most serious first (level,
     * then severity × likelihood, then severity), otherwise the analysis's order.
     */
    public static List<Risk> numbered(List<Risk> risks) {
        return risks.stream()
                .sorted(Comparator.comparing(Risk::level).reversed()
                        .thenComparing(Comparator.comparingInt((Risk r) -> r.score().product()).reversed())
                        .thenComparing(Comparator.comparingInt((Risk r) -> r.score().severity()).reversed()))
                .toList();
    }

    static double cellX(int likelihood) {
        return LEFT + (likelihood - 1) * CELL;
    }

    static double cellY(int severity) {
        return TOP + (5 - severity) * CELL;
    }

    public static Figure draw(ReportContext c) {
        List<Risk> risks = numbered(c.assessment().risks());
        String title = c.label("figure.heatMap.title");
        String caption = c.label("figure.heatMap.caption");
        double width = KEY_X + 190;
        double height = TOP + GRID + 64;
        Svg svg = new Svg(NAME, width, height, title, caption, c.language().tag());
        for (int severity = 5; severity >= 1; severity--) {
            for (int likelihood = 1; likelihood <= 5; likelihood++) {
                RiskLevel level = RiskLevel.ofProduct(severity * likelihood);
                svg.empty("rect", "x", cellX(likelihood), "y", cellY(severity), "width", CELL, "height", CELL,
                        "fill", Palette.light(Palette.band(level)), "stroke", "#ffffff", "stroke-width", 2,
                        "data-cell", severity + "," + likelihood, "data-level", level.name());
            }
        }
        for (int v = 1; v <= 5; v++) {
            svg.text(cellX(v) + CELL / 2, TOP + GRID + 16, Integer.toString(v), "text-anchor", "middle");
            svg.text(LEFT - 10, cellY(v) + CELL / 2 + 4, Integer.toString(v), "text-anchor", "end");
        }
        svg.text(LEFT + GRID / 2, TOP + GRID + 40, c.label("axis.likelihood") + " →", "text-anchor", "middle",
                "font-weight", "bold");
        double midY = TOP + GRID / 2;
        svg.text(30, midY, c.label("axis.severity") + " →", "text-anchor", "middle", "font-weight", "bold",
                "transform", "rotate(-90 30 " + Svg.num(midY) + ")");

        Map<String, List<Integer>> byCell = new LinkedHashMap<>();
        for (int i = 0; i < risks.size(); i++) {
            Risk r = risks.get(i);
            byCell.computeIfAbsent(r.score().severity() + "," + r.score().likelihood(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> members : byCell.values()) {
            Risk first = risks.get(members.getFirst());
            List<double[]> spots = Spots.inCell(cellX(first.score().likelihood()), cellY(first.score().severity()),
                    CELL, members.size());
            for (int k = 0; k < members.size(); k++) {
                dot(svg, c, risks.get(members.get(k)), members.get(k) + 1, spots.get(k));
            }
        }
        double y = TOP + 8;
        for (RiskLevel level : RiskLevel.values()) {
            svg.empty("rect", "x", KEY_X, "y", y - 10, "width", 14, "height", 14, "fill",
                    Palette.light(Palette.band(level)), "stroke", Palette.GRID);
            svg.text(KEY_X + 22, y + 1, c.text(level) + " (" + c.assessment().risksAt(level).size() + ")");
            y += 20;
        }
        return new Figure(NAME, title, caption, svg.finish());
    }

    private static void dot(Svg svg, ReportContext c, Risk risk, int number, double[] spot) {
        int band = Palette.band(risk.level());
        svg.open("g", "data-risk", risk.id(), "data-severity", risk.score().severity(),
                "data-likelihood", risk.score().likelihood(), "data-level", risk.level().name());
        svg.title(number + ". " + risk.id() + " — " + c.text(c.edition().focalPoint(risk.focalPoint()).label())
                + risk.harm().map(h -> " / " + c.text(c.edition().harm(h).label())).orElse("") + " — "
                + c.text(risk.level()) + " (" + risk.score().severity() + " × " + risk.score().likelihood() + ")");
        svg.empty("circle", "cx", spot[0], "cy", spot[1], "r", spot[2], "fill", Palette.strong(band),
                "stroke", "#ffffff", "stroke-width", 1);
        svg.text(spot[0], spot[1] + 3.5, Integer.toString(number), "text-anchor", "middle",
                "font-size", spot[2] >= 9 ? 10 : 8, "font-weight", "bold", "fill", Palette.onStrong(band));
        svg.close("g");
    }
}
