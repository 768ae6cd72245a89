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
import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.evaluation.KpiKind;
import org.citygov.domain.evaluation.Threshold;
import org.citygov.domain.law.LawStanding;
import org.citygov.domain.law.LegalSubject;
import org.citygov.domain.law.Sensitivity;
import org.citygov.domain.law.Standing;
import org.citygov.domain.law.Verdict;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.risk.RiskLevel;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.Importance;
import org.citygov.domain.stakeholder.Involvement;
import org.citygov.domain.stakeholder.StakeholderCategory;

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
                                 List<LegalTestEntry> legalTests, List<RiskEntry> risks, @Nullable RulesPart rules,
                                 @Nullable EvaluationPart evaluation) {

    public static final String FORMAT = "citygov/1";

    /** One stakeholder's analysis; {@code importance} and {@code engagement} are the contract's, the rest explains. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "category", "involvement", "score", "importance", "engagement",
            "engagementHeld", "engagedAsRecommended"})
    public record Stakeholder(String id, String name, StakeholderCategory category, Involvement involvement,
                              int score, Importance importance, EngagementFormat engagement,
                              @Nullable EngagementFormat engagementHeld, boolean engagedAsRecommended) {

        static Stakeholder of(StakeholderAssessment a) {
            return new Stakeholder(a.id().value(), a.name(), a.category(), a.involvement(), a.score(),
                    a.importance(), a.engagement(), a.engagementHeld().orElse(null), a.engagedAsRecommended());
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
    public record WarningEntry(String path, Warning.Code code, String text) {
        static WarningEntry of(Warning w) {
            return new WarningEntry(w.path(), w.code(), w.text());
        }
    }

    /**
     * A law or soft law: {@code id}, {@code reason} and, for a binding law, {@code standing} (APPLIES | TO_CHECK) are
     * the contract's; soft laws have no standing.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "label", "standing", "reason", "source"})
    public record LawEntry(String id, Label label, @Nullable LawStanding standing, String reason, String source) {
        static LawEntry of(ApplicableLaw law) {
            return new LawEntry(law.id().value(), Label.of(law.label()), law.standing(), law.reason(),
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

    /** Each of the four factors' outcome as a code: the information's sensitivity, the others' standing. */
    @JsonPropertyOrder({"natureOfInformation", "purpose", "method", "management"})
    public record Standings(Sensitivity natureOfInformation, Standing purpose, Standing method, Standing management) {
    }

    /** One four-factor judgment; {@code standing} gives each factor's outcome as a code. */
    @JsonPropertyOrder({"flow", "subject", "factors", "standing", "verdict", "cautions", "guidelineRef"})
    public record LegalTestEntry(String flow, LegalSubject subject, Factors factors, Standings standing,
                                 Verdict verdict, List<String> cautions, String guidelineRef) {
        static LegalTestEntry of(LegalJudgment t) {
            return new LegalTestEntry(t.flow().value(), t.subject(),
                    new Factors(t.natureOfInformation(), t.purpose().text(), t.method().text(),
                            t.management().text()),
                    new Standings(t.sensitivity(), t.purpose().standing(), t.method().standing(),
                            t.management().standing()),
                    t.verdict(), t.cautions(), t.guidelineRef());
        }
    }

    /** One risk; {@code flow}, {@code stage} and {@code harm} are null where they do not apply. */
    @JsonPropertyOrder({"id", "flow", "stage", "focalPoint", "harm", "severity", "likelihood", "level", "rationale",
            "guidelineRef", "question"})
    public record RiskEntry(String id, @Nullable String flow, @Nullable LifecycleStage stage, FocalPoint focalPoint,
                            @Nullable PrivacyHarm harm, int severity, int likelihood, RiskLevel level,
                            String rationale, String guidelineRef, Label question) {
        static RiskEntry of(Risk r) {
            return new RiskEntry(r.id(), r.flow().map(f -> f.value()).orElse(null), r.stage().orElse(null),
                    r.focalPoint(), r.harm().orElse(null), r.score().severity(), r.score().likelihood(), r.level(),
                    r.rationale(), r.guidelineRef(), Label.of(r.question()));
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
                            k.kind(), k.explanation())).toList(),
                    c.missingRequired().stream().map(r -> new RequiredEntry(r.kind(), r.why(),
                            r.guidelineRef())).toList(),
                    c.unsuitableFlows().stream().map(u -> new UnsuitableFlowEntry(u.flow().value(),
                            u.test().subject(), u.why(), u.test().guidelineRef())).toList(),
                    c.recommended().stream().map(r -> new RequiredEntry(r.kind(), r.why(),
                            r.guidelineRef())).toList());
        }
    }

    /**
     * A risk that must be mitigated: whether it is, the rules that mitigate it ({@code mitigatedBy}, and with why in
     * {@code mitigations}), the rules that name it but cannot ({@code cannotMitigate}, with why), and the kinds of rule
     * the mitigation table admits for it ({@code answerableBy}; empty when no rule can answer it).
     */
    @JsonPropertyOrder({"risk", "level", "mitigated", "mitigatedBy", "mitigations", "cannotMitigate", "answerableBy"})
    public record CoverageEntry(String risk, RiskLevel level, boolean mitigated, List<String> mitigatedBy,
                                List<RuleWhy> mitigations, List<RuleWhy> cannotMitigate,
                                List<RuleKind> answerableBy) {
        static CoverageEntry of(RuleCoverage.Mitigation m) {
            return new CoverageEntry(m.risk().id(), m.risk().level(), m.mitigated(),
                    m.by().stream().map(r -> r.id().value()).toList(),
                    m.why().stream().map(RuleWhy::of).toList(),
                    m.cannot().stream().map(RuleWhy::of).toList(),
                    m.answerableBy());
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
    public record UnsuitableFlowEntry(String flow, LegalSubject subject, String why, String guidelineRef) {
    }

    /** A rule that mitigates no analysed risk: possibly excessive (4.2). */
    @JsonPropertyOrder({"rule", "version", "why"})
    public record ExcessiveEntry(String rule, int version, String why) {
    }

    @JsonPropertyOrder({"framework", "program", "kind", "explanation"})
    public record ConflictEntry(String framework, String program, RuleKind kind, String explanation) {
    }

    @JsonPropertyOrder({"kind", "why", "guidelineRef"})
    public record RequiredEntry(RuleKind kind, String why, String guidelineRef) {
    }

    /** Implementation and evaluation (5.5): KPIs against thresholds, and the revision triggers that fired. */
    @JsonPropertyOrder({"kpis", "triggers"})
    public record EvaluationPart(List<KpiEntry> kpis, List<TriggerEntry> triggers) {

        static EvaluationPart of(ProjectEvaluation e) {
            return new EvaluationPart(e.kpis().stream().map(KpiEntry::of).toList(),
                    e.triggers().stream().map(t -> new TriggerEntry(triggerKind(t), t.describe(),
                            ProjectEvaluation.RETURNS_TO)).toList());
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
    public record KpiEntry(String id, KpiKind kind, ThresholdEntry threshold, @Nullable MeasurementEntry latest,
                           KpiEvaluation.Status status, KpiEvaluation.Trend trend) {
        static KpiEntry of(KpiEvaluation k) {
            return new KpiEntry(k.kpi().value(), k.kind(),
                    new ThresholdEntry(k.threshold().direction(), k.threshold().value()),
                    k.latest().map(m -> new MeasurementEntry(m.on().toString(), m.value())).orElse(null),
                    k.status(), k.trend());
        }
    }

    public record ThresholdEntry(Threshold.Direction direction, double value) {
    }

    public record MeasurementEntry(String on, double value) {
    }

    /** A fired revision trigger and the step the loop returns to. */
    @JsonPropertyOrder({"kind", "description", "returnsTo"})
    public record TriggerEntry(String kind, String description, GovernanceStep returnsTo) {
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
