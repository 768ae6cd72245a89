package org.citygov.adapter.persistence;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.citygov.application.port.out.ProjectChange;
import org.citygov.application.port.out.Projects;
import org.citygov.application.port.out.Publications;
import org.citygov.domain.disclosure.Publication;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;

import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The publication marks' contract, run on every store (memory, H2, PostgreSQL). */
public abstract class AbstractPublicationsContractTest {

    private static final Instant AT = Instant.parse("2026-11-29T09:15:30.123456789Z");

    protected abstract Publications publications();

    protected abstract Projects projects();

    private ProjectId stored(String id) {
        GovernanceProject project = aProject().withId(id).buildRegistered();
        projects().save(project, new ProjectChange(Actor.of("registrar"), AT, "registered")).orElseThrow();
        return project.id();
    }

    @Test
    void find_whenNeverMarked_shouldBeEmpty() {
        assertEquals(Optional.empty(), publications().find(stored("never-published")));
    }

    @Test
    void mark_whenMarkedTwice_shouldKeepTheLatestMarkExactly() {
        ProjectId id = stored("published-twice");
        publications().mark(new Publication(id, Actor.of("secretariat"), AT));
        Publication again = new Publication(id, Actor.of("data office"), AT.plusSeconds(60));

        publications().mark(again);

        assertEquals(Optional.of(again), publications().find(id));
    }
}
