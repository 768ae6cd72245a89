package org.citygov.application.report;

import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Labels;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.assessment.ProjectEvaluation;
import org.citygov.domain.design.RuleCoverage;
import org.citygov.domain.evaluation.KpiEvaluation;
import org.citygov.domain.assessment.StakeholderAssessment;
import org.citygov.domain.law.ApplicableLaw;
import org.citygov.domain.law.ApplicableSoftLaw;
import org.citygov.domain.law.LegalJudgment;
import org.citygov.domain.project.Warning;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.risk.RiskLevel;

/**
 * Turns an assessment into the JSON of the contract or a summary a person reads in a terminal, whose headings and
 * sentences come from the label bundles ({@link Labels}) in English or Japanese; codes stay the contract's.
 */
public final class AssessmentRenderer {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String json(ProjectAssessment assessment) {
        try {
            return json.writeValueAsString(AssessmentDocument.of(assessment));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the assessment of " + assessment.project(), e);
        }
    }

    public String text(ProjectAssessment assessment) {
        return text(assessment, Language.EN);
    }

    public String text(ProjectAssessment assessment, Language language) {
        return text(assessment, DomainTexts.of(language));
    }

    /**
     * The summary in the language of {@code texts}: headings from the labels, and the domain's reasons, rationales,
     * cautions and warnings rendered in that language ({@link DomainTexts}); ids and codes as the contract has them.
     */
    public String text(ProjectAssessment assessment, DomainTexts texts) {
        Labels l = Labels.of(texts.language());
        DomainTexts t = texts;
        StringBuilder out = new StringBuilder();
        out.append(l.format("text.title", assessment.project().value(), assessment.catalogVersion())).append("\n\n");
        if (!assessment.warnings().isEmpty()) {
            out.append(l.get("text.warnings")).append('\n');
            for (Warning warning : assessment.warnings()) {
                out.append("  ").append(warning.path()).append(" [").append(warning.code()).append("] ")
                        .append(t.text(warning.text())).append('\n');
            }
            out.append('\n');
        }
        out.append(l.get("text.stakeholders")).append('\n');
        List<StakeholderAssessment> stakeholders = assessment.stakeholders();
        int idWidth = Math.max(2, stakeholders.stream().mapToInt(s -> s.id().value().length()).max().orElse(2));
        String row = "  %-" + idWidth + "s  %-8s  %5s  %-8s  %-24s  %s%n";
        out.append(String.format(row, "id", l.get("text.col.involved"), l.get("text.col.score"),
                l.get("text.col.level"), l.get("text.col.recommended"), l.get("text.col.held")));
        for (StakeholderAssessment s : stakeholders) {
            String held = s.engagementHeld().map(t::code).orElse(l.get("text.none"))
                    + (s.engagedAsRecommended() ? "" : s.importance().isImportant() ? l.get("text.shortOf") : "");
            out.append(String.format(row, s.id(), t.code(s.involvement()), s.score(), t.code(s.importance()),
                    t.code(s.engagement()), held));
        }
        List<StakeholderAssessment> under = assessment.underEngaged();
        out.append('\n');
        if (under.isEmpty()) {
            out.append(l.get("text.allEngaged")).append('\n');
        } else {
            out.append(l.format("text.underEngaged", String.valueOf(under.size()),
                    String.join(", ", under.stream().map(s -> s.id().value()).toList()))).append('\n');
        }
        laws(out, assessment, l, t);
        legalTests(out, assessment, l, t);
        risks(out, assessment, l, t);
        rules(out, assessment, l, t);
        evaluation(out, assessment, l, t);
        return out.toString();
    }

    private static void laws(StringBuilder out, ProjectAssessment assessment, Labels l, DomainTexts t) {
        out.append('\n').append(l.get("text.laws")).append('\n');
        List<ApplicableLaw> applying = assessment.laws().stream().filter(ApplicableLaw::applies).toList();
        if (applying.isEmpty()) {
            out.append("  ").append(l.get("text.none")).append('\n');
        }
        for (ApplicableLaw law : applying) {
            out.append("  ").append(law.id()).append(": ").append(l.language().of(law.label())).append('\n')
                    .append("      ").append(t.text(law.reason())).append('\n');
        }
        List<ApplicableLaw> toCheck = assessment.laws().stream().filter(law -> !law.applies()).toList();
        if (!toCheck.isEmpty()) {
            out.append('\n').append(l.get("text.lawsToCheck")).append('\n');
            for (ApplicableLaw law : toCheck) {
                out.append("  ").append(law.id()).append(": ").append(l.language().of(law.label())).append('\n')
                        .append("      ").append(t.text(law.reason())).append('\n');
            }
        }
        out.append('\n').append(l.get("text.softLaws")).append('\n');
        if (assessment.softLaws().isEmpty()) {
            out.append("  ").append(l.get("text.none")).append('\n');
        }
        for (ApplicableSoftLaw law : assessment.softLaws()) {
            out.append("  ").append(law.id()).append(": ").append(l.language().of(law.label())).append('\n')
                    .append("      ").append(t.text(law.reason())).append('\n');
        }
    }

