package org.citygov.domain.platform;

import java.time.Instant;
import java.util.Objects;

import org.citygov.domain.project.Actor;

/** One entry of a stored platform's audit trail: the save that made a version, by whom, when, and what it did. */
public record PlatformAuditEntry(PlatformId platform, long version, Actor actor, Instant at, String summary) {

    public PlatformAuditEntry {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(summary, "summary");
    }
}
