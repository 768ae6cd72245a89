package org.citygov.application.input;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** What reading a document gave: its value, with the lines of its fields, or every problem found in it. */
public sealed interface Parsed<T> {

    /** The document was well-formed and its fields valid; {@code lines} locates fields for later checks. */
    record Ok<T>(T value, Lines lines) implements Parsed<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(lines, "lines");
        }
    }

    /**
     * Nothing was read; every problem found, in document order where lines are known. {@code document} is the
     * document's tree as far as it could be parsed (syntax sound, unknown fields dropped, values of the wrong type
     * blanked), so that a caller can still look for problems of another kind, such as broken references; empty when
     * the syntax itself failed.
     */
    record Problems<T>(List<Problem> problems, Optional<Document> document) implements Parsed<T> {
        public Problems {
            problems = List.copyOf(problems);
            Objects.requireNonNull(document, "document");
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a failed reading names at least one problem");
            }
        }

        public Problems(List<Problem> problems) {
            this(problems, Optional.empty());
        }
    }

    /** A document's tree with the line of each field. */
    record Document(JsonNode tree, Lines lines) {
        public Document {
            Objects.requireNonNull(tree, "tree");
            Objects.requireNonNull(lines, "lines");
        }
    }
}
