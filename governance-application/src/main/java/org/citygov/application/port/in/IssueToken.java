package org.citygov.application.port.in;

import java.util.Objects;

import org.citygov.domain.access.Role;
import org.citygov.domain.shared.Result;

/**
 * Issues a bearer token for the HTTP API. The token is returned once, here; only its hash is kept, so a lost token is
 * revoked and issued again, never recovered.
 */
public interface IssueToken {

    /**
     * @param name who or what holds the token, kebab-case and unique among active tokens; for a {@link Role#PROVIDER}
     *             it is the provider's stakeholder id in the projects it takes part in; for a {@link Role#CITIZEN}
     *             the data subject's id
     */
    record Command(String name, Role role) {
        public Command {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    /** The token in clear, shown once, with what is kept about it. */
    record IssuedToken(String token, TokenInfo info) {
        public IssuedToken {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(info, "info");
        }

        @Override
        public String toString() {
            return "IssuedToken[" + info + "]";
        }
    }

    /** INVALID for a name that is not kebab-case, CONFLICT when an active token has the name. */
    Result<IssuedToken> issue(Command command);
}
