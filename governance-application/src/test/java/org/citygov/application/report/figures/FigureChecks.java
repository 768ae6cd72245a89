package org.citygov.application.report.figures;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.stakeholder.Stakeholder;

import static org.citygov.application.report.ReportFixtures.withAttribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the figures must show, checked on their parsed SVG: every stakeholder's marker inside the cell of its impact
 * and uncertainty, every risk's dot inside the cell of its severity and likelihood, every flow drawn with its marks.
 * Used on the renderer's output and on what the browser parsed.
 */
public final class FigureChecks {

    private FigureChecks() {
    }

    public static void everyStakeholderPlottedInItsCell(Document map, GovernanceProject project) {
        var bands = org.citygov.application.report.ReportFixtures.edition().cityGovDefaults().importance();
        Map<String, Element> markers = byAttribute(map, "data-stakeholder");
        assertEquals(project.stakeholders().size(), markers.size(), "one marker per stakeholder");
        for (Stakeholder s : project.stakeholders()) {
            Element marker = markers.get(s.id().value());
            assertNotNull(marker, "stakeholder " + s.id() + " is plotted");
            assertEquals(String.valueOf(s.impact().value()), marker.getAttribute("data-impact"));
            assertEquals(String.valueOf(s.uncertainty().value()), marker.getAttribute("data-uncertainty"));
            assertEquals(String.valueOf(s.isEngagedAsRecommended(bands)),
                    marker.getAttribute("data-engaged-as-recommended"));
            assertInside(marker, cell(map, s.impact().value() + "," + s.uncertainty().value()),
                    "stakeholder " + s.id());
        }
    }

    public static void everyRiskPlacedInItsCell(Document heatMap, List<Risk> risks) {
        Map<String, Element> dots = byAttribute(heatMap, "data-risk");
        assertEquals(risks.size(), dots.size(), "one dot per risk");
        for (Risk r : risks) {
            Element dot = dots.get(r.id());
            assertNotNull(dot, "risk " + r.id() + " is placed");
            assertEquals(String.valueOf(r.score().severity()), dot.getAttribute("data-severity"));
            assertEquals(String.valueOf(r.score().likelihood()), dot.getAttribute("data-likelihood"));
            assertInside(dot, cell(heatMap, r.score().severity() + "," + r.score().likelihood()), "risk " + r.id());
        }
    }

    public static void everyFlowDrawnWithItsMarks(Document diagram, GovernanceProject project) {
        Map<String, Element> arrows = byAttribute(diagram, "data-flow");
        assertEquals(project.dataFlows().size(), arrows.size(), "one arrow per flow");
        for (DataFlow f : project.dataFlows()) {
            Element arrow = arrows.get(f.id().value());
            assertNotNull(arrow, "flow " + f.id() + " is drawn");
            DataAsset asset = project.assetOf(f);
            assertEquals(f.stage().name(), arrow.getAttribute("data-stage"));
            assertEquals(String.valueOf(asset.isPersonal()), arrow.getAttribute("data-personal"));
            assertEquals(String.valueOf(asset.isPersonal() && asset.specialCare()),
                    arrow.getAttribute("data-special-care"));
        }
    }

    private static Map<String, Element> byAttribute(Document document, String attribute) {
        return withAttribute(document, attribute).stream()
                .filter(e -> e.getLocalName().equals("g"))
                .collect(Collectors.toMap(e -> e.getAttribute(attribute), Function.identity()));
    }

    private static Element cell(Document document, String key) {
        return withAttribute(document, "data-cell").stream()
                .filter(e -> e.getAttribute("data-cell").equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + key));
    }

    /** The marker's first circle lies wholly within the cell's rectangle. */
    private static void assertInside(Element marker, Element cell, String what) {
        Element circle = (Element) marker.getElementsByTagNameNS("*", "circle").item(0);
        assertNotNull(circle, what + " has a circle");
        double cx = Double.parseDouble(circle.getAttribute("cx"));
        double cy = Double.parseDouble(circle.getAttribute("cy"));
        double r = Double.parseDouble(circle.getAttribute("r"));
        double x = Double.parseDouble(cell.getAttribute("x"));
        double y = Double.parseDouble(cell.getAttribute("y"));
        double w = Double.parseDouble(cell.getAttribute("width"));
        double h = Double.parseDouble(cell.getAttribute("height"));
        assertTrue(cx - r >= x && cx + r <= x + w && cy - r >= y && cy + r <= y + h,
                what + " at (" + cx + ", " + cy + ") r " + r + " lies in cell " + cell.getAttribute("data-cell")
                        + " [" + x + ", " + y + ", " + w + " × " + h + "]");
    }
}
