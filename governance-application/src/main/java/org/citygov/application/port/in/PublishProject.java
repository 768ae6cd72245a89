package org.citygov.application.port.in;

import org.citygov.domain.disclosure.PublicDisclosure;
import org.citygov.domain.disclosure.Publication;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;

/**
 * What a project publishes to residents, as its transparency and notice rules promise it (5.4 (2), (4)); rendered by
 * {@code report.publish.PublicPage} (HTML) and {@code report.publish.DpvRecord} (DPV JSON-LD).
 */
public interface PublishProject {

    /** The disclosure of a stored project; NOT_FOUND for an unknown one. */
    Result<PublicDisclosure> disclosure(ProjectId id);

    /** The disclosure of described parts assessed as a project just registered; INVALID with every broken invariant. */
    Result<PublicDisclosure> disclosure(ProjectParts parts);

    /** Marks a stored project's public page published, recording who did it; NOT_FOUND for an unknown project. */
    Result<Publication> markPublished(ProjectId id, Actor by);

    /** The disclosure of a project only if it is published; NOT_FOUND for an unknown or unpublished one. */
    Result<PublicDisclosure> publishedDisclosure(ProjectId id);
}
