package org.citygov.domain.disclosure;

import java.time.Instant;
import java.util.Objects;

import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;

/**
 * That a project's public page is published (5.4 (2)): who marked it so and when. Only a published project's
 * {@link PublicDisclosure} is served to anyone without a token.
 */
public record Publication(ProjectId project, Actor by, Instant at) {
    public Publication {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
