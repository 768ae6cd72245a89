package org.citygov.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.citygov.application.port.in.HandleIncidents;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.ProjectChange;
import org.citygov.application.port.out.Projects;
import org.citygov.application.port.out.RuleChanges;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.evaluation.RevisionTrigger;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Finding;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.platform.IncidentLoop;
import org.citygov.domain.platform.IncidentRuleCheck;
import org.citygov.domain.platform.MarketRules;
import org.citygov.domain.platform.PlatformAssessment;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/** Runs incident handling against the stored projects; the deadlines, triggers and rule checks are the domain's. */
public final class IncidentService implements HandleIncidents {

    private final Projects projects;
    private final Catalogue catalogue;
    private final Clock clock;
    private final ProjectUpdates updates;

    public IncidentService(Projects projects, Catalogue catalogue, Clock clock) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.updates = new ProjectUpdates(projects, RuleChanges.NONE);
    }

    private MarketRules rules() {
        return MarketRules.defaults(catalogue.edition().version());
    }

    @Override
    public Due due(DataMarket market, Instant at) {
        PlatformAssessment assessment = market.assess(at, rules());
        return new Due(at, assessment.incidents().stream()
                .flatMap(r -> r.pending().stream().map(d -> new Pending(r.id(), d))).toList());
    }

    @Override
    public Due due(DataMarket market) {
        return due(market, clock.now());
    }

    @Override
    public Result<List<ProjectOutcome>> feedBack(DataMarket market, IncidentId id, Actor actor) {
        Optional<Incident> found = market.incident(id);
        if (found.isEmpty()) {
            return Result.notFound("platform " + market.platform().id() + " has no incident " + id);
        }
        Incident incident = found.get();
        Instant now = clock.now();
        if (incident.events().stream().noneMatch(e -> e.status() == Incident.Status.REVIEWED
                && !e.at().isAfter(now))) {
            return Result.conflict("incident " + id + " has not been REVIEWED; the loop takes up what its"
                    + " post-incident review found");
        }
        MarketRules rules = rules();
        List<ProjectOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<ProjectId, List<DataAssetId>> touched : IncidentLoop.touched(incident, market.sources())
                .entrySet()) {
            ProjectId projectId = touched.getKey();
            Optional<GovernanceProject> stored = projects.find(projectId);
            if (stored.isEmpty()) {
                outcomes.add(new ProjectOutcome(projectId, Status.NOT_FOUND, "no project \"" + projectId
                        + "\" is stored here", List.of(), Optional.empty()));
                continue;
            }
            GovernanceProject project = stored.get();
            List<DataAssetId> held = touched.getValue().stream().filter(a -> project.dataAsset(a).isPresent())
                    .toList();
            List<Finding> findings = held.isEmpty() ? List.of()
                    : IncidentRuleCheck.check(project, held, market.platform());
            Optional<RevisionTrigger.IncidentReviewed> trigger = IncidentLoop.trigger(incident, market, project,
                    now, rules);
            if (trigger.isEmpty()) {
                outcomes.add(new ProjectOutcome(projectId, Status.NOT_TRIGGERED, held.isEmpty()
                        ? "the project holds none of the assets " + touched.getValue()
                        : "the project started a revision after the incident was reviewed", findings,
                        Optional.empty()));
                continue;
            }
            Result<GovernanceProject> revised = updates.update(projectId, OptionalLong.of(project.version()),
                    p -> p.reviseFromTriggers(catalogue.edition().version(), List.of(trigger.get()), actor, now),
                    p -> new ProjectChange(actor, now, "started a new revision: "
                            + p.cycle().history().getLast().reason()));
            outcomes.add(switch (revised) {
                case Result.Success<GovernanceProject> s -> new ProjectOutcome(projectId, Status.REVISED,
                        s.value().cycle().history().getLast().reason(), findings, Optional.of(s.value()));
                case Result.Failure<GovernanceProject> f -> new ProjectOutcome(projectId, Status.CONFLICT,
                        f.message(), findings, Optional.empty());
            });
        }
        return Result.success(outcomes);
    }
}
