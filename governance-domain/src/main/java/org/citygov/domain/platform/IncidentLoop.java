package org.citygov.domain.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.evaluation.RevisionTrigger;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ServiceField;

/**
 * A platform incident back into the governance projects whose data it touched: the agile loop of guideline 5.5 ("a
 * REVIEWED one is a revision trigger for the governance projects whose data it touched", MARKET.md).
 *
 * <table>
 * <caption>When a reviewed incident sends a project back to risk analysis</caption>
 * <tr><th>condition</th><th>why</th></tr>
 * <tr><td>the incident reached REVIEWED by the instant judged at</td><td>the post-incident review is what the
 *     project's risk analysis takes up; before it, the incident is still being handled</td></tr>
 * <tr><td>an offer the incident affected comes from a data asset the project holds (the market's
 *     {@link OfferSource}s; the flows that carry the asset are named)</td><td>the link is stated by the operator,
 *     never guessed from categories: another project's location data was not touched</td></tr>
 * <tr><td>the project has not started a revision since the review</td><td>like a KPI breach, an incident already
 *     answered by a revision does not fire twice</td></tr>
 * </table>
 * The trigger names the platform, the incident and its kind, the review's instant, the assets and flows, and the
 * platform's critical services the incident's data reaches; {@link GovernanceProject#reviseFromTriggers(String, List,
 * org.citygov.domain.project.Actor, Instant)} records it in the new revision's reason.
 */
public final class IncidentLoop {

    private IncidentLoop() {
    }

    /** The projects an incident touched, each with its assets the affected offers come from, in source order. */
    public static Map<ProjectId, List<DataAssetId>> touched(Incident incident, List<OfferSource> sources) {
        Map<ProjectId, List<DataAssetId>> touched = new LinkedHashMap<>();
        for (OfferSource source : sources) {
            if (incident.offers().contains(source.offer())) {
                List<DataAssetId> assets = touched.computeIfAbsent(source.project(), k -> new ArrayList<>());
                if (!assets.contains(source.asset())) {
                    assets.add(source.asset());
                }
            }
        }
        return touched;
    }

    /** The revision trigger {@code incident} fires for {@code project} at {@code at}, if it fires one. */
    public static Optional<RevisionTrigger.IncidentReviewed> trigger(Incident incident, DataMarket market,
                                                                     GovernanceProject project, Instant at,
                                                                     MarketRules rules) {
        Objects.requireNonNull(project, "project");
        Optional<Instant> reviewed = IncidentReview.reviewedBy(incident, at);
        if (reviewed.isEmpty()) {
            return Optional.empty();
        }
        List<DataAssetId> assets = touched(incident, market.sources()).getOrDefault(project.id(), List.of())
                .stream().filter(a -> project.dataAsset(a).isPresent()).toList();
        if (assets.isEmpty() || revisedSince(project, reviewed.get())) {
            return Optional.empty();
        }
        List<DataFlowId> flows = project.dataFlows().stream().filter(f -> assets.contains(f.asset()))
                .map(DataFlow::id).toList();
        List<Offer> affected = incident.offers().stream().map(market::offerOf).toList();
        List<String> services = IncidentReview.criticalServices(market.platform(), affected, rules).stream()
                .map(ServiceField::name).toList();
        return Optional.of(new RevisionTrigger.IncidentReviewed(market.platform().id().value(),
                incident.id().value(), incident.kind().name(), reviewed.get(), assets, flows, services));
    }

    private static boolean revisedSince(GovernanceProject project, Instant reviewed) {
        return project.cycle().history().stream()
                .anyMatch(t -> t.kind() == CycleTransition.Kind.NEW_REVISION && !t.at().isBefore(reviewed));
    }
}
