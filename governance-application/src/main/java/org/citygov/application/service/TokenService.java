package org.citygov.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.citygov.application.port.in.Authenticate;
import org.citygov.application.port.in.IssueToken;
import org.citygov.application.port.in.ManageTokens;
import org.citygov.application.port.in.TokenInfo;
import org.citygov.application.port.out.ApiTokens;
import org.citygov.application.port.out.Clock;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;

/**
 * The life of API tokens: 256 random bits, written {@code cgv_} + base64url, handed out once; the store keeps their
 * SHA-256 only. A token that leaks from the store's file is useless, and one that leaks from its holder is revoked.
 */
public final class TokenService implements IssueToken, Authenticate, ManageTokens {

    static final String PREFIX = "cgv_";
    private static final int TOKEN_BYTES = 32;

    private final ApiTokens tokens;
    private final Clock clock;
    private final SecureRandom random;

    public TokenService(ApiTokens tokens, Clock clock) {
        this(tokens, clock, new SecureRandom());
    }

    TokenService(ApiTokens tokens, Clock clock, SecureRandom random) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public Result<IssuedToken> issue(IssueToken.Command command) {
        if (!Ids.isKebabCase(command.name())) {
            return Result.invalid(List.of(new Violation("name", "must be kebab-case (lower-case letters and digits"
                    + " joined by hyphens, at most " + Ids.MAX_ID_LENGTH + " characters), got \"" + command.name()
                    + "\"")));
        }
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiTokens.StoredToken stored = new ApiTokens.StoredToken(command.name(), command.role(), sha256(token),
                clock.now(), Optional.empty());
        return tokens.add(stored).map(kept -> new IssuedToken(token, info(kept)));
    }

    @Override
    public Optional<Caller> authenticate(String presentedToken) {
        if (presentedToken == null || !presentedToken.startsWith(PREFIX) || presentedToken.length() > 128) {
            return Optional.empty();
        }
        return tokens.findByHash(sha256(presentedToken))
                .filter(ApiTokens.StoredToken::active)
                .map(t -> new Caller(t.name(), t.role()));
    }

    @Override
    public List<TokenInfo> list() {
        return tokens.all().stream().map(TokenService::info).toList();
    }

    @Override
    public Result<TokenInfo> revoke(String name) {
        return tokens.revoke(name, clock.now()).map(TokenService::info);
    }

    private static TokenInfo info(ApiTokens.StoredToken t) {
        return new TokenInfo(t.name(), t.role(), t.createdAt(), t.revokedAt());
    }

    /** The hex SHA-256 of a token's UTF-8 bytes: what the store keeps and looks up. */
    public static String sha256(String token) {
        MessageDigest digest = DIGESTS.get();
        digest.reset();
        return HEX.formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static final HexFormat HEX = HexFormat.of();
    /** One digest per thread: looking one up by name costs more than the hash of a token. */
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });
}
