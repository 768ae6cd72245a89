package org.citygov.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.access.Role;
import org.citygov.domain.shared.Result;

/** Where API tokens are kept: by the SHA-256 hash of the token, never the token itself. */
public interface ApiTokens {

    /** A kept token: its holder's name, role, the hex SHA-256 of the token, and when it was issued and revoked. */
    record StoredToken(String name, Role role, String sha256, Instant createdAt, Optional<Instant> revokedAt) {
        public StoredToken {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(revokedAt, "revokedAt");
        }

        public boolean active() {
            return revokedAt.isEmpty();
        }

        public StoredToken revokedAt(Instant at) {
            return new StoredToken(name, role, sha256, createdAt, Optional.of(at));
        }
    }

    /** Keeps a new token; CONFLICT when an active token has its name or its hash. */
    Result<StoredToken> add(StoredToken token);

    Optional<StoredToken> findByHash(String sha256);

    /** All tokens, active and revoked, by name then creation time. */
    List<StoredToken> all();

    /** Marks the active token of that name revoked; NOT_FOUND when there is none. */
    Result<StoredToken> revoke(String name, Instant at);
}
