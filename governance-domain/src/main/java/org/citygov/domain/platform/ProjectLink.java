package org.citygov.domain.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Messages;

/**
 * The platform seen from one governance project its offers' data comes from (the assessment's optional
 * {@code projects} part, added to MARKET.md's output): the offers that carry the project's data, what is wrong
 * between them ({@link ProjectProvenance}, {@link IncidentRuleCheck}) and the reviewed incidents that send the
 * project back to risk analysis ({@link IncidentLoop}). It does not enter {@code acceptable}, which MARKET.md
 * defines; a project the caller does not know is {@code project-asset-missing}.
 */
public record ProjectLink(ProjectId project, List<OfferId> offers, List<Finding> findings,
                          List<IncidentId> revisionTriggers) {

    public ProjectLink {
        Objects.requireNonNull(project, "project");
        offers = List.copyOf(offers);
        findings = List.copyOf(findings);
        revisionTriggers = List.copyOf(revisionTriggers);
    }

    /** One link per project the market's sources name, in the order they first name it. */
    static List<ProjectLink> of(DataMarket market, Function<ProjectId, Optional<GovernanceProject>> projects,
                                Instant at, MarketRules rules) {
        Map<ProjectId, List<OfferSource>> byProject = new LinkedHashMap<>();
        market.sources().forEach(s -> byProject.computeIfAbsent(s.project(), k -> new ArrayList<>()).add(s));
        List<ProjectLink> links = new ArrayList<>();
        byProject.forEach((id, sources) -> {
            List<OfferId> offers = sources.stream().map(OfferSource::offer).toList();
            Optional<GovernanceProject> found = projects.apply(id);
            if (found.isEmpty()) {
                links.add(new ProjectLink(id, offers, List.of(new Finding(FindingCode.PROJECT_ASSET_MISSING,
                        id.value(), Messages.text("finding.noProject", id, offers))), List.of()));
                return;
            }
            GovernanceProject project = found.get();
            List<Finding> findings = new ArrayList<>();
            for (OfferSource source : sources) {
                findings.addAll(ProjectProvenance.check(market.offerOf(source.offer()), project, source.asset()));
            }
            List<DataAssetId> assets = sources.stream().map(OfferSource::asset).distinct()
                    .filter(a -> project.dataAsset(a).isPresent()).toList();
            if (!assets.isEmpty()) {
                findings.addAll(IncidentRuleCheck.check(project, assets, market.platform()));
            }
            List<IncidentId> triggers = market.incidents().stream()
                    .filter(i -> IncidentLoop.trigger(i, market, project, at, rules).isPresent())
                    .map(Incident::id).toList();
            links.add(new ProjectLink(id, offers, findings, triggers));
        });
        return links;
    }
}
