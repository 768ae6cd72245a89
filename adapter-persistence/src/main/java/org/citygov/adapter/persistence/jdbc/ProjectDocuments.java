package org.citygov.adapter.persistence.jdbc;

import org.citygov.domain.project.ProjectParts;

/** How the described parts of a project become the text of a document column, and back, without loss. */
interface ProjectDocuments {

    String write(ProjectParts parts);

    /** The parts a stored document holds; a document that cannot be read is corruption, so this throws. */
    ProjectParts read(String document);
}
