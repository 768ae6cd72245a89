package org.citygov.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.access.Role;

/** What may be shown about an API token: never the token itself, nor its hash. */
public record TokenInfo(String name, Role role, Instant createdAt, Optional<Instant> revokedAt) {
    public TokenInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }
}
