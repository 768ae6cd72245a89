package org.citygov.application.port.in;

import java.util.Objects;
import java.util.OptionalLong;

import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.StakeholderId;

/** Records an engagement activity held with a stakeholder: a briefing, a survey, a living-lab session… */
public interface RecordEngagement {

    /** @param expectedVersion when present, the version the caller last saw (CONFLICT if the project moved on) */
    record Command(ProjectId project, StakeholderId stakeholder, EngagementActivity activity, Actor actor,
                   OptionalLong expectedVersion) {
        public Command {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(stakeholder, "stakeholder");
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }

        public Command(ProjectId project, StakeholderId stakeholder, EngagementActivity activity, Actor actor) {
            this(project, stakeholder, activity, actor, OptionalLong.empty());
        }
    }

    Result<GovernanceProject> record(Command command);
}
