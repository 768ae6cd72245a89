package org.citygov.application.report.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.citygov.application.report.ReportFixtures;
import org.citygov.application.report.figures.Figure;
import org.citygov.application.report.figures.FigureChecks;
import org.citygov.application.report.figures.Figures;
import org.citygov.application.report.figures.ReportContext;
import org.citygov.application.report.i18n.Language;
import org.citygov.application.scenario.Examples;
import org.citygov.domain.data.Beneficiary;
import org.citygov.domain.data.Purpose;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiId;
import org.citygov.domain.evaluation.KpiKind;
import org.citygov.domain.evaluation.Measurement;
import org.citygov.domain.evaluation.Threshold;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.rule.TransparencyItem;
import org.w3c.dom.Document;

import static org.citygov.domain.testing.ProjectBuilders.OPERATOR;
import static org.citygov.domain.testing.ProjectBuilders.RESIDENTS;
import static org.citygov.domain.testing.ProjectBuilders.aFlow;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.aStakeholder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    private static final Pattern INLINE_SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);
    private static final List<String> SECTIONS = List.of("overview", "stakeholders", "data-flows", "laws",
            "legal-tests", "risks", "rules", "evaluation", "history");

    static Stream<Arguments> examplesInBothLanguages() {
        return Examples.all().stream().flatMap(file -> Stream.of(Language.values()).map(l -> Arguments.of(file, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("examplesInBothLanguages")
    void render_whenGivenAnExample_shouldHoldEverySectionAndFiguresShowingEveryStakeholderFlowAndRisk(
            Path file, Language language) {
        GovernanceProject project = ReportFixtures.example(file);
        ReportContext c = ReportFixtures.context(project, language);
        List<Figure> figures = Figures.all(c);
        String html = HtmlReport.render(c, figures);

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">"));
        assertTrue(html.contains("Content-Security-Policy"), "no script, no network");
        for (String section : SECTIONS) {
            assertTrue(html.contains("<section id=\"" + section + "\">"), "section " + section);
        }
        assertFalse(html.toLowerCase().contains("<script"), "no script at all");
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "nothing fetched from the network");
        assertEquals(3 + project.governance().kpis().size(), figures.size());

        List<String> inline = new ArrayList<>();
        Matcher m = INLINE_SVG.matcher(html);
        while (m.find()) {
            inline.add(m.group());
        }
        assertEquals(figures.size(), inline.size(), "every figure is inline in the report");
        for (String svg : inline) {
            ReportFixtures.xml(svg);
        }
        FigureChecks.everyStakeholderPlottedInItsCell(ReportFixtures.xml(figure(figures, "stakeholder-map")
                .document()), project);
        FigureChecks.everyFlowDrawnWithItsMarks(ReportFixtures.xml(figure(figures, "data-flows").document()),
                project);
        FigureChecks.everyRiskPlacedInItsCell(ReportFixtures.xml(figure(figures, "risk-heat-map").document()),
                c.assessment().risks());
        for (Kpi kpi : project.governance().kpis()) {
            Document chart = ReportFixtures.xml(figure(figures, "kpi-" + kpi.id()).document());
            assertEquals(kpi.measurements().size(), ReportFixtures.withAttribute(chart, "data-on").size(),
                    "one point per measurement of " + kpi.id());
            assertEquals(1, ReportFixtures.withAttribute(chart, "data-threshold").size());
        }
        // each risk is in the table, and each stakeholder
        c.assessment().risks().forEach(r -> assertTrue(html.contains(">" + r.id() + "<"), "risk " + r.id()));
        project.stakeholders().forEach(s -> assertTrue(html.contains(s.id().value()), "stakeholder " + s.id()));
    }

    @Test
    void render_whenJapanese_shouldUseTheBundleAndTheCatalogueJapaneseLabels() {
        GovernanceProject project = ReportFixtures.example(Examples.named("kashiwanoha-frailty.json"));
        String html = HtmlReport.render(ReportFixtures.context(project, Language.JA),
                Figures.all(ReportFixtures.context(project, Language.JA)));
        assertTrue(html.contains("ステークホルダー分析（4.3、図4-4、表5-1）"));
        assertTrue(html.contains("リスクヒートマップ"));
        assertTrue(html.contains("個人情報の保護に関する法律"), "the catalogue's Japanese label of the APPI");
        assertTrue(html.contains("住民"), "the catalogue's Japanese label of residents");
        assertFalse(html.contains("Stakeholder analysis"));
    }

    @Test
    void render_whenUserTextHoldsMarkup_shouldEscapeEveryPieceOfIt() {
        String script = "<script>alert('x')</script>";
        GovernanceProject project = aProject()
                .withName("Project " + script)
                .withObjective("Objective \"quoted\" & <b>bold</b>\u0001")
                .withStakeholders(
                        aStakeholder().withId(OPERATOR).withName("Operator " + script).build(),
                        aStakeholder().withId(RESIDENTS).withName("Residents <img src=x onerror=alert(1)>").build())
                .withDataFlow(aFlow().withId("second-flow").withPurpose(new Purpose("purpose </td><script>alert(2)"
                        + "</script>", PurposeKind.SERVICE_DELIVERY, Beneficiary.DATA_SUBJECT)))
                .buildRegistered();
        project = project.addRule(Rule.draft(RuleId.of("evil-rule"), RuleLevel.PROGRAM, "rule " + script,
                new RuleTerms.Transparency(Set.of(TransparencyItem.PURPOSES)), Set.of(), Set.of("x<y>"))).orElseThrow();
        project = project.addKpi(new Kpi(KpiId.of("evil-kpi"), "KPI " + script, KpiKind.COMPLAINTS,
                new Threshold(Threshold.Direction.AT_MOST, 1), List.of(new Measurement(
                        java.time.LocalDate.parse("2026-01-01"), 3)))).orElseThrow();
        for (Language language : Language.values()) {
            ReportContext c = ReportFixtures.context(project, language);
            List<Figure> figures = Figures.all(c);
            String html = HtmlReport.render(c, figures);
            assertFalse(html.toLowerCase().contains("<script"), "no script element");
            assertFalse(html.toLowerCase().contains("<img"), "no injected element");
            assertFalse(html.contains("<b>bold"), "no injected markup");
            assertFalse(html.contains("\u0001"), "no control character");
            assertTrue(html.contains("Project &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "shown as text");
            assertTrue(html.contains("&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;"));
            for (Figure figure : figures) {
                Document svg = ReportFixtures.xml(figure.document());
                assertFalse(svg.getElementsByTagNameNS("*", "script").getLength() > 0, figure.name());
                assertFalse(svg.getElementsByTagNameNS("*", "img").getLength() > 0, figure.name());
            }
        }
    }

    private static Figure figure(List<Figure> figures, String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + name));
    }
}
