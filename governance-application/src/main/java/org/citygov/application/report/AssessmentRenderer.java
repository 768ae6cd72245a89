package org.citygov.application.report;

import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

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

/** Turns an assessment into the JSON of the contract or a summary a person reads in a terminal. */
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
        StringBuilder out = new StringBuilder();
        out.append("Assessment of ").append(assessment.project()).append(" (catalogue edition ")
                .append(assessment.catalogVersion()).append(")\n\n");
        if (!assessment.warnings().isEmpty()) {
            out.append("Warnings: plausible but unusual input, assessed as written\n");
            for (Warning warning : assessment.warnings()) {
                out.append("  ").append(warning.path()).append(" [").append(warning.code()).append("] ")
                        .append(warning.text()).append('\n');
            }
            out.append('\n');
        }
        out.append("Stakeholders (4.3: importance = impact x uncertainty; bands and engagement per level are CityGov"
                + " defaults)\n");
        List<StakeholderAssessment> stakeholders = assessment.stakeholders();
        int idWidth = Math.max(2, stakeholders.stream().mapToInt(s -> s.id().value().length()).max().orElse(2));
        String row = "  %-" + idWidth + "s  %-8s  %5s  %-8s  %-24s  %s%n";
        out.append(String.format(row, "id", "involved", "score", "level", "recommended engagement",
                "held so far"));
        for (StakeholderAssessment s : stakeholders) {
            String held = s.engagementHeld().map(Enum::name).orElse("none")
                    + (s.engagedAsRecommended() ? "" : s.importance().isImportant() ? "  << short of recommended" : "");
            out.append(String.format(row, s.id(), s.involvement(), s.score(), s.importance(), s.engagement(), held));
        }
        List<StakeholderAssessment> under = assessment.underEngaged();
        out.append('\n');
        if (under.isEmpty()) {
            out.append("Every HIGH or CRITICAL stakeholder has been engaged as recommended.\n");
        } else {
            out.append(under.size()).append(" HIGH or CRITICAL stakeholder(s) engaged less than recommended: ")
                    .append(String.join(", ", under.stream().map(s -> s.id().value()).toList())).append('\n');
        }
        laws(out, assessment);
        legalTests(out, assessment);
        risks(out, assessment);
        rules(out, assessment);
        evaluation(out, assessment);
        return out.toString();
    }

    private static void laws(StringBuilder out, ProjectAssessment assessment) {
        out.append("\nLaws that apply (5.2, Table 5-2)\n");
        List<ApplicableLaw> applying = assessment.laws().stream().filter(ApplicableLaw::applies).toList();
        if (applying.isEmpty()) {
            out.append("  none\n");
        }
        for (ApplicableLaw law : applying) {
            out.append("  ").append(law.id()).append(": ").append(law.label().en()).append('\n')
                    .append("      ").append(law.reason()).append('\n');
        }
        List<ApplicableLaw> toCheck = assessment.laws().stream().filter(l -> !l.applies()).toList();
        if (!toCheck.isEmpty()) {
            out.append("\nLaws to check (tied to a place the services do not name)\n");
            for (ApplicableLaw law : toCheck) {
                out.append("  ").append(law.id()).append(": ").append(law.label().en()).append('\n')
                        .append("      ").append(law.reason()).append('\n');
            }
        }
        out.append("\nSoft laws to consider (Table 5-3)\n");
        if (assessment.softLaws().isEmpty()) {
            out.append("  none\n");
        }
        for (ApplicableSoftLaw law : assessment.softLaws()) {
            out.append("  ").append(law.id()).append(": ").append(law.label().en()).append('\n')
                    .append("      ").append(law.reason()).append('\n');
        }
    }

    private static void legalTests(StringBuilder out, ProjectAssessment assessment) {
        out.append("\nFour-factor overall judgment (5.3 (1)): (a) nature, (b) purpose, (c) method, (d) management\n");
        if (assessment.legalTests().isEmpty()) {
            out.append("  no camera, location or education flow of personal data\n");
        }
        for (LegalJudgment test : assessment.legalTests()) {
            out.append(String.format("  %-11s %-9s %s  [(a) %s, (b) %s, (c) %s, (d) %s]%n", test.verdict(),
                    test.subject(), test.flow(), test.sensitivity(), test.purpose().standing(),
                    test.method().standing(), test.management().standing()));
            for (String caution : test.cautions()) {
                out.append("      ").append(caution).append('\n');
            }
        }
    }

    private static void risks(StringBuilder out, ProjectAssessment assessment) {
        out.append("\nRisks (5.3, Table 5-4; level from severity x likelihood)\n");
        List<Risk> risks = assessment.risks().stream()
                .sorted(Comparator.comparing(Risk::level).reversed())
                .toList();
        if (risks.isEmpty()) {
            out.append("  none found\n");
        }
        for (Risk risk : risks) {
            out.append(String.format("  %-8s %dx%d  %-22s %s%n", risk.level(), risk.score().severity(),
                    risk.score().likelihood(), risk.harm().map(Enum::name).orElse(risk.focalPoint().name()),
                    risk.id()));
            out.append("      ").append(risk.rationale()).append(" [").append(risk.guidelineRef()).append("]\n");
        }
        Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
        assessment.risks().forEach(r -> counts.merge(r.level(), 1L, Long::sum));
        out.append('\n').append(assessment.risks().size()).append(" risk(s):");
        for (RiskLevel level : RiskLevel.values()) {
            out.append(' ').append(level).append(' ').append(counts.getOrDefault(level, 0L));
        }
        out.append('\n');
    }

    private static void rules(StringBuilder out, ProjectAssessment assessment) {
        out.append("\nRules (5.4)\n");
        if (assessment.rules().isEmpty()) {
            out.append("  No rules yet: approvability is judged once rule design begins.\n");
            return;
        }
        RuleCoverage coverage = assessment.rules().get();
        coverage.unsuitableFlows().forEach(u -> out.append("  UNSUITABLE flow ").append(u.flow()).append(" (")
                .append(u.test().guidelineRef()).append("): no rule answers it; change or remove the flow\n"));
        for (RuleCoverage.Mitigation m : coverage.mitigations()) {
            out.append(String.format("  %-8s  %-40s  %s%n", m.risk().level(), m.risk().id(), m.mitigated()
                    ? "mitigated by " + String.join(", ", m.by().stream().map(r -> r.id().value()).toList())
                    : "NOT MITIGATED"));
            m.cannot().forEach(a -> out.append("            named by ").append(a.rule().id()).append(", which cannot: ")
                    .append(a.why()).append('\n'));
        }
        coverage.conflicts().forEach(c -> out.append("  conflict: ").append(c).append('\n'));
        coverage.excessive().forEach(e -> out.append("  possibly excessive (4.2): rule ").append(e.rule().id())
                .append(" v").append(e.rule().version()).append(": ").append(e.why()).append('\n'));
        coverage.missingRequired().forEach(r -> out.append("  required but missing (").append(r.guidelineRef())
                .append("): ").append(r.why()).append('\n'));
        coverage.recommended().forEach(r -> out.append("  recommended (").append(r.guidelineRef()).append("): ")
                .append(r.why()).append('\n'));
        out.append(coverage.approvable() ? "  Approvable: every risk that must be mitigated is answered by a rule"
                + " that can, no flow is UNSUITABLE, and no rule loosens the city framework.\n"
                : "  NOT APPROVABLE: " + String.join("; ", coverage.gaps()) + "\n");
    }

    private static void evaluation(StringBuilder out, ProjectAssessment assessment) {
        if (assessment.evaluation().isEmpty()) {
            return;
        }
        ProjectEvaluation evaluation = assessment.evaluation().get();
        out.append("\nEvaluation (5.5)\n");
        for (KpiEvaluation k : evaluation.kpis()) {
            out.append(String.format("  %-9s %-28s %-22s latest %-22s trend %s%n", k.status(), k.kpi(),
                    k.threshold(), k.latest().map(m -> m.value() + " on " + m.on()).orElse("none"), k.trend()));
        }
        if (evaluation.triggers().isEmpty()) {
            out.append("  No revision trigger fired.\n");
        }
        evaluation.triggers().forEach(t -> out.append("  revision trigger: ").append(t.describe())
                .append(" -> back to ").append(ProjectEvaluation.RETURNS_TO).append('\n'));
    }
}
