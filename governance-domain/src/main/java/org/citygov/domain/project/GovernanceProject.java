package org.citygov.domain.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.shared.Result;
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

    private final ProjectOverview overview;
    private final List<Service> services;
    private final List<Stakeholder> stakeholders;
    private final List<DataAsset> dataAssets;
    private final List<DataFlow> dataFlows;
    private final GovernanceCycle cycle;
    private final long version;

    private GovernanceProject(ProjectOverview overview, List<Service> services, List<Stakeholder> stakeholders,
                              List<DataAsset> dataAssets, List<DataFlow> dataFlows, GovernanceCycle cycle,
                              long version) {
        this.overview = Objects.requireNonNull(overview, "overview");
        this.services = List.copyOf(services);
        this.stakeholders = List.copyOf(stakeholders);
        this.dataAssets = List.copyOf(dataAssets);
        this.dataFlows = List.copyOf(dataFlows);
        this.cycle = Objects.requireNonNull(cycle, "cycle");
        this.version = version;
    }

    /** Registers a new project at the start of its governance cycle, or lists every invariant the parts break. */
    public static Result<GovernanceProject> create(ProjectParts parts, Actor registeredBy, Instant at) {
        List<Violation> violations = parts.violations();
        if (!violations.isEmpty()) {
            return Result.invalid(violations);
        }
        return Result.success(new GovernanceProject(parts.overview(), parts.services(), parts.stakeholders(),
                parts.dataAssets(), parts.dataFlows(), GovernanceCycle.start(registeredBy, at), 0));
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
        return new GovernanceProject(parts.overview(), parts.services(), parts.stakeholders(), parts.dataAssets(),
                parts.dataFlows(), cycle, version);
    }

    /** The described parts of the project, without its cycle (what a scenario file holds). */
    public ProjectParts parts() {
        return new ProjectParts(overview, services, stakeholders, dataAssets, dataFlows);
    }

    public ProjectId id() {
        return overview.id();
    }

    public ProjectOverview overview() {
        return overview;
    }

    public List<Service> services() {
        return services;
    }

    public List<Stakeholder> stakeholders() {
        return stakeholders;
    }

    public List<DataAsset> dataAssets() {
        return dataAssets;
    }

    public List<DataFlow> dataFlows() {
        return dataFlows;
    }

    public GovernanceCycle cycle() {
        return cycle;
    }

    public long version() {
        return version;
    }

    /** The same project stamped with the version it was stored under. */
    public GovernanceProject withVersion(long newVersion) {
        return new GovernanceProject(overview, services, stakeholders, dataAssets, dataFlows, cycle, newVersion);
    }

    public Optional<Stakeholder> stakeholder(StakeholderId id) {
        return stakeholders.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<DataAsset> dataAsset(DataAssetId id) {
        return dataAssets.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Service> service(ServiceId id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<DataFlow> dataFlow(DataFlowId id) {
        return dataFlows.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The asset a flow carries; every flow's asset exists by the project's invariants. */
    public DataAsset assetOf(DataFlow flow) {
        return dataAsset(flow.asset()).orElseThrow();
    }

    // ---- overview ----------------------------------------------------------------------------------------------

    public Result<GovernanceProject> changeOverview(ProjectOverview newOverview) {
        if (!newOverview.id().equals(overview.id())) {
            return Result.invalid(List.of(new Violation("project.id", "a project's id cannot change (\""
                    + overview.id() + "\" to \"" + newOverview.id() + "\")")));
        }
        return with(newOverview, services, stakeholders, dataAssets, dataFlows);
    }

    // ---- services ----------------------------------------------------------------------------------------------

    public Result<GovernanceProject> addService(Service service) {
        return added(services, service, Service::id, "service")
                .flatMap(list -> with(overview, list, stakeholders, dataAssets, dataFlows));
    }

    public Result<GovernanceProject> replaceService(Service service) {
        return replaced(services, service, Service::id, "service")
                .flatMap(list -> with(overview, list, stakeholders, dataAssets, dataFlows));
    }

    public Result<GovernanceProject> removeService(ServiceId id) {
        return removed(services, id, Service::id, "service")
                .flatMap(list -> with(overview, list, stakeholders, dataAssets, dataFlows));
    }

    // ---- stakeholders ------------------------------------------------------------------------------------------

    public Result<GovernanceProject> addStakeholder(Stakeholder stakeholder) {
        return added(stakeholders, stakeholder, Stakeholder::id, "stakeholder")
                .flatMap(list -> with(overview, services, list, dataAssets, dataFlows));
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
        return replaced(stakeholders, merged, Stakeholder::id, "stakeholder")
                .flatMap(list -> with(overview, services, list, dataAssets, dataFlows));
    }

    public Result<GovernanceProject> removeStakeholder(StakeholderId id) {
        List<String> users = dataFlows.stream()
                .filter(f -> f.from().equals(id) || f.to().equals(id))
                .map(f -> f.id().value()).toList();
        if (!users.isEmpty()) {
            return Result.conflict("stakeholder \"" + id + "\" takes part in data flows " + String.join(", ", users)
                    + "; change or remove those flows first");
        }
        return removed(stakeholders, id, Stakeholder::id, "stakeholder")
                .flatMap(list -> with(overview, services, list, dataAssets, dataFlows));
    }

    /** Records an engagement activity actually held with a stakeholder (Table 5-1). */
    public Result<GovernanceProject> recordEngagement(StakeholderId id, EngagementActivity activity) {
        return stakeholder(id)
                .map(s -> replaced(stakeholders, s.withEngagement(activity), Stakeholder::id, "stakeholder")
                        .flatMap(list -> with(overview, services, list, dataAssets, dataFlows)))
                .orElseGet(() -> Result.notFound("project \"" + id() + "\" has no stakeholder \"" + id + "\""));
    }

    // ---- data assets -------------------------------------------------------------------------------------------

    public Result<GovernanceProject> addDataAsset(DataAsset asset) {
        return added(dataAssets, asset, DataAsset::id, "data asset")
                .flatMap(list -> with(overview, services, stakeholders, list, dataFlows));
    }

    public Result<GovernanceProject> replaceDataAsset(DataAsset asset) {
        return replaced(dataAssets, asset, DataAsset::id, "data asset")
                .flatMap(list -> with(overview, services, stakeholders, list, dataFlows));
    }

    public Result<GovernanceProject> removeDataAsset(DataAssetId id) {
        List<String> users = dataFlows.stream().filter(f -> f.asset().equals(id)).map(f -> f.id().value()).toList();
        if (!users.isEmpty()) {
            return Result.conflict("data asset \"" + id + "\" is carried by data flows " + String.join(", ", users)
                    + "; change or remove those flows first");
        }
        return removed(dataAssets, id, DataAsset::id, "data asset")
                .flatMap(list -> with(overview, services, stakeholders, list, dataFlows));
    }

    // ---- data flows --------------------------------------------------------------------------------------------

    public Result<GovernanceProject> addDataFlow(DataFlow flow) {
        return added(dataFlows, flow, DataFlow::id, "data flow")
                .flatMap(list -> with(overview, services, stakeholders, dataAssets, list));
    }

    public Result<GovernanceProject> replaceDataFlow(DataFlow flow) {
        return replaced(dataFlows, flow, DataFlow::id, "data flow")
                .flatMap(list -> with(overview, services, stakeholders, dataAssets, list));
    }

    public Result<GovernanceProject> removeDataFlow(DataFlowId id) {
        return removed(dataFlows, id, DataFlow::id, "data flow")
                .flatMap(list -> with(overview, services, stakeholders, dataAssets, list));
    }

    // ---- the governance cycle ----------------------------------------------------------------------------------

    /** Moves the cycle to its next step, if this project meets that step's prerequisites. */
    public Result<GovernanceProject> advanceCycle(Actor actor, Instant at, String reason) {
        return cycle.advance(this, actor, at, reason).map(this::withCycle);
    }

    /** From implementation and evaluation back to risk analysis as a new revision, naming what triggered it. */
    public Result<GovernanceProject> startNewRevision(Actor actor, Instant at, String reason) {
        return cycle.startNewRevision(this, actor, at, reason).map(this::withCycle);
    }

    /** What this project still lacks to enter a step of the cycle; empty when it may. */
    public List<String> missingToEnter(GovernanceStep step) {
        return GovernanceCycle.missingToEnter(step, this);
    }

    private GovernanceProject withCycle(GovernanceCycle newCycle) {
        return new GovernanceProject(overview, services, stakeholders, dataAssets, dataFlows, newCycle, version);
    }

    private Result<GovernanceProject> with(ProjectOverview newOverview, List<Service> newServices,
                                           List<Stakeholder> newStakeholders, List<DataAsset> newAssets,
                                           List<DataFlow> newFlows) {
        List<Violation> violations = new ProjectParts(newOverview, newServices, newStakeholders, newAssets, newFlows)
                .violations();
        if (!violations.isEmpty()) {
            return Result.invalid(violations);
        }
        return Result.success(new GovernanceProject(newOverview, newServices, newStakeholders, newAssets, newFlows,
                cycle, version));
    }

    private <T, I> Result<List<T>> added(List<T> list, T item, Function<T, I> id, String what) {
        I key = id.apply(item);
        if (list.stream().anyMatch(existing -> id.apply(existing).equals(key))) {
            return Result.conflict("project \"" + id() + "\" already has a " + what + " \"" + key + "\"");
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
        return Result.notFound("project \"" + id() + "\" has no " + what + " \"" + key + "\"");
    }

    private <T, I> Result<List<T>> removed(List<T> list, I key, Function<T, I> id, String what) {
        List<T> result = new ArrayList<>(list);
        if (!result.removeIf(existing -> id.apply(existing).equals(key))) {
            return Result.notFound("project \"" + id() + "\" has no " + what + " \"" + key + "\"");
        }
        return Result.success(result);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GovernanceProject other
                && version == other.version
                && overview.equals(other.overview)
                && services.equals(other.services)
                && stakeholders.equals(other.stakeholders)
                && dataAssets.equals(other.dataAssets)
                && dataFlows.equals(other.dataFlows)
                && cycle.equals(other.cycle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(overview, services, stakeholders, dataAssets, dataFlows, cycle, version);
    }

    @Override
    public String toString() {
        return "GovernanceProject[" + id() + ", " + cycle.step() + " rev " + cycle.revision() + ", v" + version + "]";
    }
}
