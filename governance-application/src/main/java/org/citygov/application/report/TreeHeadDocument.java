package org.citygov.application.report;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.merkle.Sha256;

/**
 * The linkage log's signed tree head as auditors hold it, one JSON shape everywhere: {@code GET /linkage-log/head}
 * (and the proofs' {@code head}) writes it, {@code citygov log verify --trusted-head FILE} reads it back with the
 * {@link org.citygov.application.input.DocumentReader}, so a saved answer of the route is a valid file. The root is hex,
 * the signature and the public key (X.509) base64; what is signed is {@link SignedTreeHead}'s text (size, time in
 * milliseconds, root). {@code keyId} names the key that signed it (absent for heads signed before schema V10, and
 * optional in a file an auditor kept).
 */
public record TreeHeadDocument(
        @NotNull @PositiveOrZero Long treeSize,
        @NotNull Instant at,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits (a SHA-256 root)")
        String rootHash,
        @NotNull @Pattern(regexp = BASE64, message = "must be base64") String signature,
        @NotNull @Pattern(regexp = SignedTreeHead.ALGORITHM, message = "must be " + SignedTreeHead.ALGORITHM)
        String algorithm,
        @NotNull @Pattern(regexp = BASE64, message = "must be base64 (an X.509 public key)") String publicKey,
        @Pattern(regexp = "[0-9a-f]{16}", message = "must be 16 lowercase hex digits (a key id)") String keyId) {

    /** Standard base64 with its padding: what {@code Base64.getEncoder()} writes. */
    private static final String BASE64 = "([A-Za-z0-9+/]{4})+([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"
            + "|[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=";

    public static TreeHeadDocument of(SignedTreeHead head, PublicKey key) {
        return new TreeHeadDocument(head.treeSize(), head.at(), Sha256.hex(head.rootHash()),
                Base64.getEncoder().encodeToString(head.signature()), SignedTreeHead.ALGORITHM,
                base64(key), head.keyId().orElse(null));
    }

    /** The head itself, to verify with a key the caller trusts (not with {@link #publicKey}, which came with it). */
    public SignedTreeHead signedTreeHead() {
        return new SignedTreeHead(treeSize, at, Sha256.fromHex(rootHash), Base64.getDecoder().decode(signature),
                java.util.Optional.ofNullable(keyId));
    }

    /** Whether {@link #publicKey} is {@code key}. */
    public boolean namesKey(PublicKey key) {
        return publicKey.equals(base64(key));
    }

    /** Whether {@link #publicKey} is one of {@code keys}. */
    public boolean namesKeyAmong(org.citygov.domain.linkage.LogKeys keys) {
        try {
            PublicKey named = java.security.KeyFactory.getInstance(SignedTreeHead.ALGORITHM).generatePublic(
                    new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            return keys.byId(org.citygov.domain.linkage.LogKeys.idOf(named)).isPresent();
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String base64(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }
}
