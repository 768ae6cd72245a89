package org.citygov.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Finding;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.platform.IncidentReview;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * A platform's incidents as its operator handles them (issue 13, MARKET.md "Incidents"): what notifications are due
 * or overdue, and a reviewed incident fed back into the governance projects whose data it touched (the agile loop of
 * guideline 5.5).
 */
public interface HandleIncidents {

    /** The notifications not yet made at {@code at}, overdue first, incident by incident. */
    Due due(DataMarket market, Instant at);

    /** As {@link #due(DataMarket, Instant)}, now. */
    Due due(DataMarket market);

    /**
     * Sends every stored governance project whose data incident {@code incident} touched (the market's
     * {@code sources}) back to risk analysis, naming the incident, if it was REVIEWED and the project has not revised
     * since; and checks each project's incident rules against the platform's reporting hours. NOT_FOUND when the
     * market has no such incident; CONFLICT when it has not been reviewed (yet).
     */
    Result<List<ProjectOutcome>> feedBack(DataMarket market, IncidentId incident, Actor actor);

    /** What is due, judged at {@code at}. */
    record Due(Instant at, List<Pending> pending) {
        public Due {
            Objects.requireNonNull(at, "at");
            pending = List.copyOf(pending);
        }

        public boolean anythingOverdue() {
            return pending.stream().anyMatch(p -> p.deadline().status() == IncidentReview.DeadlineStatus.OVERDUE);
        }
    }

    /** One notification of one incident still to be made. */
    record Pending(IncidentId incident, IncidentReview.Deadline deadline) {
        public Pending {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /** What became of one project the incident touched. */
    record ProjectOutcome(ProjectId project, Status status, String detail, List<Finding> findings,
                          Optional<GovernanceProject> revised) {
        public ProjectOutcome {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(detail, "detail");
            findings = List.copyOf(findings);
            Objects.requireNonNull(revised, "revised");
        }
    }

    enum Status {
        /** Sent back to risk analysis as a new revision naming the incident. */
        REVISED,
        /** Not sent back: it revised after the review already, or holds none of the assets named. */
        NOT_TRIGGERED,
        /** The sources name a project that is not stored here. */
        NOT_FOUND,
        /** The cycle cannot go back now (it is not at implementation and evaluation), or the save was refused. */
        CONFLICT
    }
}
