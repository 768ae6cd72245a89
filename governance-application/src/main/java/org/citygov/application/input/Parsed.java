package org.citygov.application.input;

import java.util.List;
import java.util.Objects;

/** What reading a document gave: its value, with the lines of its fields, or every problem found in it. */
public sealed interface Parsed<T> {

    /** The document was well-formed and its fields valid; {@code lines} locates fields for later checks. */
    record Ok<T>(T value, Lines lines) implements Parsed<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(lines, "lines");
        }
    }

    /** Nothing was read; every problem found, in document order where lines are known. */
    record Problems<T>(List<Problem> problems) implements Parsed<T> {
        public Problems {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a failed reading names at least one problem");
            }
        }
    }
}
