package org.citygov.adapter.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.citygov.application.port.in.DecideLinkage;
import org.citygov.application.report.Nullable;
import org.citygov.application.port.in.ExerciseRights;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.TokenInfo;
import org.citygov.application.report.TreeHeadDocument;
import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.domain.access.Role;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentId;
import org.citygov.domain.linkage.ConsentRecord;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.project.AuditEntry;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.project.PromotionStage;
import org.citygov.domain.shared.Ids;

/**
 * What the API sends and receives besides the scenario format's own shapes. Each record is a schema of the API
 * document under the same name ({@link OpenApiDocument}); field names are the JSON names.
 */
final class Representations {

    private Representations() {
    }

    /** One project in a list. */
    record ProjectSummary(String id, String name, PromotionStage stage, CyclePosition cycle, long version) {
        static ProjectSummary of(GovernanceProject p, CyclePosition cycle) {
            return new ProjectSummary(p.id().value(), p.overview().name(), p.overview().stage(), cycle, p.version());
        }
    }

    /**
     * Where a project's governance cycle stands, one shape wherever it appears (a project, a project in a list, the
     * cycle's own resource): the step and its section of the guideline, the revision, the step a move goes to next,
     * what the project still lacks for it, and how many moves are recorded.
     */
    record CyclePosition(GovernanceStep step, String guidelineSection, @Min(1) int revision, GovernanceStep nextStep,
                         List<Missing> missingForNextStep, @Min(1) int transitions) {
        /** @param missing what the project lacks for its next step (judged by the edition in use) */
        static CyclePosition of(GovernanceProject p, List<org.citygov.domain.shared.Violation> missing) {
            GovernanceStep step = p.cycle().step();
            GovernanceStep next = step == GovernanceStep.IMPLEMENTATION_AND_EVALUATION ? GovernanceStep.RISK_ANALYSIS
                    : GovernanceStep.values()[step.ordinal() + 1];
            return new CyclePosition(step, step.guidelineSection(), p.cycle().revision(), next,
                    missing.stream().map(Missing::of).toList(), p.cycle().history().size());
        }
    }

    /** One thing a project lacks for a step of its cycle: the part it is about (its path) and what is missing. */
    record Missing(String path, String message) {
        static Missing of(org.citygov.domain.shared.Violation v) {
            return new Missing(v.path(), v.message());
        }
    }

    /**
     * A project: its described parts, written as the scenario format writes them, and where its cycle stands. Rules
     * (every version), KPIs, declared events and the catalogue edition the rules were designed under are left out
     * when the project has none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Project(String id, long version, CyclePosition cycle, ScenarioDocument.Project overview,
                   List<ScenarioDocument.Service> services, List<ScenarioDocument.Stakeholder> stakeholders,
                   List<ScenarioDocument.DataAsset> dataAssets, List<ScenarioDocument.DataFlow> dataFlows,
                   @Nullable List<ScenarioDocument.Rule> rules, @Nullable List<ScenarioDocument.Kpi> kpis,
                   @Nullable List<ScenarioDocument.Event> events, @Nullable String catalogVersion) {
    }

    /** One recorded move of the cycle; {@code sequence} counts from 1 (the project's registration). */
    record Transition(int sequence, CycleTransition.Kind kind, GovernanceStep from, GovernanceStep to, int revision,
                      String actor, Instant at, String reason) {
        static Transition of(int sequence, CycleTransition t) {
            return new Transition(sequence, t.kind(), t.from(), t.to(), t.revision(), t.actor().name(), t.at(),
                    t.reason());
        }
    }

