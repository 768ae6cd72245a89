package org.citygov.domain.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A change declared by the promotion organization that may call for new rules (5.5): a technology change, or a change
 * in citizens' awareness (a new acceptance survey, say). Until a revision of the governance cycle takes it up it is
 * open; then it records that revision.
 */
public record ProjectEvent(Kind kind, LocalDate on, String note, OptionalInt handledInRevision) {

    public enum Kind {
        /** A new or changed technology (sensors, AI models, the city OS). */
        TECHNOLOGY_CHANGE,
        /** Citizens' awareness moved: a new acceptance survey, public debate, complaints about a kind of data. */
        AWARENESS_CHANGE
    }

    public ProjectEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        note = note == null ? "" : note.strip();
        Objects.requireNonNull(handledInRevision, "handledInRevision");
    }

    public boolean isOpen() {
        return handledInRevision.isEmpty();
    }

    public ProjectEvent handledIn(int revision) {
        return new ProjectEvent(kind, on, note, OptionalInt.of(revision));
    }
}
