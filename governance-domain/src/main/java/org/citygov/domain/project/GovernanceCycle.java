package org.citygov.domain.project;

import org.citygov.domain.shared.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;
import org.citygov.domain.stakeholder.Stakeholder;

/**
 * The governance process of 4.2 as a state machine: overview → laws and regulations → risk analysis → rule design →
 * implementation and evaluation, and from evaluation back to risk analysis as a new revision. A step is entered only
 * when its prerequisites hold in the project; a refused move is a {@link Result.Reason#CONFLICT} failure that lists
 * what is missing. Every move is kept, with actor, time and reason.
 */
public record GovernanceCycle(CycleState state, List<CycleTransition> history) {

    public GovernanceCycle {
        Objects.requireNonNull(state, "state");
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a cycle's history starts with its START transition");
        }
        CycleTransition last = history.getLast();
        if (last.to() != state.step() || last.revision() != state.revision()) {
            throw new IllegalArgumentException("the cycle's state " + state.step() + " (revision " + state.revision()
                    + ") does not match its last transition to " + last.to() + " (revision " + last.revision() + ")");
        }
    }

    static final String NO_STANDARDS = Messages.text("gate.noStandards");

    static GovernanceCycle start(Actor actor, Instant at) {
        CycleState initial = CycleState.initial();
        return new GovernanceCycle(initial, List.of(new CycleTransition(CycleTransition.Kind.START,
                initial.step(), initial.step(), initial.revision(), actor, at, "project registered")));
    }

    public GovernanceStep step() {
        return state.step();
    }

    public int revision() {
        return state.revision();
    }

    /** Moves to the next step if the project meets its prerequisites. */
    Result<GovernanceCycle> advance(GovernanceProject project, Actor actor, Instant at, String reason,
                                    Optional<CycleStandards> standards) {
        if (reason == null || reason.isBlank()) {
            return noReason();
        }
        return switch (state) {
            case CycleState.Advancing advancing -> {
                CycleState next = advancing.next();
                List<Violation> missing = prerequisitesMissing(next.step(), project, standards);
                if (!missing.isEmpty()) {
                    yield Result.conflict(Messages.text("gate.cannotEnter", next.step(), messages(missing)), missing);
                }
                yield Result.success(moveTo(next, CycleTransition.Kind.ADVANCE, actor, at, reason));
            }
            case CycleState.ImplementationAndEvaluation last -> Result.conflict(
                    Messages.text("gate.lastStep", last.step(), GovernanceStep.RISK_ANALYSIS));
        };
    }

    /** From implementation and evaluation back to risk analysis, as the next revision (3.3, 5.5). */
    Result<GovernanceCycle> startNewRevision(GovernanceProject project, Actor actor, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            return noReason();
        }
        return switch (state) {
            case CycleState.ImplementationAndEvaluation evaluation -> {
                List<Violation> missing = prerequisitesMissing(GovernanceStep.RISK_ANALYSIS, project,
                        Optional.empty());
                if (!missing.isEmpty()) {
                    yield Result.conflict(Messages.text("gate.cannotGoBack", GovernanceStep.RISK_ANALYSIS,
                            messages(missing)), missing);
                }
                yield Result.success(moveTo(evaluation.reviseFrom(), CycleTransition.Kind.NEW_REVISION, actor, at,
                        reason));
            }
            case CycleState.Advancing other -> Result.conflict(Messages.text("gate.newRevision",
                    GovernanceStep.IMPLEMENTATION_AND_EVALUATION, other.step(), other.revision()));
        };
    }

    private static Result<GovernanceCycle> noReason() {
        return Result.invalid(List.of(new org.citygov.domain.shared.Violation("reason",
                Messages.text("gate.reasonMissing"))));
    }

    private GovernanceCycle moveTo(CycleState next, CycleTransition.Kind kind, Actor actor, Instant at,
                                   String reason) {
        CycleTransition transition = new CycleTransition(kind, state.step(), next.step(), next.revision(), actor, at,
                reason);
        return new GovernanceCycle(next, Stream.concat(history.stream(), Stream.of(transition)).toList());
    }

    private static String messages(List<Violation> missing) {
        return String.join("; ", missing.stream().map(Violation::message).toList());
    }

    /** What the project still lacks to enter a step, in words; empty when it may. */
    static List<String> missingToEnter(GovernanceStep step, GovernanceProject project,
                                       Optional<CycleStandards> standards) {
        return prerequisitesMissing(step, project, standards).stream().map(Violation::message).toList();
    }

    /**
     * What the project still lacks to enter a step, each with the path of the part it is about ({@code services},
     * {@code stakeholders[2].engagements}, {@code rules}); empty when it may. The guideline orders the steps so that
     * each rests on the previous one's output. Rule design and implementation are judged by a catalogue edition's
     * standards; without them, entering those steps is refused with a note saying so.
     */
    static List<Violation> prerequisitesMissing(GovernanceStep step, GovernanceProject project,
                                                Optional<CycleStandards> standards) {
        List<Violation> missing = new ArrayList<>();
        switch (step) {
            case PROJECT_OVERVIEW -> {
                // always enterable: it is where a project starts
            }
            case LAWS_AND_REGULATIONS -> {
                // which laws apply depends on the services' fields and the kinds of data handled (5.2)
                if (project.services().isEmpty()) {
                    missing.add(new Violation("services", Messages.text("gate.noService")));
                }
                if (project.stakeholders().isEmpty()) {
                    missing.add(new Violation("stakeholders", Messages.text("gate.noStakeholder")));
                }
                if (project.dataAssets().isEmpty()) {
                    missing.add(new Violation("dataAssets", Messages.text("gate.noDataAsset")));
                }
            }
            case RISK_ANALYSIS -> {
                if (project.services().isEmpty()) {
                    missing.add(new Violation("services", Messages.text("gate.riskNeedsService")));
                }
                if (project.dataFlows().isEmpty()) {
                    missing.add(new Violation("dataFlows", Messages.text("gate.riskNeedsFlow")));
                }
            }
            case RULE_DESIGN -> {
                // risk analysis must include the perspectives of the important stakeholders (4.2, 4.3): they must
                // have been heard (Stakeholder.heard), which information distribution alone does not do
                if (standards.isEmpty()) {
                    missing.add(new Violation("", NO_STANDARDS));
                    break;
                }
                List<Stakeholder> stakeholders = project.stakeholders();
                for (int i = 0; i < stakeholders.size(); i++) {
                    Stakeholder s = stakeholders.get(i);
                    var importance = s.importance(standards.get().importance());
                    if (importance.isImportant() && !s.heard()) {
                        missing.add(new Violation("stakeholders[" + i + "].engagements",
                                Messages.text("gate.unheard", importance, s.id())));
                    }
                }
            }
            case IMPLEMENTATION_AND_EVALUATION -> {
                // the rules must answer the analysed risks (5.4), reviewed now, against this very project
                if (standards.isEmpty()) {
                    missing.add(new Violation("", NO_STANDARDS));
                    break;
                }
                standards.get().ruleDesignGaps(project).forEach(gap -> missing.add(new Violation("rules", gap)));
            }
        }
        return missing;
    }
}