    /** A request to move the cycle. */
    record CycleMove(@NotNull MoveCycle.Direction direction, @NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * A rule approved on a day, by the authenticated caller. {@code approvedBy} is read only to refuse it with a
     * message that says why (an approval is never recorded in another's name).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RuleApproval(@Nullable String approvedBy, @NotNull LocalDate on) {
    }

    /** What changed between two versions of a rule. */
    record RuleDiff(String rule, int fromVersion, int toVersion, List<RuleChange> changes) {
        static RuleDiff of(org.citygov.domain.rule.RuleDiff d) {
            return new RuleDiff(d.rule().value(), d.fromVersion(), d.toVersion(), d.changes().stream()
                    .map(c -> new RuleChange(c.field(), c.before(), c.after())).toList());
        }
    }

    /**
     * What the rule suggestions of a project propose that is not a rule: for each data flow judged UNSUITABLE, that it
     * be changed (purpose or method) or removed, with the judgment's cautions and the guideline's reference; and what
     * the process must do ({@code byTheProcess}). The texts are the domain's, in English.
     */
    record RuleProposals(String project, List<FlowChange> flowChanges, List<String> byTheProcess) {
        static RuleProposals of(String project, org.citygov.domain.design.RuleSuggestions s) {
            return new RuleProposals(project, s.flowChanges().stream().map(c -> new FlowChange(c.flow().value(),
                    c.proposal(), c.cautions(), c.guidelineRef())).toList(), s.byTheProcess());
        }
    }

    /** A proposal to change or remove a data flow instead of mitigating it with a rule. */
    record FlowChange(String flow, String proposal, List<String> cautions, String guidelineRef) {
    }

    /** One changed field of a rule, as text. */
    record RuleChange(String field, String before, String after) {
    }

    /** One entry of a project's audit trail: the save that produced {@code version}. */
    /** That a project's public page is published, by whom, since when. */
    record PublicationMark(String project, String publishedBy, String publishedAt) {
    }

    record HistoryEntry(long version, String actor, Instant at, String summary, GovernanceStep step, int revision) {
        static HistoryEntry of(AuditEntry e) {
            return new HistoryEntry(e.version(), e.actor().name(), e.at(), e.summary(), e.step(), e.revision());
        }
    }

    /** A page of a list. */
    record Page<T>(List<T> items, @Min(0) int offset, @Min(1) @Max(Http.MAX_LIMIT) int limit, @Min(0) int total) {
    }

    /** The type of a page of {@code item}s, for the API document. */
    static java.lang.reflect.Type pageOf(java.lang.reflect.Type item) {
        return SchemaGenerator.generic(Page.class, item);
    }

    /**
     * An RFC 9457 problem: every error the API answers. {@code errors} lists each invalid field of a 400;
     * {@code missing} what a refused move of the cycle still needs (409), each with where and what.
     */
    record Problem(String type, String title, @Min(400) @Max(599) int status, String detail, String instance,
                   @Nullable String requestId,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ApiProblem.FieldError> errors,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Missing> missing,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY)
                   List<org.citygov.application.platform.PlatformAssessmentDocument.FindingEntry> findings) {
    }

