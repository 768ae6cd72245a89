package org.citygov.application.report.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citygov.domain.stakeholder.Importance;
import org.citygov.domain.stakeholder.ImportanceBands;
import org.citygov.domain.stakeholder.Stakeholder;

/**
 * The stakeholder map of Fig. 4-4: uncertainty across, impact up, each 1 to 5; every cell shaded by the importance
 * band of its product (4.3), every stakeholder a numbered marker in its cell, with a solid ring when the engagement
 * held reaches what its importance calls for (Table 5-1) and a dashed ring when it falls short. Each marker carries
 * {@code data-stakeholder}, {@code data-impact}, {@code data-uncertainty} so that a test can find it in its cell.
 */
public final class StakeholderMap {

    public static final String NAME = "stakeholder-map";

    private static final double LEFT = 70;
    private static final double TOP = 24;
    private static final double CELL = 84;
    private static final double GRID = CELL * 5;
    private static final double KEY_X = LEFT + GRID + 36;
    private static final double WIDTH = KEY_X + 300;

    private StakeholderMap() {
    }

    /** The top-left corner of the cell of an uncertainty and an impact, each 1 to 5. */
    static double cellX(int uncertainty) {
        return LEFT + (uncertainty - 1) * CELL;
    }

    static double cellY(int impact) {
        return TOP + (5 - impact) * CELL;
    }

    public static Figure draw(ReportContext c) {
        List<Stakeholder> stakeholders = c.project().stakeholders();
        double keyRows = 4 + 3 + stakeholders.size();
        double height = Math.max(TOP + GRID + 70, TOP + keyRows * 20 + 40);
        String title = c.label("figure.stakeholderMap.title");
        String caption = c.label("figure.stakeholderMap.caption");
        Svg svg = new Svg(NAME, WIDTH, height, title, caption, c.language().tag());
        ImportanceBands bands = bands(c);
        for (int impact = 5; impact >= 1; impact--) {
            for (int uncertainty = 1; uncertainty <= 5; uncertainty++) {
                Importance band = bands.of(impact * uncertainty);
                svg.empty("rect", "x", cellX(uncertainty), "y", cellY(impact), "width", CELL, "height", CELL,
                        "fill", Palette.light(Palette.band(band)), "stroke", "#ffffff", "stroke-width", 2,
                        "data-cell", impact + "," + uncertainty);
            }
        }
        for (int v = 1; v <= 5; v++) {
            svg.text(cellX(v) + CELL / 2, TOP + GRID + 16, Integer.toString(v), "text-anchor", "middle");
            svg.text(LEFT - 10, cellY(v) + CELL / 2 + 4, Integer.toString(v), "text-anchor", "end");
        }
        svg.text(LEFT + GRID / 2, TOP + GRID + 38, c.label("axis.uncertainty") + " →", "text-anchor", "middle",
                "font-weight", "bold");
        double midY = TOP + GRID / 2;
        svg.text(24, midY, c.label("axis.impact") + " →", "text-anchor", "middle", "font-weight", "bold",
                "transform", "rotate(-90 24 " + Svg.num(midY) + ")");

        Map<String, List<Integer>> byCell = new LinkedHashMap<>();
        for (int i = 0; i < stakeholders.size(); i++) {
            Stakeholder s = stakeholders.get(i);
            byCell.computeIfAbsent(s.impact().value() + "," + s.uncertainty().value(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> members : byCell.values()) {
            Stakeholder first = stakeholders.get(members.getFirst());
            List<double[]> spots = Spots.inCell(cellX(first.uncertainty().value()), cellY(first.impact().value()),
                    CELL, members.size());
            for (int k = 0; k < members.size(); k++) {
                int number = members.get(k) + 1;
                marker(svg, c, stakeholders.get(members.get(k)), number, spots.get(k));
            }
        }
        key(svg, c, stakeholders);
        return new Figure(NAME, title, caption, svg.finish());
    }

    /** The importance bands of the edition applied (CityGov defaults). */
    static ImportanceBands bands(ReportContext c) {
        return c.edition().cityGovDefaults().importance();
    }

    private static void marker(Svg svg, ReportContext c, Stakeholder s, int number, double[] spot) {
        ImportanceBands bands = bands(c);
        int band = Palette.band(s.importance(bands));
        boolean engaged = s.isEngagedAsRecommended(bands);
        double r = spot[2];
        svg.open("g", "data-stakeholder", s.id().value(), "data-impact", s.impact().value(),
                "data-uncertainty", s.uncertainty().value(), "data-importance", s.importance(bands).name(),
                "data-engaged-as-recommended", engaged);
        svg.title(number + ". " + s.name() + " (" + s.id() + ") — " + c.label("col.importance") + ": "
                + c.text(s.importance(bands)) + " (" + s.score() + "); " + c.label("col.recommended") + ": "
                + c.text(c.edition().engagementFormat(s.recommendedEngagement(bands)).label()) + "; "
                + c.label("col.held") + ": " + s.deepestEngagementHeld()
                .map(f -> c.text(c.edition().engagementFormat(f).label())).orElse(c.label("value.none")));
        svg.empty("circle", "cx", spot[0], "cy", spot[1], "r", r + 3, "fill", "none", "stroke", Palette.INK,
                "stroke-width", 1.5, "stroke-dasharray", engaged ? null : "3 2");
        svg.empty("circle", "cx", spot[0], "cy", spot[1], "r", r, "fill", Palette.strong(band));
        svg.text(spot[0], spot[1] + 4, Integer.toString(number), "text-anchor", "middle", "font-size", 11,
                "font-weight", "bold", "fill", Palette.onStrong(band));
        svg.close("g");
    }

    private static void key(Svg svg, ReportContext c, List<Stakeholder> stakeholders) {
        double y = TOP + 8;
        ImportanceBands bands = bands(c);
        for (Importance level : Importance.values()) {
            svg.empty("rect", "x", KEY_X, "y", y - 10, "width", 14, "height", 14, "fill",
                    Palette.light(Palette.band(level)), "stroke", Palette.GRID);
            svg.text(KEY_X + 22, y + 1, c.label("col.importance") + ": " + c.text(level) + " ("
                    + bands.band(level).lowest() + "–" + bands.band(level).highest() + ")");
            y += 20;
        }
        svg.empty("circle", "cx", KEY_X + 7, "cy", y - 3, "r", 7, "fill", "none", "stroke", Palette.INK,
                "stroke-width", 1.5);
        svg.text(KEY_X + 22, y + 1, c.label("legend.engaged"));
        y += 20;
        svg.empty("circle", "cx", KEY_X + 7, "cy", y - 3, "r", 7, "fill", "none", "stroke", Palette.INK,
                "stroke-width", 1.5, "stroke-dasharray", "3 2");
        svg.text(KEY_X + 22, y + 1, c.label("legend.shortOf"));
        y += 28;
        for (int i = 0; i < stakeholders.size(); i++) {
            svg.text(KEY_X, y, (i + 1) + ". " + Markup.shorten(stakeholders.get(i).name(), 34));
            y += 20;
        }
    }
}
