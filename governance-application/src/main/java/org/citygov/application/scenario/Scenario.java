package org.citygov.application.scenario;

import java.util.Objects;

import org.citygov.domain.project.ProjectParts;

/** A scenario that was read and checked: the project's described parts, ready to assess or register. */
public record Scenario(ProjectParts parts) {
    public Scenario {
        Objects.requireNonNull(parts, "parts");
    }
}
