package org.citygov.adapter.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.citygov.application.port.out.ApiTokens;
import org.citygov.domain.shared.Result;

/** API tokens kept in memory, for tests and for a server started without a data directory. */
public final class InMemoryApiTokens implements ApiTokens {

    private final List<StoredToken> tokens = new ArrayList<>();

    @Override
    public synchronized Result<StoredToken> add(StoredToken token) {
        return TokenRules.add(tokens, token);
    }

    @Override
    public synchronized Optional<StoredToken> findByHash(String sha256) {
        return tokens.stream().filter(t -> t.sha256().equals(sha256)).findFirst();
    }

    @Override
    public synchronized List<StoredToken> all() {
        return TokenRules.sorted(tokens);
    }

    @Override
    public synchronized Result<StoredToken> revoke(String name, Instant at) {
        return TokenRules.revoke(tokens, name, at);
    }

    /** What every token store checks, on a list it holds the lock of. */
    public static final class TokenRules {
        private TokenRules() {
        }

        public static Result<StoredToken> add(List<StoredToken> tokens, StoredToken token) {
            if (tokens.stream().anyMatch(t -> t.active() && t.name().equals(token.name()))) {
                return Result.conflict("an active token named \"" + token.name() + "\" exists; revoke it first or"
                        + " choose another name");
            }
            if (tokens.stream().anyMatch(t -> t.sha256().equals(token.sha256()))) {
                return Result.conflict("a token with this hash exists");
            }
            tokens.add(token);
            return Result.success(token);
        }

        public static Result<StoredToken> revoke(List<StoredToken> tokens, String name, Instant at) {
            for (int i = 0; i < tokens.size(); i++) {
                StoredToken t = tokens.get(i);
                if (t.active() && t.name().equals(name)) {
                    StoredToken revoked = t.revokedAt(at);
                    tokens.set(i, revoked);
                    return Result.success(revoked);
                }
            }
            return Result.notFound("no active token named \"" + name + "\"");
        }

        public static List<StoredToken> sorted(List<StoredToken> tokens) {
            return tokens.stream().sorted(Comparator.comparing(StoredToken::name)
                    .thenComparing(StoredToken::createdAt)).toList();
        }
    }
}
