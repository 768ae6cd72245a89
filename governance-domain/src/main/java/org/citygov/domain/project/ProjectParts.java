package org.citygov.domain.project;

import java.util.List;
import java.util.Objects;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.shared.Violation;
import org.citygov.domain.stakeholder.Stakeholder;

/**
 * The described parts of a project, without its cycle: what a scenario file holds and what a project is registered
 * from. {@link #violations()} lists every invariant the parts break together, each with its path.
 */
public record ProjectParts(ProjectOverview overview, List<Service> services, List<Stakeholder> stakeholders,
                           List<DataAsset> dataAssets, List<DataFlow> dataFlows) {

    public ProjectParts {
        Objects.requireNonNull(overview, "overview");
        services = List.copyOf(services);
        stakeholders = List.copyOf(stakeholders);
        dataAssets = List.copyOf(dataAssets);
        dataFlows = List.copyOf(dataFlows);
    }

    public List<Violation> violations() {
        return ProjectRules.check(overview, services, stakeholders, dataAssets, dataFlows);
    }
}
