package org.citygov.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citygov.application.report.figures.Figure;
import org.citygov.application.report.html.PlatformReport;
import org.citygov.application.report.i18n.Labels;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.platform.Duty;
import org.citygov.domain.platform.IncidentReview;
import org.citygov.domain.platform.PlatformAssessment;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The platform assessment's report: self-contained HTML, and figures that hold every participant and deadline. */
class PlatformReportTest {

    @Test
    void dutyMatrix_whenDrawn_shouldHoldEveryHolderAndLayerWithItsMetCount() {
        for (Path example : PlatformReports.examples()) {
            PlatformAssessment a = PlatformReports.assess(example);
            Figure matrix = PlatformReport.figures(a, Labels.of(Language.EN)).get(0);
            Document svg = ReportFixtures.xml(matrix.svg());
            Set<String> cells = new TreeSet<>();
            for (Element g : ReportFixtures.withAttribute(svg, "data-participant")) {
                String holder = g.getAttribute("data-participant");
                String layer = g.getAttribute("data-layer");
                List<Duty> here = a.duties().stream()
                        .filter(d -> d.holder().value().equals(holder) && d.layer().name().equals(layer)).toList();
                assertEquals(Integer.toString(here.size()), g.getAttribute("data-duties"), holder + "/" + layer);
                assertEquals(Long.toString(here.stream().filter(Duty::met).count()), g.getAttribute("data-met"),
                        holder + "/" + layer);
                cells.add(holder + "/" + layer);
            }
            for (Duty d : a.duties()) {
                assertTrue(cells.contains(d.holder().value() + "/" + d.layer().name()), example + ": " + d.id());
            }
        }
    }

    @Test
    void incidentTimeline_whenDrawn_shouldPlaceEveryDeadlineWithItsStatus() {
        PlatformAssessment a = PlatformReports.assess(PlatformReports.examples().get(0));
        assertFalse(a.incidents().isEmpty(), "the ransomware example records an incident");
        Document svg = ReportFixtures.xml(PlatformReport.figures(a, Labels.of(Language.JA)).get(1).svg());
        List<Element> marks = ReportFixtures.withAttribute(svg, "data-due");
        long deadlines = a.incidents().stream().mapToLong(i -> i.deadlines().size()).sum();
        assertEquals(deadlines, marks.size());
        for (IncidentReview incident : a.incidents()) {
            for (IncidentReview.Deadline d : incident.deadlines()) {
                assertTrue(marks.stream().anyMatch(m -> m.getAttribute("data-incident").equals(incident.id().value())
                        && m.getAttribute("data-to").equals(d.to().code())
                        && m.getAttribute("data-status").equals(d.status().name())
                        && m.getAttribute("data-due").equals(d.due().toString())), incident.id() + " " + d);
            }
        }
    }

    @Test
    void render_whenJapaneseIsAsked_shouldWriteASelfContainedJapanesePage() {
        PlatformAssessment a = PlatformReports.assess(PlatformReports.examples().get(0));
        String html = PlatformReport.render(a, Labels.of(Language.JA));

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ja\">"));
        assertTrue(html.contains("データ連携基盤の評価：kashiwa-health-data-platform"), html.substring(0, 600));
        assertTrue(html.contains("参加者 × 義務の階層"));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing fetched from the network");
    }

    @Test
    void render_whenJapaneseIsAsked_shouldWriteEveryFindingAndDutyInJapanese() {
        Pattern findingLine = Pattern.compile("<li><code>([a-z0-9-]+)</code> ([^<:]*): ([^<]*)</li>");
        Pattern dutyCell = Pattern.compile(
                "<tr><td>[^<]*</td><td>[^<]*</td><td>([^<]*)</td><td[^>]*>[^<]*</td><td>([^<]*)</td></tr>");
        int findings = 0;
        for (Path example : PlatformReports.examples()) {
            PlatformAssessment a = PlatformReports.assess(example);
            String html = PlatformReport.render(a, Labels.of(Language.JA));
            Matcher m = findingLine.matcher(html);
            while (m.find()) {
                findings++;
                assertTrue(JAPANESE.matcher(m.group(3)).find(), example + " " + m.group(1) + ": " + m.group(3));
            }
            Matcher d = dutyCell.matcher(html);
            int duties = 0;
            while (d.find()) {
                duties++;
                assertTrue(JAPANESE.matcher(d.group(1)).find(), example + " duty: " + d.group(1));
                // the basis: the panel's and the APPI's words in Japanese, not the English quotation
                assertTrue(JAPANESE.matcher(d.group(2)).find() && !d.group(2).contains("Panel"),
                        example + " basis: " + d.group(2));
            }
            assertEquals(a.duties().size(), duties, example + ": every duty is a row");
            if (!a.incidents().isEmpty()) {
                assertTrue(html.contains("個人情報保護委員会 漏えい等の報告（速報）")
                                || html.contains("個人情報保護委員会 漏えい等の報告（確報）"),
                        example + ": the PPC's reports are named as APPI names them");
            }
        }
        assertTrue(findings >= 5, "the examples hold findings to check, found " + findings);
    }

    @Test
    void render_whenEnglishIsAsked_shouldWriteTheFindingsAsTheAssessmentHasThem() {
        PlatformAssessment a = PlatformReports.assess(PlatformReports.examples().get(0));
        String html = PlatformReport.render(a, Labels.of(Language.EN));
        a.listings().forEach(listing -> listing.findings().forEach(f ->
                assertTrue(html.contains(org.citygov.application.report.figures.Markup.escape(f.text())), f.text())));
        assertFalse(JAPANESE.matcher(html).find(), "no Japanese in the English page");
    }

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
}
