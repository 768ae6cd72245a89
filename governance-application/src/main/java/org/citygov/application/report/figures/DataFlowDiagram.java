package org.citygov.application.report.figures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * The data flows over the life cycle (3.2, Fig. 5-2): one lane per party that takes part in a flow, one column per
 * life-cycle stage, and each flow an arrow from its party to the receiving one in its stage's column, numbered in
 * the project's order. Personal data is drawn in blue, special-care personal data in thick red, other data in grey
 * dashes; each arrow's group carries {@code data-flow}, {@code data-stage}, {@code data-personal} and
 * {@code data-special-care}.
 */
public final class DataFlowDiagram {

    public static final String NAME = "data-flows";

    private static final double LABEL = 200;
    private static final double HEADER = 44;
    private static final double LANE = 54;
    private static final double SLOT = 76;
    private static final double MIN_COLUMN = 130;

    private DataFlowDiagram() {
    }

    public static Figure draw(ReportContext c) {
        GovernanceProject project = c.project();
        List<DataFlow> flows = project.dataFlows();
        List<Stakeholder> parties = parties(project);
        Map<StakeholderId, Integer> lane = new LinkedHashMap<>();
        parties.forEach(p -> lane.put(p.id(), lane.size()));
        Map<LifecycleStage, List<Integer>> byStage = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            byStage.put(stage, new ArrayList<>());
        }
        for (int i = 0; i < flows.size(); i++) {
            byStage.get(flows.get(i).stage()).add(i);
        }
        Map<LifecycleStage, double[]> column = new EnumMap<>(LifecycleStage.class);
        double x = LABEL;
        for (LifecycleStage stage : LifecycleStage.values()) {
            double width = Math.max(MIN_COLUMN, byStage.get(stage).size() * SLOT);
            column.put(stage, new double[] {x, width});
            x += width;
        }
        double width = x + 16;
        double lanesBottom = HEADER + Math.max(1, parties.size()) * LANE;
        double height = lanesBottom + 76;
        String title = c.label("figure.dataFlows.title");
        String caption = c.label("figure.dataFlows.caption");
        Svg svg = new Svg(NAME, width, height, title, caption, c.language().tag());

