package org.citygov.domain.linkage;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;

/**
 * The city OS's policy decision point: the compiled rules in force and the consent registry. Decisions read the
 * current {@link CompiledPolicy} through one volatile read and never lock; recompiling a project (when a rule
 * version changes) builds the next policy aside and swaps it in, so decisions in flight finish on the old one and
 * the next ones see the new one.
 */
public final class DecisionPoint {

    private final AtomicReference<CompiledPolicy> policy = new AtomicReference<>(CompiledPolicy.empty());
    private final ConsentRegistry consents;

    public DecisionPoint(ConsentRegistry consents) {
        this.consents = Objects.requireNonNull(consents, "consents");
    }

    public Decision decide(LinkageRequest request) {
        return policy.get().decide(request, consents);
    }

    /** Compiles a project's effective rules and flows (as its assessment judges them) into the policy. */
    public CompiledPolicy compile(GovernanceProject project, ProjectAssessment assessment) {
        return policy.updateAndGet(current -> current.with(project, assessment));
    }

    public CompiledPolicy remove(ProjectId project) {
        return policy.updateAndGet(current -> current.without(project));
    }

    public CompiledPolicy policy() {
        return policy.get();
    }

    public ConsentRegistry consents() {
        return consents;
    }
}
