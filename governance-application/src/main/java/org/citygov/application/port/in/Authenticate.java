package org.citygov.application.port.in;

import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.access.Role;

/** Tells who presents a bearer token: the holder of an active token, or nobody. */
public interface Authenticate {

    /** The holder of a token: its name and role. */
    record Caller(String name, Role role) {
        public Caller {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    /** The holder of the presented token; empty for an unknown, malformed or revoked token. */
    Optional<Caller> authenticate(String presentedToken);
}
