package org.citygov.application.port.out;

import java.util.Optional;

import org.citygov.domain.disclosure.Publication;
import org.citygov.domain.project.ProjectId;

/** Which projects' public pages are published, by whom and since when. */
public interface Publications {

    Optional<Publication> find(ProjectId project);

    /** Marks a project published; marking it again records the latest mark. */
    void mark(Publication publication);
}
