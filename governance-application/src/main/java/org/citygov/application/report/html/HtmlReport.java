package org.citygov.application.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.citygov.application.report.figures.DataFlowDiagram;
import org.citygov.application.report.figures.Figure;
import org.citygov.application.report.figures.KpiChart;
import org.citygov.application.report.figures.ReportContext;
import org.citygov.application.report.figures.RiskHeatMap;
import org.citygov.application.report.figures.StakeholderMap;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.assessment.ProjectEvaluation;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.design.RuleCoverage;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiEvaluation;
import org.citygov.domain.law.ApplicableLaw;
import org.citygov.domain.law.ApplicableSoftLaw;
import org.citygov.domain.law.FactorFinding;
import org.citygov.domain.law.LegalJudgment;
import org.citygov.domain.project.AuditEntry;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.Service;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.risk.RiskLevel;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderId;

import static org.citygov.application.report.figures.Markup.escape;

/**
 * A project's governance report as one self-contained HTML document: the overview (5.1), the stakeholder analysis
 * with its map (4.3), the data flows over the life cycle (3.2), the laws and soft laws (5.2), the four-factor
 * judgments (5.3 (1)), the risk analysis with its heat map (5.3), the rules and their coverage of the risks (5.4),
 * the evaluation with its KPI charts (5.5) and the revision history. Headings and labels come from the language's
 * bundle, catalogue entries from the edition's labels; every piece of the project's own text is escaped.
 */
public final class HtmlReport {

    private final ReportContext c;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlReport(ReportContext c) {
        this.c = c;
    }

    /** The document, with every figure of {@code figures} inline where its section needs it. */
    public static String render(ReportContext c, List<Figure> figures) {
        return new HtmlReport(c).write(figures.stream().collect(Collectors.toMap(Figure::name, f -> f)));
    }

    private String write(Map<String, Figure> figures) {
        GovernanceProject project = c.project();
        String title = c.labels().format("report.title", project.overview().name());
        out.append(HtmlPage.open(title, c.language().tag()));
        out.append("<header>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"subtitle\">")
                .append(escape(c.labels().format("report.subtitle", c.assessment().catalogVersion())))
                .append("</p>\n");
        out.append("</header>\n");
        contents();
        overview();
        stakeholders(figures.get(StakeholderMap.NAME));
        dataFlows(figures.get(DataFlowDiagram.NAME));
        laws();
        legalTests();
        risks(figures.get(RiskHeatMap.NAME));
        coverage();
        evaluation(figures);
        history();
        out.append("<footer>").append(escape(c.label("report.footer"))).append("</footer>\n");
        out.append(HtmlPage.close());
        return out.toString();
    }

    private static final List<String[]> SECTIONS = List.of(
            new String[] {"overview", "section.overview"},
            new String[] {"stakeholders", "section.stakeholders"},
            new String[] {"data-flows", "section.dataFlows"},
            new String[] {"laws", "section.laws"},
            new String[] {"legal-tests", "section.legalTests"},
            new String[] {"risks", "section.risks"},
            new String[] {"rules", "section.coverage"},
            new String[] {"evaluation", "section.evaluation"},
            new String[] {"history", "section.history"});

    private void contents() {
        out.append("<nav class=\"contents\" aria-label=\"").append(escape(c.label("report.contents")))
                .append("\">\n<h2>").append(escape(c.label("report.contents"))).append("</h2>\n<ol>\n");
        for (String[] s : SECTIONS) {
            out.append("<li><a href=\"#").append(s[0]).append("\">").append(escape(c.label(s[1])))
                    .append("</a></li>\n");
        }
        out.append("</ol>\n</nav>\n");
    }

