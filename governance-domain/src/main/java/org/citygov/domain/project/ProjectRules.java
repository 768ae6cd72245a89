package org.citygov.domain.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<I, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            I key = id.apply(items.get(i));
            Integer first = firstAt.putIfAbsent(key, i);
            if (first != null) {
                violations.add(new Violation(list + "[" + i + "].id", "duplicate " + what + " id \"" + key
                        + "\" (already used by " + list + "[" + first + "])"));
            }
        }
    }

    private static void checkAcceptance(Region region, List<Violation> violations) {
        Map<DataCategory, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < region.acceptance().size(); i++) {
            DataCategory category = region.acceptance().get(i).dataCategory();
            Integer first = firstAt.putIfAbsent(category, i);
            if (first != null) {
                violations.add(new Violation("project.region.acceptance[" + i + "].dataCategory",
                        "a second acceptance figure for " + category + " (already given by project.region.acceptance["
                                + first + "]); give one figure per data category"));
            }
        }
    }

    private static void checkAsset(String path, DataAsset asset, List<Violation> violations) {
        if (asset.isPersonal()) {
            if (asset.identifiability().isEmpty()) {
                violations.add(new Violation(path + ".identifiability", "data asset \"" + asset.id()
                        + "\" is personal data (subject INDIVIDUAL) and must state its identifiability"));
            }
        } else {
            List<String> personalOnly = asset.categories().stream()
                    .filter(DataCategory::isAlwaysAboutAPerson).map(Enum::name).sorted().toList();
            if (!personalOnly.isEmpty()) {
                violations.add(new Violation(path + ".subject", "data asset \"" + asset.id() + "\" holds "
                        + String.join(", ", personalOnly) + ", which is always about a person, so its subject must be"
                        + " INDIVIDUAL, not " + asset.subject()));
            }
            if (asset.specialCare()) {
                violations.add(new Violation(path + ".specialCare", "only personal data (subject INDIVIDUAL) can be"
                        + " special-care-required personal information; \"" + asset.id() + "\" is about "
                        + asset.subject()));
            }
            if (!asset.subjectGroups().isEmpty()) {
                violations.add(new Violation(path + ".subjectGroups", "subject groups describe the people personal"
                        + " data is about; \"" + asset.id() + "\" has subject " + asset.subject()));
            }
        }
        if (asset.has(Safeguard.IMMEDIATE_DELETION) && asset.retentionDays() > 0) {
            violations.add(new Violation(path + ".retentionDays", "data asset \"" + asset.id() + "\" is deleted"
                    + " immediately (safeguard IMMEDIATE_DELETION) but kept for " + asset.retentionDays()
                    + " days; set retentionDays to 0 or drop the safeguard"));
        }
    }

    private static void checkFlow(String path, DataFlow flow, Map<DataAssetId, DataAsset> assets,
                                  Map<StakeholderId, Stakeholder> stakeholders, List<Violation> violations) {
        DataAsset asset = assets.get(flow.asset());
        if (asset == null) {
            violations.add(new Violation(path + ".asset", "data flow \"" + flow.id() + "\" names data asset \""
                    + flow.asset() + "\", which the project does not have"));
        }
        if (!stakeholders.containsKey(flow.from())) {
            violations.add(new Violation(path + ".from", "data flow \"" + flow.id() + "\" comes from stakeholder \""
                    + flow.from() + "\", which the project does not have"));
        }
        if (!stakeholders.containsKey(flow.to())) {
            violations.add(new Violation(path + ".to", "data flow \"" + flow.id() + "\" goes to stakeholder \""
                    + flow.to() + "\", which the project does not have"));
        }
        if (!flow.method().fits(flow.stage())) {
            violations.add(new Violation(path + ".stage", flow.method() + " gathers data at its source, so data flow \""
                    + flow.id() + "\" must be at stage COLLECTION, not " + flow.stage()));
        }
        if (asset != null && !flow.method().canYieldAnyOf(asset.categories())) {
            violations.add(new Violation(path + ".method", flow.method() + " produces "
                    + flow.method().yields().stream().map(Enum::name).sorted().collect(Collectors.joining(" or "))
                    + ", but data asset \"" + asset.id() + "\" holds none of these (it holds "
                    + asset.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ")"));
        }
        if (flow.covert() && flow.stage() != LifecycleStage.COLLECTION) {
            violations.add(new Violation(path + ".covert", "covert means the subjects cannot tell they are observed,"
                    + " which only a COLLECTION flow does; data flow \"" + flow.id() + "\" is at " + flow.stage()));
        }
        if (flow.legalBasis() == LegalBasis.EMERGENCY && !flow.purpose().kind().isEmergency()) {
            violations.add(new Violation(path + ".legalBasis", "legal basis EMERGENCY holds only for an emergency or"
                    + " disaster purpose (EMERGENCY_RESPONSE, DISASTER_PREVENTION); data flow \"" + flow.id()
                    + "\" is for " + flow.purpose().kind()));
        }
        if (flow.stage() == LifecycleStage.DISSEMINATION && !flow.handsToAnotherParty()) {
            violations.add(new Violation(path + ".to", "dissemination hands data to another party, but data flow \""
                    + flow.id() + "\" goes from \"" + flow.from() + "\" to itself"));
        }
    }
}
