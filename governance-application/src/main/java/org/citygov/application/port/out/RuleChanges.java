package org.citygov.application.port.out;

import org.citygov.domain.project.ProjectId;

/**
 * Told after a change of a project that may change what its rules decide has been saved: a rule added, revised,
 * approved, put in force or retired, a data flow or asset changed, a project imported. The data-linkage decision
 * point listens, recompiles the project's policy and swaps it in, so the next decision follows the change without
 * anyone compiling by hand. A listener must not fail the caller: the change is saved already.
 */
@FunctionalInterface
public interface RuleChanges {

    /** Nobody listens. */
    RuleChanges NONE = project -> { };

    void changed(ProjectId project);
}
