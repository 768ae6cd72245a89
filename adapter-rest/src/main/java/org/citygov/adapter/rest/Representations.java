package org.citygov.adapter.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.TokenInfo;
import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.domain.access.Role;
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
    record ProjectSummary(String id, String name, PromotionStage stage, GovernanceStep step, int revision,
                          long version) {
        static ProjectSummary of(GovernanceProject p) {
            return new ProjectSummary(p.id().value(), p.overview().name(), p.overview().stage(), p.cycle().step(),
                    p.cycle().revision(), p.version());
        }
    }

    /** Where a project's cycle stands, in a project. */
    record CyclePosition(GovernanceStep step, int revision) {
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
                   List<ScenarioDocument.Rule> rules, List<ScenarioDocument.Kpi> kpis,
                   List<ScenarioDocument.Event> events, String catalogVersion) {
    }

    /** The governance cycle of a project: where it stands and what the next step needs. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cycle(String project, long version, GovernanceStep step, String guidelineSection, int revision,
                 GovernanceStep nextStep, List<String> missingForNextStep, int transitions) {
        static Cycle of(GovernanceProject p) {
            GovernanceStep step = p.cycle().step();
            GovernanceStep next = step == GovernanceStep.IMPLEMENTATION_AND_EVALUATION ? GovernanceStep.RISK_ANALYSIS
                    : GovernanceStep.values()[step.ordinal() + 1];
            return new Cycle(p.id().value(), p.version(), step, step.guidelineSection(), p.cycle().revision(), next,
                    p.missingToEnter(next), p.cycle().history().size());
        }
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

    /** A rule approved: by whom (the caller's token name when absent) and on which day. */
    record RuleApproval(@Size(min = 1, max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                        String approvedBy,
                        @NotNull LocalDate on) {
    }

    /** What changed between two versions of a rule. */
    record RuleDiff(String rule, int fromVersion, int toVersion, List<RuleChange> changes) {
        static RuleDiff of(org.citygov.domain.rule.RuleDiff d) {
            return new RuleDiff(d.rule().value(), d.fromVersion(), d.toVersion(), d.changes().stream()
                    .map(c -> new RuleChange(c.field(), c.before(), c.after())).toList());
        }
    }

    /** One changed field of a rule, as text. */
    record RuleChange(String field, String before, String after) {
    }

    /** One entry of a project's audit trail: the save that produced {@code version}. */
    record HistoryEntry(long version, String actor, Instant at, String summary, GovernanceStep step, int revision) {
        static HistoryEntry of(AuditEntry e) {
            return new HistoryEntry(e.version(), e.actor().name(), e.at(), e.summary(), e.step(), e.revision());
        }
    }

    /** A page of a list. */
    record Page<T>(List<T> items, int offset, int limit, int total) {
    }

    /** A request for a new API token. */
    record TokenRequest(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = "must be kebab-case")
            @Size(max = Ids.MAX_ID_LENGTH) String name,
            @NotNull Role role) {
    }

    /** An API token as it may be shown: never the token, never its hash. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Token(String name, Role role, Instant createdAt, Instant revokedAt, boolean active) {
        static Token of(TokenInfo t) {
            return new Token(t.name(), t.role(), t.createdAt(), t.revokedAt().orElse(null), t.active());
        }
    }

    /** A token just issued: the one time its value is shown. */
    record IssuedToken(String token, String name, Role role, Instant createdAt) {
    }

    /** {@code /health} and {@code /ready}. */
    record Status(String status) {
    }
}
