package org.citygov.application.port.in;

import java.util.Objects;
import java.util.OptionalLong;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectOverview;
import org.citygov.domain.project.Service;
import org.citygov.domain.project.ServiceId;
import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderId;

/** Adds, replaces or removes one part of a registered project. */
public interface ChangeProject {

    /** One change to a project's parts. */
    sealed interface Change {
        record ReviseOverview(ProjectOverview overview) implements Change { }

        record AddService(Service service) implements Change { }

        record ReplaceService(Service service) implements Change { }

        record RemoveService(ServiceId id) implements Change { }

        record AddStakeholder(Stakeholder stakeholder) implements Change { }

        record ReplaceStakeholder(Stakeholder stakeholder) implements Change { }

        record RemoveStakeholder(StakeholderId id) implements Change { }

        record AddDataAsset(DataAsset asset) implements Change { }

        record ReplaceDataAsset(DataAsset asset) implements Change { }

        record RemoveDataAsset(DataAssetId id) implements Change { }

        record AddDataFlow(DataFlow flow) implements Change { }

        record ReplaceDataFlow(DataFlow flow) implements Change { }

        record RemoveDataFlow(DataFlowId id) implements Change { }
    }

    /**
     * @param expectedVersion when present, the version the caller last saw; the change is refused with CONFLICT if
     *                        the project has moved on since
     */
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

    /** NOT_FOUND for an unknown project or part, INVALID with violations, CONFLICT for a stale or blocked change. */
    Result<GovernanceProject> change(Command command);
}
