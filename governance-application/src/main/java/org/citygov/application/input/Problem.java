package org.citygov.application.input;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One thing wrong with a document a user supplied: the path of the field (as the format names it, e.g.
 * {@code dataFlows[2].purpose.kind}; empty for the document as a whole), the line where the parser found it when it
 * knows, and what is wrong.
 */
public record Problem(String path, OptionalInt line, String message) {

    /** Document order: by line (problems without one last), then by path. */
    public static final java.util.Comparator<Problem> IN_DOCUMENT_ORDER = java.util.Comparator
            .comparingInt((Problem p) -> p.line().orElse(Integer.MAX_VALUE))
            .thenComparing(Problem::path);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(message, "message");
    }

    /** {@code dataFlows[2].asset (line 41): …} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(path.isEmpty() ? "(document)" : path);
        line.ifPresent(l -> out.append(" (line ").append(l).append(')'));
        return out.append(": ").append(message).toString();
    }
}
