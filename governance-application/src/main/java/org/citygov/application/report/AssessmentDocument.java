package org.citygov.application.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.assessment.ProjectEvaluation;
import org.citygov.domain.design.RuleCoverage;
import org.citygov.domain.evaluation.KpiEvaluation;
import org.citygov.domain.evaluation.RevisionTrigger;
import org.citygov.domain.assessment.StakeholderAssessment;
import org.citygov.domain.law.ApplicableLaw;
import org.citygov.domain.law.ApplicableSoftLaw;
import org.citygov.domain.law.LegalJudgment;
import org.citygov.domain.project.Warning;
import org.citygov.domain.risk.Risk;

/**
 * The assessment as the public contract (SCENARIO.md, "Output") spells it: the same JSON from the CLI, the REST API
 * and the Java API. Field names and enumeration codes are the contract's; fields such as labels, sources, standings
 * and questions are added to explain, and fields are only ever added. {@code rules} is present when the project has
 * rules, {@code evaluation} when it has KPIs or declared changes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "project", "catalogVersion", "warnings", "stakeholders", "laws", "softLaws",
        "legalTests", "risks", "rules", "evaluation"})
public record AssessmentDocument(String format, String project, String catalogVersion, List<WarningEntry> warnings,
                                 List<Stakeholder> stakeholders, List<LawEntry> laws, List<LawEntry> softLaws,
                                 List<LegalTestEntry> legalTests, List<RiskEntry> risks, RulesPart rules,
                                 EvaluationPart evaluation) {

    public static final String FORMAT = "citygov/1";

    /** One stakeholder's analysis; {@code importance} and {@code engagement} are the contract's, the rest explains. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "category", "involvement", "score", "importance", "engagement",
            "engagementHeld", "engagedAsRecommended"})
    public record Stakeholder(String id, String name, String category, String involvement, int score,
                              String importance, String engagement, String engagementHeld,
                              boolean engagedAsRecommended) {

        static Stakeholder of(StakeholderAssessment a) {
            return new Stakeholder(a.id().value(), a.name(), a.category().name(), a.involvement().name(), a.score(),
                    a.importance().name(), a.engagement().name(), a.engagementHeld().map(Enum::name).orElse(null),
                    a.engagedAsRecommended());
        }
    }

    /** A text in English and Japanese, from the catalogue. */
    public record Label(String en, String ja) {
        static Label of(org.citygov.domain.catalogue.Label label) {
            return new Label(label.en(), label.ja());
        }
    }

    /**
     * Something plausible but unusual in the input (SCENARIO.md, additions of 2026-11-29): never stops the assessment.
     */
    @JsonPropertyOrder({"path", "code", "text"})
    public record WarningEntry(String path, String code, String text) {
        static WarningEntry of(Warning w) {
            return new WarningEntry(w.path(), w.code().name(), w.text());
        }
    }

    /**
     * A law or soft law: {@code id}, {@code reason} and, for a binding law, {@code standing} (APPLIES | TO_CHECK) are
     * the contract's; soft laws have no standing.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "label", "standing", "reason", "source"})
    public record LawEntry(String id, Label label, String standing, String reason, String source) {
        static LawEntry of(ApplicableLaw law) {
            return new LawEntry(law.id().value(), Label.of(law.label()), law.standing().name(), law.reason(),
                    law.source());
        }

        static LawEntry of(ApplicableSoftLaw law) {
            return new LawEntry(law.id().value(), Label.of(law.label()), null, law.reason(), law.source());
        }
    }

    /** The four factors of 5.3 (1) in words. */
    @JsonPropertyOrder({"natureOfInformation", "purpose", "method", "management"})
    public record Factors(String natureOfInformation, String purpose, String method, String management) {
    }

    /** One four-factor judgment; {@code standing} gives each factor's outcome as a code. */
    @JsonPropertyOrder({"flow", "subject", "factors", "standing", "verdict", "cautions", "guidelineRef"})
    public record LegalTestEntry(String flow, String subject, Factors factors, Factors standing, String verdict,
                                 List<String> cautions, String guidelineRef) {
        static LegalTestEntry of(LegalJudgment t) {
            return new LegalTestEntry(t.flow().value(), t.subject().name(),
                    new Factors(t.natureOfInformation(), t.purpose().text(), t.method().text(),
                            t.management().text()),
                    new Factors(t.sensitivity().name(), t.purpose().standing().name(), t.method().standing().name(),
                            t.management().standing().name()),
                    t.verdict().name(), t.cautions(), t.guidelineRef());
        }
    }

    /** One risk; {@code flow}, {@code stage} and {@code harm} are null where they do not apply. */
    @JsonPropertyOrder({"id", "flow", "stage", "focalPoint", "harm", "severity", "likelihood", "level", "rationale",
            "guidelineRef", "question"})
    public record RiskEntry(String id, String flow, String stage, String focalPoint, String harm, int severity,
                            int likelihood, String level, String rationale, String guidelineRef, Label question) {
        static RiskEntry of(Risk r) {
            return new RiskEntry(r.id(), r.flow().map(f -> f.value()).orElse(null),
                    r.stage().map(Enum::name).orElse(null), r.focalPoint().name(),
                    r.harm().map(Enum::name).orElse(null), r.score().severity(), r.score().likelihood(),
                    r.level().name(), r.rationale(), r.guidelineRef(), Label.of(r.question()));
        }
    }

    /**
     * Rule design (5.4): coverage of every risk at a level that must be mitigated (HIGH and CRITICAL by the CityGov
     * default), by substance; excessive rules, conflicts, the 5.4 (4) measures missing (required) or recommended, and
     * the flows judged UNSUITABLE, which keep the project not approvable whatever its rules.
     */
    @JsonPropertyOrder({"approvable", "coverage", "unmitigated", "excessive", "conflicts", "missingRequired",
            "unsuitableFlows", "recommended"})
    public record RulesPart(boolean approvable, List<CoverageEntry> coverage, List<String> unmitigated,
                            List<ExcessiveEntry> excessive, List<ConflictEntry> conflicts,
                            List<RequiredEntry> missingRequired, List<UnsuitableFlowEntry> unsuitableFlows,
                            List<RequiredEntry> recommended) {

        static RulesPart of(RuleCoverage c) {
            return new RulesPart(c.approvable(),
                    c.mitigations().stream().map(CoverageEntry::of).toList(),
                    c.unmitigated().stream().map(m -> m.risk().id()).toList(),
                    c.excessive().stream().map(e -> new ExcessiveEntry(e.rule().id().value(), e.rule().version(),
                            e.why())).toList(),
                    c.conflicts().stream().map(k -> new ConflictEntry(k.framework().value(), k.program().value(),
                            k.kind().name(), k.explanation())).toList(),
                    c.missingRequired().stream().map(r -> new RequiredEntry(r.kind().name(), r.why(),
                            r.guidelineRef())).toList(),
                    c.unsuitableFlows().stream().map(u -> new UnsuitableFlowEntry(u.flow().value(),
                            u.test().subject().name(), u.why(), u.test().guidelineRef())).toList(),
                    c.recommended().stream().map(r -> new RequiredEntry(r.kind().name(), r.why(),
                            r.guidelineRef())).toList());
        }
    }

    /**
     * A risk that must be mitigated: whether it is, the rules that mitigate it ({@code mitigatedBy}, and with why in
     * {@code mitigations}), the rules that name it but cannot ({@code cannotMitigate}, with why), and the kinds of rule
     * the mitigation table admits for it ({@code answerableBy}; empty when no rule can answer it).
     */
    @JsonPropertyOrder({"risk", "level", "mitigated", "mitigatedBy", "mitigations", "cannotMitigate", "answerableBy"})
    public record CoverageEntry(String risk, String level, boolean mitigated, List<String> mitigatedBy,
                                List<RuleWhy> mitigations, List<RuleWhy> cannotMitigate, List<String> answerableBy) {
        static CoverageEntry of(RuleCoverage.Mitigation m) {
            return new CoverageEntry(m.risk().id(), m.risk().level().name(), m.mitigated(),
                    m.by().stream().map(r -> r.id().value()).toList(),
                    m.why().stream().map(RuleWhy::of).toList(),
                    m.cannot().stream().map(RuleWhy::of).toList(),
                    m.answerableBy().stream().map(Enum::name).toList());
        }
    }

    /** A rule version and why it does or does not answer a risk. */
    @JsonPropertyOrder({"rule", "version", "why"})
    public record RuleWhy(String rule, int version, String why) {
        static RuleWhy of(RuleCoverage.Answered a) {
            return new RuleWhy(a.rule().id().value(), a.rule().version(), a.why());
        }
    }

    /** A flow the four-factor test judges UNSUITABLE: only changing or removing it makes the project approvable. */
    @JsonPropertyOrder({"flow", "subject", "why", "guidelineRef"})
    public record UnsuitableFlowEntry(String flow, String subject, String why, String guidelineRef) {
    }

    /** A rule that mitigates no analysed risk: possibly excessive (4.2). */
    @JsonPropertyOrder({"rule", "version", "why"})
    public record ExcessiveEntry(String rule, int version, String why) {
    }

    @JsonPropertyOrder({"framework", "program", "kind", "explanation"})
    public record ConflictEntry(String framework, String program, String kind, String explanation) {
    }

    @JsonPropertyOrder({"kind", "why", "guidelineRef"})
    public record RequiredEntry(String kind, String why, String guidelineRef) {
    }

    /** Implementation and evaluation (5.5): KPIs against thresholds, and the revision triggers that fired. */
    @JsonPropertyOrder({"kpis", "triggers"})
    public record EvaluationPart(List<KpiEntry> kpis, List<TriggerEntry> triggers) {

        static EvaluationPart of(ProjectEvaluation e) {
            return new EvaluationPart(e.kpis().stream().map(KpiEntry::of).toList(),
                    e.triggers().stream().map(t -> new TriggerEntry(triggerKind(t), t.describe(),
                            ProjectEvaluation.RETURNS_TO.name())).toList());
        }

        private static String triggerKind(RevisionTrigger trigger) {
            return switch (trigger) {
                case RevisionTrigger.KpiBreach b -> "KPI_BREACH";
                case RevisionTrigger.CatalogueEditionChanged c -> "CATALOGUE_EDITION_CHANGE";
                case RevisionTrigger.Declared d -> d.event().kind().name();
                case RevisionTrigger.IncidentReviewed i -> "INCIDENT_REVIEWED";
            };
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "kind", "threshold", "latest", "status", "trend"})
    public record KpiEntry(String id, String kind, ThresholdEntry threshold, MeasurementEntry latest, String status,
                           String trend) {
        static KpiEntry of(KpiEvaluation k) {
            return new KpiEntry(k.kpi().value(), k.kind().name(),
                    new ThresholdEntry(k.threshold().direction().name(), k.threshold().value()),
                    k.latest().map(m -> new MeasurementEntry(m.on().toString(), m.value())).orElse(null),
                    k.status().name(), k.trend().name());
        }
    }

    public record ThresholdEntry(String direction, double value) {
    }

    public record MeasurementEntry(String on, double value) {
    }

    /** A fired revision trigger and the step the loop returns to. */
    @JsonPropertyOrder({"kind", "description", "returnsTo"})
    public record TriggerEntry(String kind, String description, String returnsTo) {
    }

    public static AssessmentDocument of(ProjectAssessment assessment) {
        return new AssessmentDocument(FORMAT, assessment.project().value(), assessment.catalogVersion(),
                assessment.warnings().stream().map(WarningEntry::of).toList(),
                assessment.stakeholders().stream().map(Stakeholder::of).toList(),
                assessment.laws().stream().map(LawEntry::of).toList(),
                assessment.softLaws().stream().map(LawEntry::of).toList(),
                assessment.legalTests().stream().map(LegalTestEntry::of).toList(),
                assessment.risks().stream().map(RiskEntry::of).toList(),
                assessment.rules().map(RulesPart::of).orElse(null),
                assessment.evaluation().map(EvaluationPart::of).orElse(null));
    }
}
