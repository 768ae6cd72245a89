package org.citygov.adapter.persistence.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants in two columns: a {@code TIMESTAMP WITH TIME ZONE} to the microsecond, which both H2 and PostgreSQL store
 * and which queries and people use, and the exact nano-of-second beside it, so that what is read back equals what was
 * saved.
 */
final class Times {

    /** The range of instants a timestamp column holds in both databases; query bounds outside it are dropped. */
    static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Times() {
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static int nanos(Instant at) {
        return at.getNano();
    }

    static Instant instant(OffsetDateTime timestamp, int nanos) {
        return Instant.ofEpochSecond(timestamp.toEpochSecond(), nanos);
    }

    static boolean storable(Instant at) {
        return !at.isBefore(FIRST) && !at.isAfter(LAST);
    }
}
