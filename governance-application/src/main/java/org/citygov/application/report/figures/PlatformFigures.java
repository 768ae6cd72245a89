package org.citygov.application.report.figures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.citygov.application.report.i18n.Labels;
import org.citygov.domain.platform.Duty;
import org.citygov.domain.platform.DutyLayer;
import org.citygov.domain.platform.IncidentReview;
import org.citygov.domain.platform.PlatformAssessment;

/**
 * The figures of a platform assessment's report, drawn as SVG like the project's: the participants × duty layers
 * matrix (which holder meets its duties in which layer of the framework, MARKET.md) and the incidents' notification
 * deadlines on a time line. Every participant, layer and deadline carries {@code data-} attributes so that a test can
 * read the figure back.
 */
public final class PlatformFigures {

    private static final String MET = "#2e7d32";
    private static final String GAP = "#c62828";
    private static final String EMPTY = "#eeeeee";

    private PlatformFigures() {
    }

    /** Rows: the duty holders; columns: the layers that have duties; a cell: met n/n, or the gaps. */
    public static Figure dutyMatrix(PlatformAssessment assessment, Labels l) {
        Set<String> holders = new TreeSet<>();
        Set<DutyLayer> layers = EnumSet.noneOf(DutyLayer.class);
        for (Duty duty : assessment.duties()) {
            holders.add(duty.holder().value());
            layers.add(duty.layer());
        }
        List<DutyLayer> columns = new ArrayList<>(layers);
        List<String> rows = new ArrayList<>(holders);
        double left = 20 + rows.stream().mapToDouble(Svg::width).max().orElse(60);
        double cell = 96;
        double top = 70;
        double width = left + Math.max(1, columns.size()) * cell + 20;
        double height = top + Math.max(1, rows.size()) * 30 + 20;
        String title = l.get("platform.matrix.title");
        Svg svg = new Svg("duty-matrix", width, height, title, l.get("platform.matrix.caption"), l.language().tag());
        for (int c = 0; c < columns.size(); c++) {
            double x = left + c * cell + cell / 2;
            svg.text(x, top - 12, l.of(columns.get(c)), "text-anchor", "middle", "transform",
                    "rotate(-20 " + Svg.num(x) + " " + Svg.num(top - 12) + ")");
        }
        for (int r = 0; r < rows.size(); r++) {
            String holder = rows.get(r);
            double y = top + r * 30;
            svg.text(10, y + 19, holder);
            for (int c = 0; c < columns.size(); c++) {
                DutyLayer layer = columns.get(c);
                List<Duty> here = assessment.duties().stream()
                        .filter(d -> d.holder().value().equals(holder) && d.layer() == layer).toList();
                long met = here.stream().filter(Duty::met).count();
                String fill = here.isEmpty() ? EMPTY : met == here.size() ? MET : GAP;
                svg.open("g", "data-participant", holder, "data-layer", layer.name(), "data-duties",
                        Integer.toString(here.size()), "data-met", Long.toString(met));
                svg.empty("rect", "x", Svg.num(left + c * cell + 2), "y", Svg.num(y + 2), "width", Svg.num(cell - 4),
                        "height", "26", "fill", fill, "rx", "3");
                if (!here.isEmpty()) {
                    svg.title(holder + " / " + l.of(layer) + ": " + met + "/" + here.size());
                    svg.text(left + c * cell + cell / 2, y + 19, (met == here.size() ? "✓ " : "✗ ") + met + "/"
                            + here.size(), "text-anchor", "middle", "fill", "#ffffff");
                }
                svg.close("g");
            }
        }
        return new Figure("duty-matrix", title, l.get("platform.matrix.caption"), svg.finish());
    }

    /** One row per incident; each deadline a mark at its due time, coloured by its status; a line at the instant. */
    public static Figure incidentTimeline(PlatformAssessment assessment, Labels l) {
        List<IncidentReview> incidents = assessment.incidents();
        String title = l.get("platform.timeline.title");
        double left = 20 + incidents.stream().mapToDouble(i -> Svg.width(i.id().value())).max().orElse(60);
        double plot = 520;
        double width = left + plot + 40;
        double height = 60 + Math.max(1, incidents.size()) * 34 + 30;
        Svg svg = new Svg("incident-timeline", width, height, title, l.get("platform.timeline.caption"),
                l.language().tag());
        List<Instant> instants = new ArrayList<>();
        instants.add(assessment.at());
        incidents.forEach(i -> i.deadlines().forEach(d -> instants.add(d.due())));
        Instant first = instants.stream().min(Instant::compareTo).orElseThrow();
        Instant last = instants.stream().max(Instant::compareTo).orElseThrow();
        double span = Math.max(1, Duration.between(first, last).toSeconds());
        if (incidents.isEmpty()) {
            svg.text(left, 50, l.get("platform.timeline.none"));
        }
        double nowX = left + plot * Duration.between(first, assessment.at()).toSeconds() / span;
        svg.empty("line", "x1", Svg.num(nowX), "y1", "30", "x2", Svg.num(nowX), "y2", Svg.num(height - 20),
                "stroke", "#555555", "stroke-dasharray", "4 3", "data-at", assessment.at().toString());
        svg.text(nowX, 24, l.format("platform.timeline.at", assessment.at().toString()), "text-anchor", "middle");
        // the recipients, kinds and statuses in the figure's language; in English the codes, as before
        org.citygov.application.report.i18n.DomainTexts texts = org.citygov.application.report.i18n.DomainTexts.of(
                l.language());
        for (int r = 0; r < incidents.size(); r++) {
            IncidentReview incident = incidents.get(r);
            double y = 60 + r * 34;
            svg.text(10, y + 5, incident.id().value());
            svg.empty("line", "x1", Svg.num(left), "y1", Svg.num(y), "x2", Svg.num(left + plot), "y2", Svg.num(y),
                    "stroke", "#cccccc");
            for (IncidentReview.Deadline d : incident.deadlines()) {
                double x = left + plot * Duration.between(first, d.due()).toSeconds() / span;
                String fill = switch (d.status()) {
                    case MET -> MET;
                    case LATE -> "#ef6c00";
                    case OVERDUE -> GAP;
                    case OPEN -> "#1565c0";
                };
                svg.open("g", "data-incident", incident.id().value(), "data-to", d.to().code(), "data-status",
                        d.status().name(), "data-due", d.due().toString());
                svg.empty("circle", "cx", Svg.num(x), "cy", Svg.num(y), "r", "7", "fill", fill);
                svg.title(texts.reference(d.to().code()) + " " + texts.code(d.kind()) + ": " + d.due() + " ("
                        + texts.code(d.status()) + ")");
                svg.close("g");
            }
        }
        return new Figure("incident-timeline", title, l.get("platform.timeline.caption"), svg.finish());
    }
}
