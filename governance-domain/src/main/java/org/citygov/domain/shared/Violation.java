package org.citygov.domain.shared;

import java.util.Objects;

/**
 * One thing wrong with what a user supplied: where (a path in the project's structure, written the way the
 * scenario format names it, e.g. {@code dataFlows[2].asset}) and what.
 */
public record Violation(String path, String message) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
