package org.citygov.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.access.Role;
import org.citygov.domain.design.RuleSuggestions;
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

        /** Approves the draft version; the approver recorded is the command's actor, never a name given here. */
        record ApproveRule(RuleId id, LocalDate on) implements Change { }

        record PutInForce(RuleId id) implements Change { }

        record RetireRule(RuleId id) implements Change { }
    }

    /**
     * @param actor who makes the change, as authenticated: an approval is recorded in this name
     * @param role  the part the actor plays; approving, putting in force and retiring need one that
     *              {@linkplain Role#approvesRules() approves rules}
     */
    record Command(ProjectId project, Change change, Actor actor, Role role, OptionalLong expectedVersion) {
        public Command {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }

        public Command(ProjectId project, Change change, Actor actor, Role role) {
            this(project, change, actor, role, OptionalLong.empty());
        }
    }

    /**
     * NOT_FOUND for an unknown project or rule, CONFLICT for a step the rule's life does not allow, INVALID for a new
     * rule that is not a DRAFT, FORBIDDEN for an approval, putting in force or retirement by a role that does not
     * approve rules.
     */
    Result<GovernanceProject> design(Command command);

    /** Every version of a rule, oldest first. */
    Result<List<Rule>> history(ProjectId project, RuleId rule);

    /** What changed between two versions of a rule. */
    Result<RuleDiff> diff(ProjectId project, RuleId rule, int fromVersion, int toVersion);

    /**
     * What would close the gaps of a stored project's rule design: draft rules the mitigation table accepts, changes
     * to UNSUITABLE flows, and what the process must do.
     */
    Result<RuleSuggestions> suggest(ProjectId project);

    /** The same for described parts (a scenario); INVALID with every broken invariant. */
    Result<RuleSuggestions> suggest(ProjectParts parts);
}