    private void section(String id, String key) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(escape(c.label(key))).append("</h2>\n");
    }

    private void endSection() {
        out.append("</section>\n");
    }

    // ---- overview ----------------------------------------------------------------------------------------------

    private void overview() {
        GovernanceProject project = c.project();
        section("overview", "section.overview");
        out.append("<table class=\"facts\">\n");
        fact("overview.id", escape(project.id().value()));
        fact("overview.name", escape(project.overview().name()));
        fact("overview.objective", escape(project.overview().objective()));
        fact("overview.stage", escape(c.text(project.overview().stage())));
        fact("overview.region", escape(project.overview().region().name()));
        fact("overview.cycle", escape(c.stored()
                ? c.labels().format("overview.cycleValue", c.text(project.cycle().step()),
                String.valueOf(project.cycle().revision()))
                : c.label("overview.unstored")));
        fact("overview.edition", escape(c.assessment().catalogVersion()));
        ProjectAssessment a = c.assessment();
        fact("overview.verdict", a.rules().isEmpty() ? escape(c.label("overview.noRules"))
                : a.approvable() ? "<span class=\"ok\">" + escape(c.label("overview.approvable")) + "</span>"
                : "<span class=\"bad\">" + escape(c.label("overview.notApprovable")) + "</span>");
        out.append("</table>\n<h3>").append(escape(c.label("overview.services"))).append("</h3>\n");
        table(List.of("col.id", "col.service", "col.field", "col.benefit"), project.services(),
                (Service s) -> List.of(escape(s.id().value()), escape(s.name()), escape(c.text(s.field())),
                        escape(c.text(s.benefit()))));
        endSection();
    }

    private void fact(String key, String html) {
        out.append("<tr><th scope=\"row\">").append(escape(c.label(key))).append("</th><td>").append(html)
                .append("</td></tr>\n");
    }

    // ---- stakeholders ------------------------------------------------------------------------------------------

    private void stakeholders(Figure map) {
        section("stakeholders", "section.stakeholders");
        figure(map);
        List<Stakeholder> stakeholders = c.project().stakeholders();
        var bands = c.edition().cityGovDefaults().importance();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < stakeholders.size(); i++) {
            Stakeholder s = stakeholders.get(i);
            rows.add(List.of(Integer.toString(i + 1), escape(s.id().value()), escape(s.name()),
                    escape(c.text(c.edition().stakeholderCategory(s.category()).label())),
                    escape(c.text(s.involvement())), Integer.toString(s.impact().value()),
                    Integer.toString(s.uncertainty().value()), Integer.toString(s.score()),
                    level(s.importance(bands).name(), c.text(s.importance(bands))),
                    escape(c.text(c.edition().engagementFormat(s.recommendedEngagement(bands)).label())),
                    escape(s.deepestEngagementHeld().map(f -> c.text(c.edition().engagementFormat(f).label()))
                            .orElse(c.label("value.none"))),
                    s.isEngagedAsRecommended(bands) ? "<span class=\"ok\">" + escape(c.label("value.yes")) + "</span>"
                            : "<span class=\"bad\">" + escape(c.label("value.no")) + "</span>"));
        }
        rawTable(List.of("col.no", "col.id", "col.name", "col.category", "col.involvement", "col.impact",
                "col.uncertainty", "col.score", "col.importance", "col.recommended", "col.held",
                "col.engagedAsRecommended"), rows, "stakeholder-table");
        var under = c.assessment().underEngaged();
        out.append("<p>").append(under.isEmpty() ? escape(c.label("stakeholders.allEngaged"))
                : "<span class=\"bad\">" + escape(c.labels().format("stakeholders.underEngaged",
                String.join(", ", under.stream().map(s -> s.name() + " (" + s.id() + ")").toList())))
                + "</span>").append("</p>\n");
        endSection();
    }

    // ---- data flows --------------------------------------------------------------------------------------------

    private void dataFlows(Figure diagram) {
        section("data-flows", "section.dataFlows");
        figure(diagram);
        GovernanceProject project = c.project();
        List<DataFlow> flows = project.dataFlows();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < flows.size(); i++) {
            DataFlow f = flows.get(i);
            DataAsset asset = project.assetOf(f);
            String marks = asset.isPersonal() ? asset.specialCare()
                    ? " <span class=\"tag tag-special\">" + escape(c.label("flow.specialCare")) + "</span>"
                    : " <span class=\"tag tag-personal\">" + escape(c.label("flow.personal")) + "</span>" : "";
            rows.add(List.of(Integer.toString(i + 1), escape(f.id().value()),
                    escape(asset.name()) + marks + "<br><small>" + escape(asset.categories().stream()
                            .sorted().map(c::text).collect(Collectors.joining(", "))) + "</small>",
                    escape(c.text(f.stage())), escape(party(f.from())), escape(party(f.to())),
                    escape(f.purpose().text()) + "<br><small>" + escape(c.text(f.purpose().kind())) + "</small>",
                    escape(c.text(f.legalBasis())),
                    escape(f.notice().isEmpty() ? c.label("value.none") : f.notice().stream().sorted()
                            .map(c::text).collect(Collectors.joining(", ")))));
        }
        rawTable(List.of("col.no", "col.flow", "col.asset", "col.stage", "col.from", "col.to", "col.purpose",
                "col.legalBasis", "col.notice"), rows, "flow-table");
        endSection();
    }

    private String party(StakeholderId id) {
        return c.project().stakeholder(id).map(Stakeholder::name).orElse(id.value());
    }

    // ---- laws --------------------------------------------------------------------------------------------------

    private void laws() {
        section("laws", "section.laws");
        ProjectAssessment a = c.assessment();
        if (a.laws().isEmpty() && a.softLaws().isEmpty()) {
            out.append("<p>").append(escape(c.label("laws.none"))).append("</p>\n");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ApplicableLaw law : a.laws()) {
                rows.add(List.of(escape(c.text(law.label())) + "<br><small>" + escape(law.id().value()) + "</small>",
                        escape(c.label(law.applies() ? "standing.binding" : "standing.toCheck")),
                        escape(c.sentence(law.reason())), escape(law.source())));
            }
            for (ApplicableSoftLaw law : a.softLaws()) {
                rows.add(List.of(escape(c.text(law.label())) + "<br><small>" + escape(law.id().value()) + "</small>",
                        escape(c.label("standing.soft")), escape(c.sentence(law.reason())), escape(law.source())));
            }
            rawTable(List.of("col.law", "col.standing", "col.reason", "col.source"), rows, "law-table");
        }
        endSection();
    }

    // ---- four-factor judgments ---------------------------------------------------------------------------------

    private void legalTests() {
        section("legal-tests", "section.legalTests");
        List<LegalJudgment> tests = c.assessment().legalTests();
        if (tests.isEmpty()) {
            out.append("<p>").append(escape(c.label("legalTests.none"))).append("</p>\n");
        }
        for (LegalJudgment t : tests) {
            out.append("<div class=\"keep\" data-legal-test=\"").append(escape(t.flow().value())).append("\">\n<h3>")
                    .append(escape(c.labels().format("legalTests.heading", t.flow().value(), c.text(t.subject()),
                            t.guidelineRef()))).append("</h3>\n");
            List<List<String>> rows = List.of(
                    List.of(escape(c.label("factor.a")), escape(c.text(t.sensitivity())),
                            escape(c.sentence(t.natureOfInformation()))),
                    factor("factor.b", t.purpose()),
                    factor("factor.c", t.method()),
                    factor("factor.d", t.management()),
                    List.of("<strong>" + escape(c.label("col.verdict")) + "</strong>",
                            "<strong class=\"" + (t.verdict().name().equals("ACCEPTABLE") ? "ok" : "bad") + "\">"
                                    + escape(c.text(t.verdict())) + "</strong>",
                            t.cautions().isEmpty() ? "" : "<ul>" + t.cautions().stream()
                                    .map(x -> "<li>" + escape(c.sentence(x)) + "</li>").collect(Collectors.joining()) + "</ul>"));
            rawTable(List.of("col.factor", "col.standing", "col.finding"), rows, null);
            out.append("</div>\n");
        }
        endSection();
    }

    private List<String> factor(String key, FactorFinding finding) {
        String text = Stream.concat(Stream.of(finding.summary()), finding.points().stream()).map(c::sentence)
                .collect(Collectors.joining(c.language() == Language.JA ? "" : " "));
        return List.of(escape(c.label(key)), escape(c.text(finding.standing())), escape(text));
    }

    // ---- risks -------------------------------------------------------------------------------------------------

    private void risks(Figure heatMap) {
        section("risks", "section.risks");
        figure(heatMap);
        List<Risk> risks = RiskHeatMap.numbered(c.assessment().risks());
        if (risks.isEmpty()) {
            out.append("<p>").append(escape(c.label("risks.none"))).append("</p>\n");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < risks.size(); i++) {
                Risk r = risks.get(i);
                rows.add(List.of(Integer.toString(i + 1), escape(r.id()),
                        escape(c.text(c.edition().focalPoint(r.focalPoint()).label())),
                        escape(r.harm().map(h -> c.text(c.edition().harm(h).label())).orElse("—")),
                        escape(r.flow().map(f -> f.value()).orElse("—")),
                        escape(r.stage().map(c::text).orElse("—")),
                        r.score().severity() + " × " + r.score().likelihood(),
                        level(r.level().name(), c.text(r.level())), escape(c.sentence(r.rationale())), escape(c.reference(r.guidelineRef()))));
            }
            rawTable(List.of("col.no", "col.id", "col.focalPoint", "col.harm", "col.flow", "col.stage",
                    "col.score.sl", "col.level", "col.rationale", "col.ref"), rows, "risk-table");
            List<String> counts = new ArrayList<>();
            for (RiskLevel level : RiskLevel.values()) {
                counts.add(c.text(level) + " " + c.assessment().risksAt(level).size());
            }
            out.append("<p>").append(escape(c.labels().format("risks.count", String.valueOf(risks.size()),
                    String.join(", ", counts)))).append("</p>\n");
        }
        endSection();
    }

    // ---- rules and coverage ------------------------------------------------------------------------------------

    private void coverage() {
        section("rules", "section.coverage");
        if (c.assessment().rules().isEmpty()) {
            out.append("<p>").append(escape(c.label("coverage.noRules"))).append("</p>\n");
            endSection();
            return;
        }
        RuleCoverage coverage = c.assessment().rules().get();
        out.append("<p>").append(coverage.approvable()
                ? "<span class=\"ok\">" + escape(c.label("overview.approvable")) + "</span>"
                : "<span class=\"bad\">" + escape(c.label("overview.notApprovable")) + "</span>").append("</p>\n");
        List<Rule> effective = c.project().governance().rules().effective();
        if (coverage.mitigations().isEmpty()) {
            out.append("<p>").append(escape(c.label("coverage.noHighRisks"))).append("</p>\n");
        } else {
            out.append("<figure class=\"keep\">\n<table class=\"coverage\" data-table=\"coverage\">\n<thead><tr><th>")
                    .append(escape(c.label("col.id"))).append("</th><th>").append(escape(c.label("col.level")))
                    .append("</th>");
            for (Rule rule : effective) {
                out.append("<th scope=\"col\" data-rule=\"").append(escape(rule.id().value())).append("\">")
                        .append(escape(rule.id().value())).append("<br><small>")
                        .append(escape(c.text(rule.kind()))).append("</small></th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (RuleCoverage.Mitigation m : coverage.mitigations()) {
                out.append("<tr data-risk=\"").append(escape(m.risk().id())).append("\"><th scope=\"row\">")
                        .append(escape(m.risk().id()));
                if (!m.mitigated()) {
                    out.append(" <span class=\"bad\">(").append(escape(c.label("coverage.unmitigated")))
                            .append(")</span>");
                }
                out.append("</th><td>").append(level(m.risk().level().name(), c.text(m.risk().level())))
                        .append("</td>");
                for (Rule rule : effective) {
                    boolean by = m.by().stream().anyMatch(r -> r.id().equals(rule.id()));
                    out.append("<td class=\"mark\"").append(by ? " data-mitigates=\"true\"" : "").append('>')
                            .append(by ? "✓" : "").append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n<figcaption>").append(escape(c.label("coverage.caption")))
                    .append("</figcaption>\n</figure>\n");
        }
        list("coverage.conflicts", coverage.conflicts().stream().map(x -> c.sentence(x.toString())).toList());
        list("coverage.excessive", coverage.excessive().stream()
                .map(e -> e.rule().id() + " v" + e.rule().version() + ": " + c.sentence(e.why())).toList());
        list("coverage.missing", coverage.missingRequired().stream()
                .map(r -> c.text(r.kind()) + " (" + c.reference(r.guidelineRef()) + "): " + c.sentence(r.why())).toList());
        out.append("<h3>").append(escape(c.label("rules.caption"))).append("</h3>\n");
        table(List.of("col.rule", "col.version", "col.ruleLevel", "col.kind", "col.status", "col.text",
                "col.appliesTo", "col.approvedOn"), c.project().governance().rules().current(), this::ruleRow);
        endSection();
    }

    private List<String> ruleRow(Rule r) {
        return List.of(escape(r.id().value()), Integer.toString(r.version()), escape(c.text(r.level())),
                escape(c.text(r.kind())), escape(c.text(r.status())), escape(r.text()),
                escape(r.appliesTo().isEmpty() ? c.label("value.allFlows")
                        : String.join(", ", new TreeSet<>(r.appliesTo().stream().map(f -> f.value()).toList()))),
                escape(r.approval().map(a -> a.on().toString()).orElse("—")));
    }

    private void list(String key, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("<h3>").append(escape(c.label(key))).append("</h3>\n<ul>\n");
        items.forEach(i -> out.append("<li>").append(escape(i)).append("</li>\n"));
        out.append("</ul>\n");
    }

    // ---- evaluation --------------------------------------------------------------------------------------------

    private void evaluation(Map<String, Figure> figures) {
        section("evaluation", "section.evaluation");
        List<Kpi> kpis = c.project().governance().kpis();
        if (c.assessment().evaluation().isEmpty() && kpis.isEmpty()) {
            out.append("<p>").append(escape(c.label("evaluation.none"))).append("</p>\n");
            endSection();
            return;
        }
        table(List.of("col.kpi", "col.kind", "col.threshold", "col.latest", "col.status", "col.trend"), kpis,
                (Kpi k) -> {
                    KpiEvaluation e = k.evaluate();
                    return List.of(escape(k.name()) + "<br><small>" + escape(k.id().value()) + "</small>",
                            escape(c.text(k.kind())),
                            escape(c.labels().format("kpi.thresholdLine", c.text(k.threshold().direction()),
                                    org.citygov.application.report.figures.Markup.number(k.threshold().value()))),
                            escape(e.latest().map(m -> org.citygov.application.report.figures.Markup.number(m.value())
                                    + " (" + m.on() + ")").orElse(c.label("kpi.noData"))),
                            (e.breached() ? "<span class=\"bad\">" : "<span>") + escape(c.text(e.status()))
                                    + "</span>",
                            escape(c.text(e.trend())));
                });
        for (Kpi kpi : kpis) {
            figure(figures.get(KpiChart.name(kpi)));
        }
        out.append("<h3>").append(escape(c.label("triggers.caption"))).append("</h3>\n");
        List<String> triggers = c.assessment().evaluation().map(ProjectEvaluation::triggers).orElse(List.of())
                .stream().map(t -> c.sentence(t.describe())).toList();
        if (triggers.isEmpty()) {
            out.append("<p>").append(escape(c.label("triggers.none"))).append("</p>\n");
        } else {
            out.append("<ul>\n");
            triggers.forEach(t -> out.append("<li data-trigger>").append(escape(t)).append("</li>\n"));
            out.append("</ul>\n<p>").append(escape(c.labels().format("triggers.returnsTo",
                    c.text(ProjectEvaluation.RETURNS_TO)))).append("</p>\n");
        }
        endSection();
    }

    // ---- history -----------------------------------------------------------------------------------------------

    private void history() {
        section("history", "section.history");
        if (!c.stored()) {
            out.append("<p class=\"note\">").append(escape(c.label("history.unstored"))).append("</p>\n");
        } else {
            out.append("<h3>").append(escape(c.label("history.cycle"))).append("</h3>\n");
            table(List.of("col.when", "col.actor", "col.move", "col.revision", "col.why"),
                    c.project().cycle().history(), (CycleTransition t) -> List.of(escape(t.at().toString()),
                            escape(t.actor().name()), escape(c.text(t.kind()) + ": " + c.text(t.from()) + " → "
                                    + c.text(t.to())), Integer.toString(t.revision()), escape(c.sentence(t.reason()))));
            if (!c.trail().isEmpty()) {
                out.append("<h3>").append(escape(c.label("history.trail"))).append("</h3>\n");
                table(List.of("col.version", "col.when", "col.actor", "col.summary"), c.trail(),
                        (AuditEntry e) -> List.of(Long.toString(e.version()), escape(e.at().toString()),
                                escape(e.actor().name()), escape(e.summary())));
            }
        }
        List<Rule> versions = c.project().governance().rules().versions().stream()
                .sorted(Comparator.comparing((Rule r) -> r.id().value()).thenComparingInt(Rule::version)).toList();
        if (!versions.isEmpty()) {
            out.append("<h3>").append(escape(c.label("history.ruleVersions"))).append("</h3>\n");
            table(List.of("col.rule", "col.version", "col.ruleLevel", "col.kind", "col.status", "col.text",
                    "col.appliesTo", "col.approvedOn"), versions, this::ruleRow);
        }
        endSection();
    }

    // ---- pieces ------------------------------------------------------------------------------------------------

    private void figure(Figure figure) {
        if (figure == null) {
            return;
        }
        out.append("<figure id=\"figure-").append(figure.name()).append("\">\n").append(figure.inline())
                .append("<figcaption><strong>").append(escape(figure.title())).append("</strong> ")
                .append(escape(figure.caption())).append("</figcaption>\n</figure>\n");
    }

    private String level(String code, String text) {
        return "<span class=\"level level-" + escape(code) + "\">" + escape(text) + "</span>";
    }

    /** A table whose cells {@code row} gives as HTML (every user text in them already escaped). */
    private <T> void table(List<String> headKeys, List<T> items, Function<T, List<String>> row) {
        rawTable(headKeys, items.stream().map(row).toList(), null);
    }

    private void rawTable(List<String> headKeys, List<List<String>> rows, String name) {
        out.append("<table").append(name == null ? "" : " data-table=\"" + name + "\"").append(">\n<thead><tr>");
        headKeys.forEach(k -> out.append("<th scope=\"col\">").append(escape(c.label(k))).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> cells : rows) {
            out.append("<tr>");
            cells.forEach(cell -> out.append("<td>").append(cell).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }
}
