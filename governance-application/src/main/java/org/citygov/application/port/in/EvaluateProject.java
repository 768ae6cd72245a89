package org.citygov.application.port.in;

import java.util.Objects;
import java.util.OptionalLong;

import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiId;
import org.citygov.domain.evaluation.Measurement;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * Implementation and evaluation (5.5) and the turn of the agile loop (3.3): KPIs and their measurements, declared
 * changes, and the new revision they trigger.
 */
public interface EvaluateProject {

    sealed interface Input {
        record AddKpi(Kpi kpi) implements Input { }

        record Measure(KpiId kpi, Measurement measurement) implements Input { }

        record Declare(ProjectEvent event) implements Input { }
    }

    /** @param expectedVersion the project's version the input was based on; empty to apply it to whatever is stored */
    record Command(ProjectId project, Input input, Actor actor, OptionalLong expectedVersion) {
        public Command {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }

        public Command(ProjectId project, Input input, Actor actor) {
            this(project, input, actor, OptionalLong.empty());
        }
    }

    Result<GovernanceProject> record(Command command);

    /**
     * Sends the cycle back to risk analysis as a new revision when anything triggers one (a KPI breach, a new
     * catalogue edition, a declared change), recording the triggers as its reason; CONFLICT when nothing does or
     * the cycle is not at implementation and evaluation.
     */
    default Result<GovernanceProject> reviseIfTriggered(ProjectId project, Actor actor) {
        return reviseIfTriggered(project, actor, OptionalLong.empty());
    }

    /** As {@link #reviseIfTriggered(ProjectId, Actor)}; CONFLICT also when the project is not at {@code expectedVersion}. */
    Result<GovernanceProject> reviseIfTriggered(ProjectId project, Actor actor, OptionalLong expectedVersion);
}