    /** A request for a new API token. */
    record TokenRequest(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = "must be kebab-case")
            @Size(max = Ids.MAX_ID_LENGTH) String name,
            @NotNull Role role) {
    }

    /** An API token as it may be shown: never the token, never its hash. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Token(String name, Role role, Instant createdAt, @Nullable Instant revokedAt, boolean active) {
        static Token of(TokenInfo t) {
            return new Token(t.name(), t.role(), t.createdAt(), t.revokedAt().orElse(null), t.active());
        }
    }

    /** A token just issued: the one time its value is shown. */
    record IssuedToken(String token, String name, Role role, Instant createdAt) {
    }

    /** {@code /health} and {@code /ready}. */
    record HealthStatus(String status) {
    }

    // ---- data linkage -------------------------------------------------------------------------------------------

    /** One linkage of a subject's data as the log records it: who was to receive what, why, when, under which rule. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Linkage(long sequence, LinkageRecord.Kind kind, Instant at, String project, String party,
                   @Nullable String role, String asset, PurposeKind purpose, List<String> fields,
                   Decision.Outcome outcome, List<String> obligations, @Nullable String flow, List<String> rules,
                   List<String> consents, String reason, @Nullable Long decisionSequence) {
        static Linkage of(ExerciseRights.Linkage linkage) {
            LinkageRecord r = linkage.record();
            return new Linkage(linkage.sequence(), r.kind(), r.at(), r.request().project().value(),
                    r.request().party().value(), r.request().role().orElse(null), r.request().asset().value(),
                    r.request().purpose(), r.request().fields().stream().sorted().toList(), r.outcome(),
                    r.obligations().stream().map(Object::toString).toList(),
                    r.flow().map(DataFlowId::value).orElse(null),
                    r.rules().stream().map(Object::toString).toList(),
                    r.consents().stream().map(ConsentId::value).toList(), r.reason(),
                    r.decisionSequence().isPresent() ? r.decisionSequence().getAsLong() : null);
        }
    }

    /** A consent of the caller's, active or withdrawn. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Consent(String id, String project, String asset, PurposeKind purpose, Instant grantedAt,
                   @Nullable Instant withdrawnAt, boolean active) {
        static Consent of(ConsentRecord c) {
            return new Consent(c.id().value(), c.project().value(), c.asset().value(), c.purpose(), c.grantedAt(),
                    c.withdrawnAt().orElse(null), c.active());
        }
    }

    /** A consent given: to which data asset of which project, for which kind of purpose. */
    record ConsentGrant(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = "must be kebab-case")
            @Size(max = Ids.MAX_ID_LENGTH) String project,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = "must be kebab-case")
            @Size(max = Ids.MAX_ID_LENGTH) String asset,
            @NotNull PurposeKind purpose) {
    }

    /** A request to correct data held about the caller. */
    record CorrectionFiling(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = "must be kebab-case")
            @Size(max = Ids.MAX_ID_LENGTH) String project,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = "must be kebab-case")
            @Size(max = Ids.MAX_ID_LENGTH) String asset,
            @NotBlank @Size(max = 4000) String correction) {
    }

    /** A correction request and where it stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Correction(String id, String project, String asset, String correction, Instant filedAt,
                      CorrectionRequest.State state, @Nullable String answer, @Nullable Instant answeredAt) {
        static Correction of(CorrectionRequest c) {
            return switch (c) {
                case CorrectionRequest.Open o -> new Correction(o.id(), o.project().value(), o.asset().value(),
                        o.correction(), o.filedAt(), CorrectionRequest.State.OPEN, null, null);
                case CorrectionRequest.Resolved r -> new Correction(r.id(), r.project().value(), r.asset().value(),
                        r.correction(), r.filedAt(), CorrectionRequest.State.RESOLVED, r.note(), r.resolvedAt());
                case CorrectionRequest.Rejected r -> new Correction(r.id(), r.project().value(), r.asset().value(),
                        r.correction(), r.filedAt(), CorrectionRequest.State.REJECTED, r.reason(), r.rejectedAt());
            };
        }
    }

    /** A correction request as the operator sees it: whose it is, what it asks, where it stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CorrectionCase(String id, String subject, String project, String asset, String correction,
                          Instant filedAt, CorrectionRequest.State state, @Nullable String answer,
                          @Nullable Instant answeredAt, @Nullable String answeredBy) {
        static CorrectionCase of(CorrectionRequest c) {
            Correction seen = Correction.of(c);
            return new CorrectionCase(c.id(), c.subject().value(), seen.project(), seen.asset(), seen.correction(),
                    seen.filedAt(), c.state(), seen.answer(), seen.answeredAt(),
                    c.answeredBy().map(a -> a.name()).orElse(null));
        }
    }

    /** How the operator answers a correction request. */
    enum CorrectionOutcome {
        /** The data was corrected (as asked, or as the note says). */
        RESOLVED,
        /** The data stays as it is, for the reason the note gives. */
        REJECTED
    }

    /** The operator's answer to an open correction request; the subject reads the note. */
    record CorrectionAnswer(@NotNull CorrectionOutcome outcome, @NotBlank @Size(max = 4000) String note) {
    }

    /** The proof that an entry is in the signed tree: the entry's text and hashes, the head, the audit path. */
    record InclusionProof(long sequence, String body, String leafHash, TreeHeadDocument head, List<String> path) {
    }

    /** The proof that the log of {@code from} entries is a prefix of the log of {@code to} entries. */
    record ConsistencyProof(long from, long to, TreeHeadDocument head, List<String> path) {
    }

    /** A request for a linkage decision; no subject means data aggregated over every subject. */
    record DecisionRequest(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = "must be kebab-case")
            @Size(max = Ids.MAX_ID_LENGTH) String project,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = "must be kebab-case")
            @Size(max = Ids.MAX_ID_LENGTH) String party,
            @Nullable @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            String role,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = "must be kebab-case")
            @Size(max = Ids.MAX_ID_LENGTH) String asset,
            @NotNull PurposeKind purpose,
            @Nullable @Size(min = 1, max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            String subject,
            @NotNull @Size(min = 1, max = 200) List<@NotBlank @Size(max = 200) String> fields) {
    }

    /** A decision, as logged: its log sequence number, outcome, obligations and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LoggedDecision(long sequence, Decision.Outcome outcome, List<String> obligations, @Nullable String flow,
                          List<String> rules, List<String> consents, String reason, long policyGeneration,
                          String explanation) {
        static LoggedDecision of(DecideLinkage.Logged logged) {
            Decision d = logged.decision();
            return new LoggedDecision(logged.entry().sequence(), d.outcome(),
                    d.obligations().stream().map(Object::toString).toList(),
                    d.flow().map(DataFlowId::value).orElse(null), d.rules().stream().map(Object::toString).toList(),
                    d.consents().stream().map(ConsentId::value).toList(), d.reason(), d.policyGeneration(),
                    logged.explanation());
        }
    }
}
