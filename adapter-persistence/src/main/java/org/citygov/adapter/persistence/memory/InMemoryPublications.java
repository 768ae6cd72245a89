package org.citygov.adapter.persistence.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.citygov.application.port.out.Publications;
import org.citygov.domain.disclosure.Publication;
import org.citygov.domain.project.ProjectId;

/** Publication marks in memory, for the life of the process. */
public final class InMemoryPublications implements Publications {

    private final Map<ProjectId, Publication> marks = new ConcurrentHashMap<>();

    @Override
    public Optional<Publication> find(ProjectId project) {
        return Optional.ofNullable(marks.get(project));
    }

    @Override
    public void mark(Publication publication) {
        marks.put(publication.project(), publication);
    }
}
