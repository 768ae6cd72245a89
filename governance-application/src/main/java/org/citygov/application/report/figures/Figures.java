package org.citygov.application.report.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citygov.domain.evaluation.Kpi;

/** Every figure of a project's report, in the report's order, and one by its name. */
public final class Figures {

    private Figures() {
    }

    public static List<Figure> all(ReportContext c) {
        List<Figure> figures = new ArrayList<>();
        figures.add(StakeholderMap.draw(c));
        figures.add(DataFlowDiagram.draw(c));
        figures.add(RiskHeatMap.draw(c));
        for (Kpi kpi : c.project().governance().kpis()) {
            figures.add(KpiChart.draw(c, kpi));
        }
        return List.copyOf(figures);
    }

    /** The names a project's figures go by: the three fixed ones and one {@code kpi-<id>} per KPI. */
    public static List<String> names(ReportContext c) {
        List<String> names = new ArrayList<>(List.of(StakeholderMap.NAME, DataFlowDiagram.NAME, RiskHeatMap.NAME));
        c.project().governance().kpis().forEach(k -> names.add(KpiChart.name(k)));
        return names;
    }

    /** One figure, drawn alone; empty when the project has no figure of that name. */
    public static Optional<Figure> named(ReportContext c, String name) {
        return switch (name) {
            case StakeholderMap.NAME -> Optional.of(StakeholderMap.draw(c));
            case DataFlowDiagram.NAME -> Optional.of(DataFlowDiagram.draw(c));
            case RiskHeatMap.NAME -> Optional.of(RiskHeatMap.draw(c));
            default -> c.project().governance().kpis().stream()
                    .filter(k -> KpiChart.name(k).equals(name))
                    .findFirst()
                    .map(k -> KpiChart.draw(c, k));
        };
    }
}