    private static void legalTests(StringBuilder out, ProjectAssessment assessment, Labels l, DomainTexts t) {
        out.append('\n').append(l.get("text.legalTests")).append('\n');
        if (assessment.legalTests().isEmpty()) {
            out.append(l.get("text.noLegalTests")).append('\n');
        }
        for (LegalJudgment test : assessment.legalTests()) {
            out.append(String.format("  %-11s %-9s %s  [(a) %s, (b) %s, (c) %s, (d) %s]%n", t.code(test.verdict()),
                    t.code(test.subject()), test.flow(), t.code(test.sensitivity()), t.code(test.purpose().standing()),
                    t.code(test.method().standing()), t.code(test.management().standing())));
            for (String caution : test.cautions()) {
                out.append("      ").append(t.text(caution)).append('\n');
            }
        }
    }

    private static void risks(StringBuilder out, ProjectAssessment assessment, Labels l, DomainTexts t) {
        out.append('\n').append(l.get("text.risks")).append('\n');
        List<Risk> risks = assessment.risks().stream()
                .sorted(Comparator.comparing(Risk::level).reversed())
                .toList();
        if (risks.isEmpty()) {
            out.append(l.get("text.noRisks")).append('\n');
        }
        for (Risk risk : risks) {
            out.append(String.format("  %-8s %dx%d  %-22s %s%n", t.code(risk.level()), risk.score().severity(),
                    risk.score().likelihood(), risk.harm().map(t::code).orElse(t.code(risk.focalPoint())),
                    risk.id()));
            out.append("      ").append(t.text(risk.rationale())).append(" [").append(t.reference(risk.guidelineRef()))
                    .append("]\n");
        }
        Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
        assessment.risks().forEach(r -> counts.merge(r.level(), 1L, Long::sum));
        out.append('\n').append(l.format("text.riskCount", String.valueOf(assessment.risks().size())));
        for (RiskLevel level : RiskLevel.values()) {
            out.append(' ').append(t.code(level)).append(' ').append(counts.getOrDefault(level, 0L));
        }
        out.append('\n');
    }

    private static void rules(StringBuilder out, ProjectAssessment assessment, Labels l, DomainTexts t) {
        out.append('\n').append(l.get("text.rules")).append('\n');
        if (assessment.rules().isEmpty()) {
            out.append(l.get("text.noRules")).append('\n');
            return;
        }
        RuleCoverage coverage = assessment.rules().get();
        coverage.unsuitableFlows().forEach(u -> out.append(l.format("text.unsuitable", u.flow().toString(),
                u.test().guidelineRef())).append('\n'));
        for (RuleCoverage.Mitigation m : coverage.mitigations()) {
            out.append(String.format("  %-8s  %-40s  %s%n", t.code(m.risk().level()), m.risk().id(), m.mitigated()
                    ? l.format("text.mitigatedBy", String.join(", ", m.by().stream().map(r -> r.id().value()).toList()))
                    : l.get("text.notMitigated")));
            m.cannot().forEach(a -> out.append(l.format("text.cannot", a.rule().id().value(), t.text(a.why()))).append('\n'));
        }
        coverage.conflicts().forEach(c -> out.append(l.format("text.conflict", t.text(c.toString()))).append('\n'));
        coverage.excessive().forEach(e -> out.append(l.format("text.excessive", e.rule().id().value(),
                String.valueOf(e.rule().version()), t.text(e.why()))).append('\n'));
        coverage.missingRequired().forEach(r -> out.append(l.format("text.missing", t.reference(r.guidelineRef()), t.text(r.why())))
                .append('\n'));
        coverage.recommended().forEach(r -> out.append(l.format("text.recommended", t.reference(r.guidelineRef()), t.text(r.why())))
                .append('\n'));
        out.append(coverage.approvable() ? l.get("text.approvable")
                : l.format("text.notApprovable", String.join("; ", t.texts(coverage.gaps())))).append('\n');
    }

    private static void evaluation(StringBuilder out, ProjectAssessment assessment, Labels l, DomainTexts t) {
        if (assessment.evaluation().isEmpty()) {
            return;
        }
        ProjectEvaluation evaluation = assessment.evaluation().get();
        out.append('\n').append(l.get("text.evaluation")).append('\n');
        for (KpiEvaluation k : evaluation.kpis()) {
            out.append(String.format("  %-9s %-28s %-22s %s %-22s %s %s%n", t.code(k.status()), k.kpi(),
                    t.text(k.threshold().toString()), l.get("text.latest"), k.latest().map(m -> t.text(org.citygov.domain.shared.Messages.text("trigger.measured", m.value(), m.on())))
                            .orElse(l.get("text.none")), l.get("text.trend"), t.code(k.trend())));
        }
        if (evaluation.triggers().isEmpty()) {
            out.append(l.get("text.noTrigger")).append('\n');
        }
        evaluation.triggers().forEach(trigger -> out.append(l.format("text.trigger", t.text(trigger.describe()),
                t.code(ProjectEvaluation.RETURNS_TO))).append('\n'));
    }
}