        for (int i = 0; i < parties.size(); i++) {
            double top = HEADER + i * LANE;
            svg.empty("rect", "x", 0, "y", top, "width", width, "height", LANE, "fill",
                    i % 2 == 0 ? "#f4f6f8" : "#ffffff", "data-lane", parties.get(i).id().value());
            svg.open("g");
            svg.title(parties.get(i).name() + " (" + parties.get(i).id() + ")");
            svg.text(8, top + LANE / 2 + 4, Markup.shorten(parties.get(i).name(), 28), "font-weight", "bold");
            svg.close("g");
        }
        for (LifecycleStage stage : LifecycleStage.values()) {
            double[] col = column.get(stage);
            svg.empty("line", "x1", col[0], "y1", 8, "x2", col[0], "y2", lanesBottom, "stroke", Palette.GRID,
                    "stroke-width", 1);
            svg.text(col[0] + col[1] / 2, 28, c.text(stage), "text-anchor", "middle", "font-weight", "bold",
                    "font-size", 13, "data-stage-heading", stage.name());
        }
        for (LifecycleStage stage : LifecycleStage.values()) {
            List<Integer> members = byStage.get(stage);
            double[] col = column.get(stage);
            for (int k = 0; k < members.size(); k++) {
                int index = members.get(k);
                double fx = col[0] + col[1] * (k + 0.5) / members.size();
                arrow(svg, c, flows.get(index), index + 1, fx, lane);
            }
        }
        legend(svg, c, lanesBottom + 30);
        return new Figure(NAME, title, caption, svg.finish());
    }

    /** The parties that send or receive a flow, in the project's order of stakeholders. */
    static List<Stakeholder> parties(GovernanceProject project) {
        return project.stakeholders().stream()
                .filter(s -> project.dataFlows().stream().anyMatch(f -> f.from().equals(s.id()) || f.to().equals(s.id())))
                .toList();
    }

    private static void arrow(Svg svg, ReportContext c, DataFlow flow, int number, double x,
                              Map<StakeholderId, Integer> lane) {
        DataAsset asset = c.project().assetOf(flow);
        boolean personal = asset.isPersonal();
        boolean special = personal && asset.specialCare();
        String colour = special ? Palette.SPECIAL_CARE : personal ? Palette.PERSONAL : Palette.NON_PERSONAL;
        double strokeWidth = special ? 4.5 : personal ? 2.5 : 2;
        String dash = personal ? null : "6 4";
        double fromY = HEADER + lane.get(flow.from()) * LANE + LANE / 2;
        double toY = HEADER + lane.get(flow.to()) * LANE + LANE / 2;
        svg.open("g", "data-flow", flow.id().value(), "data-stage", flow.stage().name(),
                "data-from", flow.from().value(), "data-to", flow.to().value(), "data-personal", personal,
                "data-special-care", special);
        String kind = special ? c.label("legend.specialCare") : personal ? c.label("legend.personal")
                : c.label("legend.nonPersonal");
        svg.title(number + ". " + flow.id() + ": " + asset.name() + " (" + kind + "), "
                + c.text(flow.stage()) + ", " + flow.from() + " → " + flow.to() + "; " + c.label("col.purpose")
                + ": " + flow.purpose().text());
        double badgeX;
        double badgeY;
        if (fromY == toY) {
            // within one party (e.g. records a city already holds): a short arrow along its lane
            double y = fromY + 8;
            svg.empty("line", "x1", x - 26, "y1", y, "x2", x + 20, "y2", y, "stroke", colour, "stroke-width",
                    strokeWidth, "stroke-dasharray", dash);
            svg.empty("polygon", "points", points(x + 28, y, x + 18, y - 6, x + 18, y + 6), "fill", colour);
            badgeX = x - 14;
            badgeY = fromY - 10;
        } else {
            double direction = Math.signum(toY - fromY);
            double tipY = toY - direction * 12;
            svg.empty("line", "x1", x, "y1", fromY, "x2", x, "y2", tipY - direction * 8, "stroke", colour,
                    "stroke-width", strokeWidth, "stroke-dasharray", dash);
            svg.empty("polygon", "points", points(x, tipY, x - 7, tipY - direction * 12, x + 7,
                    tipY - direction * 12), "fill", colour);
            svg.empty("circle", "cx", x, "cy", fromY, "r", 4, "fill", colour);
            badgeX = x;
            badgeY = (fromY + toY) / 2;
        }
        svg.empty("circle", "cx", badgeX, "cy", badgeY, "r", 11, "fill", "#ffffff", "stroke", colour,
                "stroke-width", 2);
        svg.text(badgeX, badgeY + 4, Integer.toString(number), "text-anchor", "middle", "font-size", 11,
                "font-weight", "bold", "fill", Palette.INK);
        svg.close("g");
    }

    private static void legend(Svg svg, ReportContext c, double y) {
        double x = 8;
        Object[][] entries = {
                {Palette.PERSONAL, 2.5, null, c.label("legend.personal")},
                {Palette.SPECIAL_CARE, 4.5, null, c.label("legend.specialCare")},
                {Palette.NON_PERSONAL, 2.0, "6 4", c.label("legend.nonPersonal")}};
        for (Object[] e : entries) {
            svg.empty("line", "x1", x, "y1", y, "x2", x + 36, "y2", y, "stroke", e[0], "stroke-width", e[1],
                    "stroke-dasharray", e[2]);
            svg.text(x + 44, y + 4, (String) e[3]);
            x += 64 + Svg.width((String) e[3]);
        }
    }

    private static String points(double... xy) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            text.append(i == 0 ? "" : " ").append(Svg.num(xy[i])).append(',').append(Svg.num(xy[i + 1]));
        }
        return text.toString();
    }
}
