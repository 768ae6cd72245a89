package org.citygov.domain.risk;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * What the analysis needs to know about a project as a whole, computed once so that analysing a flow costs the same
 * however many flows the project has: assets and stakeholders by id, the purposes each asset was collected for, who
 * receives each asset, and which assets each party receives.
 */
final class ProjectIndex {

    final GovernanceProject project;
    private final Map<DataAssetId, DataAsset> assets = new HashMap<>();
    private final Map<StakeholderId, Stakeholder> stakeholders = new HashMap<>();
    private final Map<DataAssetId, Set<PurposeKind>> collectedFor = new HashMap<>();
    private final Map<DataAssetId, Set<StakeholderId>> recipients = new HashMap<>();
    private final Map<StakeholderId, Set<DataAssetId>> received = new LinkedHashMap<>();
    private final Set<StakeholderId> linkedParties = new LinkedHashSet<>();

    ProjectIndex(GovernanceProject project) {
        this.project = project;
        project.dataAssets().forEach(a -> assets.put(a.id(), a));
        project.stakeholders().forEach(s -> stakeholders.put(s.id(), s));
        for (DataFlow flow : project.dataFlows()) {
            if (flow.stage() == LifecycleStage.COLLECTION) {
                collectedFor.computeIfAbsent(flow.asset(), a -> EnumSet.noneOf(PurposeKind.class))
                        .add(flow.purpose().kind());
            }
            if (flow.handsToAnotherParty()) {
                recipients.computeIfAbsent(flow.asset(), a -> new HashSet<>()).add(flow.to());
                received.computeIfAbsent(flow.to(), s -> new LinkedHashSet<>()).add(flow.asset());
                linkedParties.add(flow.from());
                linkedParties.add(flow.to());
            }
        }
    }

    DataAsset asset(DataFlow flow) {
        return assets.get(flow.asset());
    }

    DataAsset asset(DataAssetId id) {
        return assets.get(id);
    }

    Stakeholder stakeholder(StakeholderId id) {
        return stakeholders.get(id);
    }

    /** The purposes the asset's collection flows state; empty when the project shows no collection of it. */
    Set<PurposeKind> collectedFor(DataAssetId asset) {
        return collectedFor.getOrDefault(asset, Set.of());
    }

    /** The parties an asset is handed to. */
    Set<StakeholderId> recipientsOf(DataAssetId asset) {
        return recipients.getOrDefault(asset, Set.of());
    }

    /** Each party that is handed data, with the assets it receives, in flow order. */
    Map<StakeholderId, Set<DataAssetId>> receivedByParty() {
        return received;
    }

    /** The parties that hand data to or receive data from another party. */
    Set<StakeholderId> linkedParties() {
        return linkedParties;
    }

    List<Stakeholder> stakeholders() {
        return project.stakeholders();
    }
}
