package org.citygov.domain.project;

import org.citygov.domain.shared.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.evaluation.Governance;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.rule.RuleBook;
import org.citygov.domain.shared.Violation;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * The invariants that span the parts of a project. Each check reports every breach it finds, with the path of the
 * offending field as the scenario format names it ({@code dataFlows[2].asset}), so that a user sees all problems at
 * once.
 */
final class ProjectRules {

    private ProjectRules() {
    }

    static List<Violation> check(ProjectParts parts) {
        ProjectOverview overview = parts.overview();
        List<Service> services = parts.services();
        List<Stakeholder> stakeholders = parts.stakeholders();
        List<DataAsset> assets = parts.dataAssets();
        List<DataFlow> flows = parts.dataFlows();
        List<Violation> violations = new ArrayList<>();
        uniqueIds("services", "service", services, Service::id, violations);
        uniqueIds("stakeholders", "stakeholder", stakeholders, Stakeholder::id, violations);
        uniqueIds("dataAssets", "data asset", assets, DataAsset::id, violations);
        uniqueIds("dataFlows", "data flow", flows, DataFlow::id, violations);
        checkAcceptance(overview.region(), violations);
        for (int i = 0; i < assets.size(); i++) {
            checkAsset("dataAssets[" + i + "]", assets.get(i), violations);
        }
        Map<DataAssetId, DataAsset> assetsById = assets.stream()
                .collect(Collectors.toMap(DataAsset::id, Function.identity(), (a, b) -> a));
        Map<StakeholderId, Stakeholder> stakeholdersById = stakeholders.stream()
                .collect(Collectors.toMap(Stakeholder::id, Function.identity(), (a, b) -> a));
        for (int i = 0; i < flows.size(); i++) {
            checkFlow("dataFlows[" + i + "]", flows.get(i), assetsById, stakeholdersById, violations);
        }
        Governance governance = parts.governance();
        violations.addAll(RuleBook.violations(governance.rules().versions(),
                flows.stream().map(DataFlow::id).collect(Collectors.toSet())));
        uniqueIds("kpis", "KPI", governance.kpis(), Kpi::id, violations);
        return List.copyOf(violations);
    }

    private static <T, I> void uniqueIds(String list, String what, List<T> items, Function<T, I> id,
                                         List<Violation> violations) {
        References.duplicates(list, what, items.stream().map(i -> String.valueOf(id.apply(i))).toList(),
                violations);
    }

    /**
     * What is plausible but unusual in the parts: each a {@link Warning} with its path, never a refusal. The flows'
     * references are not looked at here; a flow naming a missing asset is a violation.
     */
    static List<Warning> warnings(ProjectParts parts) {
        Map<DataAssetId, DataAsset> assets = parts.dataAssets().stream()
                .collect(Collectors.toMap(DataAsset::id, Function.identity(), (a, b) -> a));
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < parts.dataFlows().size(); i++) {
            DataFlow flow = parts.dataFlows().get(i);
            String path = "dataFlows[" + i + "]";
            if (!flow.method().fits(flow.stage())) {
                warnings.add(new Warning(path + ".method", Warning.Code.COLLECTION_METHOD_AT_LATER_STAGE,
                        Messages.text("warning.collectionMethodLater", flow.method(), flow.id(), flow.stage())));
            }
            DataAsset asset = assets.get(flow.asset());
            if (asset != null && !flow.method().canYieldAnyOf(asset.categories())) {
                warnings.add(new Warning(path + ".method", Warning.Code.METHOD_YIELDS_OTHER_DATA,
                        Messages.text("warning.methodYieldsOther", flow.method(), flow.method().yields().stream()
                                .map(Enum::name).sorted().collect(Collectors.joining(" or ")), asset.id(),
                                asset.categories().stream().map(Enum::name).sorted()
                                        .collect(Collectors.joining(", ")))));
            }
            if (flow.covert() && flow.stage() != LifecycleStage.COLLECTION) {
                warnings.add(new Warning(path + ".covert", Warning.Code.COVERT_BEYOND_COLLECTION,
                        Messages.text("warning.covertBeyondCollection", flow.id(), flow.stage())));
            }
        }
        return List.copyOf(warnings);
    }

    private static void checkAcceptance(Region region, List<Violation> violations) {
        Map<DataCategory, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < region.acceptance().size(); i++) {
            DataCategory category = region.acceptance().get(i).dataCategory();
            Integer first = firstAt.putIfAbsent(category, i);
            if (first != null) {
                violations.add(new Violation("project.region.acceptance[" + i + "].dataCategory",
                        Messages.text("violation.acceptanceTwice", category, first)));
            }
        }
    }

    private static void checkAsset(String path, DataAsset asset, List<Violation> violations) {
        if (asset.isPersonal()) {
            if (asset.identifiability().isEmpty()) {
                violations.add(new Violation(path + ".identifiability", Messages.text(
                        "violation.identifiabilityMissing", asset.id())));
            }
        } else {
            List<String> personalOnly = asset.categories().stream()
                    .filter(DataCategory::isAlwaysAboutAPerson).map(Enum::name).sorted().toList();
            if (!personalOnly.isEmpty()) {
                violations.add(new Violation(path + ".subject", Messages.text(
                        "violation.personalOnlyCategories", asset.id(), String.join(", ", personalOnly),
                        asset.subject())));
            }
            if (asset.specialCare()) {
                violations.add(new Violation(path + ".specialCare", Messages.text(
                        "violation.specialCareNotPersonal", asset.id(), asset.subject())));
            }
            if (!asset.subjectGroups().isEmpty()) {
                violations.add(new Violation(path + ".subjectGroups", Messages.text(
                        "violation.subjectGroupsNotPersonal", asset.id(), asset.subject())));
            }
        }
        if (asset.has(Safeguard.IMMEDIATE_DELETION) && asset.retentionDays() > 0) {
            violations.add(new Violation(path + ".retentionDays", Messages.text(
                    "violation.deletedButKept", asset.id(), asset.retentionDays())));
        }
    }

    private static void checkFlow(String path, DataFlow flow, Map<DataAssetId, DataAsset> assets,
                                  Map<StakeholderId, Stakeholder> stakeholders, List<Violation> violations) {
        Set<String> assetIds = assets.keySet().stream().map(DataAssetId::value).collect(Collectors.toSet());
        Set<String> stakeholderIds = stakeholders.keySet().stream().map(StakeholderId::value)
                .collect(Collectors.toSet());
        String flowIs = References.flow(String.valueOf(flow.id()));
        References.missing(path + ".asset", References.namesAsset(flowIs), flow.asset().value(), assetIds)
                .ifPresent(violations::add);
        References.missing(path + ".from", References.comesFrom(flowIs), flow.from().value(), stakeholderIds)
                .ifPresent(violations::add);
        References.missing(path + ".to", References.goesTo(flowIs), flow.to().value(), stakeholderIds)
                .ifPresent(violations::add);
        if (flow.legalBasis() == LegalBasis.EMERGENCY && !flow.purpose().kind().isEmergency()) {
            violations.add(new Violation(path + ".legalBasis", Messages.text(
                    "violation.emergencyBasis", flow.id(), flow.purpose().kind())));
        }
        if (flow.stage() == LifecycleStage.DISSEMINATION && !flow.handsToAnotherParty()) {
            violations.add(new Violation(path + ".to", Messages.text(
                    "violation.disseminationToItself", flow.id(), flow.from())));
        }
    }
}
