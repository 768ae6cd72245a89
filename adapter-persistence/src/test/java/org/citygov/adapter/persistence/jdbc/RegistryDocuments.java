package org.citygov.adapter.persistence.jdbc;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.citygov.domain.project.ProjectParts;

/** Interim test codec (same JVM only): the document is a key into a registry of parts. */
final class RegistryDocuments implements ProjectDocuments {

    private static final Map<String, ProjectParts> REGISTRY = new ConcurrentHashMap<>();

    @Override
    public String write(ProjectParts parts) {
        String key = UUID.randomUUID().toString();
        REGISTRY.put(key, parts);
        return key;
    }

    @Override
    public ProjectParts read(String document) {
        ProjectParts parts = REGISTRY.get(document);
        if (parts == null) {
            throw new IllegalStateException("unknown document " + document);
        }
        return parts;
    }
}
