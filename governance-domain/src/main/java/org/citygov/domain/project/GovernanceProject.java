package org.citygov.domain.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.evaluation.Governance;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiId;
import org.citygov.domain.evaluation.Measurement;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.evaluation.RevisionTrigger;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleBook;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Messages;
import org.citygov.domain.shared.Violation;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * A smart-city project as its promotion organization governs it: the overview, the services it gives citizens, its
 * stakeholders, the data it handles and how that data flows, and where it stands in the governance cycle.
 *
 * <p>The aggregate is immutable; every change returns a new project or a failure that says why. Whatever the path to a
 * project — {@link #create}, a change, {@link #reconstitute} — it satisfies the invariants of {@link ProjectRules}.
 * {@code version} counts stored revisions of the aggregate for optimistic concurrency; adapters set it.
 */
public final class GovernanceProject {

    private final ProjectParts parts;
    private final GovernanceCycle cycle;
    private final long version;

    private GovernanceProject(ProjectParts parts, GovernanceCycle cycle, long version) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.cycle = Objects.requireNonNull(cycle, "cycle");
        this.version = version;
    }

    /** Registers a new project at the start of its governance cycle, or lists every invariant the parts break. */
    public static Result<GovernanceProject> create(ProjectParts parts, Actor registeredBy, Instant at) {
        List<Violation> violations = parts.violations();
        if (!violations.isEmpty()) {
            return Result.invalid(violations);
        }
        return Result.success(new GovernanceProject(parts, GovernanceCycle.start(registeredBy, at), 0));
    }

    /** Rebuilds a stored project. Stored data that breaks an invariant is a bug or corruption, not user input. */
    public static GovernanceProject reconstitute(ProjectParts parts, GovernanceCycle cycle, long version) {
        List<Violation> violations = parts.violations();
        if (!violations.isEmpty()) {
            throw new IllegalStateException("stored project " + parts.overview().id() + " breaks its invariants: "
                    + violations);
        }
        if (version < 0) {
            throw new IllegalArgumentException("a version is 0 or more, got " + version);
        }
        return new GovernanceProject(parts, cycle, version);
    }

    /** The described parts of the project, without its cycle (what a scenario file holds). */
    public ProjectParts parts() {
        return parts;
    }

    public ProjectId id() {
        return parts.overview().id();
    }

    public ProjectOverview overview() {
        return parts.overview();
    }

    public List<Service> services() {
        return parts.services();
    }

    public List<Stakeholder> stakeholders() {
        return parts.stakeholders();
    }

    public List<DataAsset> dataAssets() {
        return parts.dataAssets();
    }

    public List<DataFlow> dataFlows() {
        return parts.dataFlows();
    }

    /** The rules, KPIs and declared changes (5.4, 5.5). */
    public Governance governance() {
        return parts.governance();
    }

    public GovernanceCycle cycle() {
        return cycle;
    }

    public long version() {
        return version;
    }

    /** The same project stamped with the version it was stored under. */
    public GovernanceProject withVersion(long newVersion) {
        return new GovernanceProject(parts, cycle, newVersion);
    }

    public Optional<Stakeholder> stakeholder(StakeholderId id) {
        return stakeholders().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<DataAsset> dataAsset(DataAssetId id) {
        return dataAssets().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Service> service(ServiceId id) {
        return services().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<DataFlow> dataFlow(DataFlowId id) {
        return dataFlows().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The asset a flow carries; every flow's asset exists by the project's invariants. */
    public DataAsset assetOf(DataFlow flow) {
        return dataAsset(flow.asset()).orElseThrow();
    }

    // ---- overview ----------------------------------------------------------------------------------------------

    public Result<GovernanceProject> changeOverview(ProjectOverview newOverview) {
        if (!newOverview.id().equals(id())) {
            return Result.invalid(List.of(new Violation("project.id",
                    Messages.text("violation.idCannotChange", id(), newOverview.id()))));
        }
        return with(parts.withOverview(newOverview));
    }

    // ---- services ----------------------------------------------------------------------------------------------

    public Result<GovernanceProject> addService(Service service) {
        return added(services(), service, Service::id, "service")
                .flatMap(list -> with(parts.withServices(list)));
    }

    public Result<GovernanceProject> replaceService(Service service) {
        return replaced(services(), service, Service::id, "service")
                .flatMap(list -> with(parts.withServices(list)));
    }

    public Result<GovernanceProject> removeService(ServiceId id) {
        return removed(services(), id, Service::id, "service")
                .flatMap(list -> with(parts.withServices(list)));
    }

    // ---- stakeholders ------------------------------------------------------------------------------------------

    public Result<GovernanceProject> addStakeholder(Stakeholder stakeholder) {
        return added(stakeholders(), stakeholder, Stakeholder::id, "stakeholder")
                .flatMap(list -> with(parts.withStakeholders(list)));
    }

    /** Replaces a stakeholder's description; the engagement already recorded with it is kept. */
    public Result<GovernanceProject> replaceStakeholder(Stakeholder stakeholder) {
        Optional<Stakeholder> current = stakeholder(stakeholder.id());
        Stakeholder merged = current.map(c -> {
            // each activity in the new description accounts for one recorded activity: one recorded twice stays twice
            List<EngagementActivity> described = new ArrayList<>(stakeholder.engagements());
            Stakeholder result = stakeholder;
            for (EngagementActivity held : c.engagements()) {
                if (!described.remove(held)) {
                    result = result.withEngagement(held);
                }
            }
            return result;
        }).orElse(stakeholder);
        return replaced(stakeholders(), merged, Stakeholder::id, "stakeholder")
                .flatMap(list -> with(parts.withStakeholders(list)));
    }

    public Result<GovernanceProject> removeStakeholder(StakeholderId id) {
        List<String> users = dataFlows().stream()
                .filter(f -> f.from().equals(id) || f.to().equals(id))
                .map(f -> f.id().value()).toList();
        if (!users.isEmpty()) {
            return Result.conflict(Messages.text("refusal.project.stakeholderInUse", id,
                    String.join(", ", users)));
        }
        return removed(stakeholders(), id, Stakeholder::id, "stakeholder")
                .flatMap(list -> with(parts.withStakeholders(list)));
    }

    /** Records an engagement activity actually held with a stakeholder (Table 5-1). */
    public Result<GovernanceProject> recordEngagement(StakeholderId id, EngagementActivity activity) {
        return stakeholder(id)
                .map(s -> replaced(stakeholders(), s.withEngagement(activity), Stakeholder::id, "stakeholder")
                        .flatMap(list -> with(parts.withStakeholders(list))))
                .orElseGet(() -> Result.notFound(Messages.text("refusal.project.hasNo.stakeholder", id(), id)));
    }

    // ---- data assets -------------------------------------------------------------------------------------------

    public Result<GovernanceProject> addDataAsset(DataAsset asset) {
        return added(dataAssets(), asset, DataAsset::id, "data asset")
                .flatMap(list -> with(parts.withDataAssets(list)));
    }

    public Result<GovernanceProject> replaceDataAsset(DataAsset asset) {
        return replaced(dataAssets(), asset, DataAsset::id, "data asset")
                .flatMap(list -> with(parts.withDataAssets(list)));
    }

    public Result<GovernanceProject> removeDataAsset(DataAssetId id) {
        List<String> users = dataFlows().stream().filter(f -> f.asset().equals(id)).map(f -> f.id().value()).toList();
        if (!users.isEmpty()) {
            return Result.conflict(Messages.text("refusal.project.assetInUse", id,
                    String.join(", ", users)));
        }
        return removed(dataAssets(), id, DataAsset::id, "data asset")
                .flatMap(list -> with(parts.withDataAssets(list)));
    }

    // ---- data flows --------------------------------------------------------------------------------------------

    public Result<GovernanceProject> addDataFlow(DataFlow flow) {
        return added(dataFlows(), flow, DataFlow::id, "data flow")
                .flatMap(list -> with(parts.withDataFlows(list)));
    }

    public Result<GovernanceProject> replaceDataFlow(DataFlow flow) {
        return replaced(dataFlows(), flow, DataFlow::id, "data flow")
                .flatMap(list -> with(parts.withDataFlows(list)));
    }

    public Result<GovernanceProject> removeDataFlow(DataFlowId id) {
        return removed(dataFlows(), id, DataFlow::id, "data flow")
                .flatMap(list -> with(parts.withDataFlows(list)));
    }

    // ---- rules, KPIs and declared changes (5.4, 5.5) -----------------------------------------------------------

    /** Adds a new rule (version 1). */
    public Result<GovernanceProject> addRule(Rule rule) {
        return governance().rules().add(rule).flatMap(this::withRules);
    }

    /** Adds the next version of a rule, as a draft; earlier versions stay as they were. */
    public Result<GovernanceProject> reviseRule(RuleId id, String text, RuleTerms terms, Set<DataFlowId> appliesTo,
                                                Set<String> mitigates) {
        return governance().rules().revise(id, text, terms, appliesTo, mitigates).flatMap(this::withRules);
    }

    public Result<GovernanceProject> approveRule(RuleId id, String by, LocalDate on) {
        return governance().rules().approve(id, by, on).flatMap(this::withRules);
    }

    public Result<GovernanceProject> putRuleInForce(RuleId id) {
        return governance().rules().putInForce(id).flatMap(this::withRules);
    }

    public Result<GovernanceProject> retireRule(RuleId id) {
        return governance().rules().retire(id).flatMap(this::withRules);
    }

    public Result<GovernanceProject> addKpi(Kpi kpi) {
        List<Kpi> kpis = new ArrayList<>(governance().kpis());
        kpis.add(kpi);
        return with(parts.withGovernance(governance().withKpis(kpis)));
    }

    /** Records a KPI measurement (5.5). */
    public Result<GovernanceProject> recordMeasurement(KpiId id, Measurement measurement) {
        List<Kpi> kpis = new ArrayList<>(governance().kpis());
        for (int i = 0; i < kpis.size(); i++) {
            if (kpis.get(i).id().equals(id)) {
                kpis.set(i, kpis.get(i).measured(measurement));
                return with(parts.withGovernance(governance().withKpis(kpis)));
            }
        }
        return Result.notFound(Messages.text("refusal.project.hasNo.kpi", id(), id));
    }

    /** Declares a technology change or a change in citizens' awareness; it stays open until a revision takes it up. */
    public Result<GovernanceProject> declareEvent(ProjectEvent event) {
        List<ProjectEvent> events = new ArrayList<>(governance().events());
        events.add(event);
        return with(parts.withGovernance(governance().withEvents(events)));
    }

    /** What calls for a new revision now, judged against the catalogue edition in use (5.5, 3.3). */
    public List<RevisionTrigger> revisionTriggers(String currentEdition) {
        return Revisions.triggers(this, currentEdition);
    }

    /**
     * Evaluation's verdict acted on: when anything triggers a revision, the cycle goes back from implementation and
     * evaluation to risk analysis as a new revision whose recorded reason names every trigger; the declared changes
     * it takes up are marked handled and the project notes the catalogue edition it now works under. CONFLICT when
     * nothing triggers a revision or the cycle is not at evaluation.
     */
    public Result<GovernanceProject> reviseFromTriggers(String currentEdition, Actor actor, Instant at) {
        return reviseFromTriggers(currentEdition, List.of(), actor, at);
    }

    /**
     * As {@link #reviseFromTriggers(String, Actor, Instant)}, with triggers from outside the project as well — a
     * reviewed platform incident that touched its data ({@code org.citygov.domain.platform.IncidentLoop}) — named in
     * the reason before the project's own.
     */
    public Result<GovernanceProject> reviseFromTriggers(String currentEdition, List<RevisionTrigger> external,
                                                        Actor actor, Instant at) {
        List<RevisionTrigger> triggers = new ArrayList<>(external);
        triggers.addAll(revisionTriggers(currentEdition));
        if (triggers.isEmpty()) {
            return Result.conflict(Messages.text("refusal.project.nothingTriggers", id()));
        }
        String reason = "revision triggered by " + triggers.stream().map(RevisionTrigger::describe)
                .collect(java.util.stream.Collectors.joining("; "));
        return startNewRevision(actor, at, reason).map(revised -> {
            int revision = revised.cycle().revision();
            List<ProjectEvent> events = revised.governance().events().stream()
                    .map(e -> e.isOpen() ? e.handledIn(revision) : e).toList();
            return new GovernanceProject(revised.parts.withGovernance(revised.governance().withEvents(events)
                    .withCatalogVersion(currentEdition)), revised.cycle, revised.version);
        });
    }

    /** Notes the catalogue edition the project's rules are designed under (set again by each revision). */
    public GovernanceProject withRulesDesignedUnder(String edition) {
        return new GovernanceProject(parts.withGovernance(governance().withCatalogVersion(edition)), cycle, version);
    }

    private Result<GovernanceProject> withRules(RuleBook rules) {
        return with(parts.withGovernance(governance().withRules(rules)));
    }

    // ---- the governance cycle ----------------------------------------------------------------------------------

    /**
     * Moves the cycle to its next step, if this project meets that step's prerequisites. Entering rule design and
     * implementation is judged by a catalogue edition: use the overload with its standards.
     */
    public Result<GovernanceProject> advanceCycle(Actor actor, Instant at, String reason) {
        return cycle.advance(this, actor, at, reason, Optional.empty()).map(this::withCycle);
    }

    /**
     * Moves the cycle on, judging the prerequisites by a catalogue edition's standards: the important stakeholders
     * heard before rule design, and the rules reviewed against the risks before implementation. The project applies
     * the standards to itself as it is now.
     */
    public Result<GovernanceProject> advanceCycle(Actor actor, Instant at, String reason, CycleStandards standards) {
        Objects.requireNonNull(standards, "standards");
        return cycle.advance(this, actor, at, reason, Optional.of(standards)).map(this::withCycle);
    }

    /** From implementation and evaluation back to risk analysis as a new revision, naming what triggered it. */
    public Result<GovernanceProject> startNewRevision(Actor actor, Instant at, String reason) {
        return cycle.startNewRevision(this, actor, at, reason).map(this::withCycle);
    }

    /** What this project still lacks to enter a step, judged by an edition's standards; empty when it may. */
    public List<String> missingToEnter(GovernanceStep step, CycleStandards standards) {
        return GovernanceCycle.missingToEnter(step, this, Optional.of(standards));
    }

    /**
     * What this project lacks to enter a step that needs no catalogue edition; for rule design and implementation it
     * says that they need one.
     */
    public List<String> missingToEnter(GovernanceStep step) {
        return GovernanceCycle.missingToEnter(step, this, Optional.empty());
    }

    /**
     * What the project lacks to enter {@code step}, judged by an edition's standards, each with the path of the part
     * it is about; empty when it may.
     */
    public List<Violation> prerequisitesMissing(GovernanceStep step, CycleStandards standards) {
        return GovernanceCycle.prerequisitesMissing(step, this, Optional.of(standards));
    }

    private GovernanceProject withCycle(GovernanceCycle newCycle) {
        return new GovernanceProject(parts, newCycle, version);
    }

    private Result<GovernanceProject> with(ProjectParts newParts) {
        List<Violation> violations = newParts.violations();
        if (!violations.isEmpty()) {
            return Result.invalid(violations);
        }
        return Result.success(new GovernanceProject(newParts, cycle, version));
    }

    private <T, I> Result<List<T>> added(List<T> list, T item, Function<T, I> id, String what) {
        I key = id.apply(item);
        if (list.stream().anyMatch(existing -> id.apply(existing).equals(key))) {
            return Result.conflict(Messages.text(partKey(what, true), id(), key));
        }
        List<T> result = new ArrayList<>(list);
        result.add(item);
        return Result.success(result);
    }

    private <T, I> Result<List<T>> replaced(List<T> list, T item, Function<T, I> id, String what) {
        I key = id.apply(item);
        List<T> result = new ArrayList<>(list);
        for (int i = 0; i < result.size(); i++) {
            if (id.apply(result.get(i)).equals(key)) {
                result.set(i, item);
                return Result.success(result);
            }
        }
        return Result.notFound(Messages.text(partKey(what, false), id(), key));
    }

    /** The key of the refusal that a project already has ({@code has}) or has no such part. */
    private static String partKey(String what, boolean has) {
        return switch (what) {
            case "stakeholder" -> has ? "refusal.project.has.stakeholder" : "refusal.project.hasNo.stakeholder";
            case "data asset" -> has ? "refusal.project.has.dataAsset" : "refusal.project.hasNo.dataAsset";
            case "data flow" -> has ? "refusal.project.has.dataFlow" : "refusal.project.hasNo.dataFlow";
            case "service" -> has ? "refusal.project.has.service" : "refusal.project.hasNo.service";
            default -> throw new IllegalArgumentException("no refusal for a part " + what);
        };
    }

    private <T, I> Result<List<T>> removed(List<T> list, I key, Function<T, I> id, String what) {
        List<T> result = new ArrayList<>(list);
        if (!result.removeIf(existing -> id.apply(existing).equals(key))) {
            return Result.notFound(Messages.text(partKey(what, false), id(), key));
        }
        return Result.success(result);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GovernanceProject other
                && version == other.version
                && parts.equals(other.parts)
                && cycle.equals(other.cycle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts, cycle, version);
    }

    @Override
    public String toString() {
        return "GovernanceProject[" + id() + ", " + cycle.step() + " rev " + cycle.revision() + ", v" + version + "]";
    }
}
