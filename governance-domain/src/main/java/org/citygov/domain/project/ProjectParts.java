package org.citygov.domain.project;

import java.util.List;
import java.util.Objects;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.evaluation.Governance;
import org.citygov.domain.shared.Violation;
import org.citygov.domain.stakeholder.Stakeholder;

/**
 * The described parts of a project, without its cycle: what a scenario file holds and what a project is registered
 * from. {@code governance} holds the rules, KPIs and declared changes once the cycle reaches rule design (empty
 * before). {@link #violations()} lists every invariant the parts break together, each with its path;
 * {@link #warnings()} what is plausible but unusual.
 */
public record ProjectParts(ProjectOverview overview, List<Service> services, List<Stakeholder> stakeholders,
                           List<DataAsset> dataAssets, List<DataFlow> dataFlows, Governance governance) {

    public ProjectParts {
        Objects.requireNonNull(overview, "overview");
        services = List.copyOf(services);
        stakeholders = List.copyOf(stakeholders);
        dataAssets = List.copyOf(dataAssets);
        dataFlows = List.copyOf(dataFlows);
        Objects.requireNonNull(governance, "governance");
    }

    /** Parts with no rules, KPIs or declared changes yet. */
    public ProjectParts(ProjectOverview overview, List<Service> services, List<Stakeholder> stakeholders,
                        List<DataAsset> dataAssets, List<DataFlow> dataFlows) {
        this(overview, services, stakeholders, dataAssets, dataFlows, Governance.none());
    }

    public List<Violation> violations() {
        return ProjectRules.check(this);
    }

    /** What is plausible but unusual in the parts, each with its path; warnings never refuse anything. */
    public List<Warning> warnings() {
        return ProjectRules.warnings(this);
    }

    public ProjectParts withOverview(ProjectOverview value) {
        return new ProjectParts(value, services, stakeholders, dataAssets, dataFlows, governance);
    }

    public ProjectParts withServices(List<Service> value) {
        return new ProjectParts(overview, value, stakeholders, dataAssets, dataFlows, governance);
    }

    public ProjectParts withStakeholders(List<Stakeholder> value) {
        return new ProjectParts(overview, services, value, dataAssets, dataFlows, governance);
    }

    public ProjectParts withDataAssets(List<DataAsset> value) {
        return new ProjectParts(overview, services, stakeholders, value, dataFlows, governance);
    }

    public ProjectParts withDataFlows(List<DataFlow> value) {
        return new ProjectParts(overview, services, stakeholders, dataAssets, value, governance);
    }

    public ProjectParts withGovernance(Governance value) {
        return new ProjectParts(overview, services, stakeholders, dataAssets, dataFlows, value);
    }

    /**
     * These parts with one data flow changed, e.g. {@code parts.withDataFlow(id, f -> f.withPurpose(p))}.
     *
     * @param id the flow to change
     * @param change what to make of it
     * @return new parts, the flow in its place
     * @throws IllegalArgumentException when no flow has that id
     */
    public ProjectParts withDataFlow(org.citygov.domain.data.DataFlowId id,
                                     java.util.function.UnaryOperator<DataFlow> change) {
        if (dataFlows.stream().noneMatch(f -> f.id().equals(id))) {
            throw new IllegalArgumentException("no data flow " + id + " in project " + overview.id());
        }
        return withDataFlows(dataFlows.stream().map(f -> f.id().equals(id) ? change.apply(f) : f).toList());
    }

    /**
     * These parts with one stakeholder changed, e.g. {@code parts.withStakeholder(id, s -> s.withImpact(r))}.
     *
     * @param id the stakeholder to change
     * @param change what to make of them
     * @return new parts, the stakeholder in their place
     * @throws IllegalArgumentException when no stakeholder has that id
     */
    public ProjectParts withStakeholder(org.citygov.domain.stakeholder.StakeholderId id,
                                        java.util.function.UnaryOperator<Stakeholder> change) {
        if (stakeholders.stream().noneMatch(s -> s.id().equals(id))) {
            throw new IllegalArgumentException("no stakeholder " + id + " in project " + overview.id());
        }
        return withStakeholders(stakeholders.stream().map(s -> s.id().equals(id) ? change.apply(s) : s).toList());
    }
}
