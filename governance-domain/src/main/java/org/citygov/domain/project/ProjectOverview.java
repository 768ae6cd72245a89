package org.citygov.domain.project;

import java.util.Objects;

import org.citygov.domain.shared.Ids;

/** The first step of the process (5.1): what the project is, why, at which stage, where. */
public record ProjectOverview(ProjectId id, String name, String objective, PromotionStage stage, Region region) {
    public ProjectOverview {
        Objects.requireNonNull(id, "id");
        name = Ids.requireText(name, "project name");
        objective = Ids.requireText(objective, "project objective");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(region, "region");
    }
}
