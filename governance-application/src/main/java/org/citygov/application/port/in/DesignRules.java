package org.citygov.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleDiff;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.shared.Result;

/** Rule design (5.4): write, revise, approve, put in force and retire a project's rules; read their history. */
public interface DesignRules {

    sealed interface Change {
        record AddRule(Rule rule) implements Change { }

        record ReviseRule(RuleId id, String text, RuleTerms terms, Set<DataFlowId> appliesTo, Set<String> mitigates)
                implements Change { }

        record ApproveRule(RuleId id, String approvedBy, LocalDate on) implements Change { }

        record PutInForce(RuleId id) implements Change { }

        record RetireRule(RuleId id) implements Change { }
    }

    record Command(ProjectId project, Change change, Actor actor, OptionalLong expectedVersion) {
        public Command {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }

        public Command(ProjectId project, Change change, Actor actor) {
            this(project, change, actor, OptionalLong.empty());
        }
    }

    /** NOT_FOUND for an unknown project or rule, CONFLICT for a step the rule's life does not allow. */
    Result<GovernanceProject> design(Command command);

    /** Every version of a rule, oldest first. */
    Result<List<Rule>> history(ProjectId project, RuleId rule);

    /** What changed between two versions of a rule. */
    Result<RuleDiff> diff(ProjectId project, RuleId rule, int fromVersion, int toVersion);

    /** Draft rules that would close the gaps of a stored project's rule design. */
    Result<List<Rule>> suggest(ProjectId project);

    /** Draft rules that would close the gaps of described parts (a scenario); INVALID with every broken invariant. */
    Result<List<Rule>> suggest(ProjectParts parts);
}
