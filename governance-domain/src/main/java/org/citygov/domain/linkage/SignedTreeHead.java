package org.citygov.domain.linkage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.shared.Messages;
import org.citygov.domain.merkle.Sha256;

/**
 * The log's tree head — its size, root hash and time — signed with Ed25519 (the JDK's {@code java.security}). Anyone
 * holding the public key and an earlier head can check that the log has only grown since ({@code consistency proof})
 * and that an entry is in it ({@code inclusion proof}).
 *
 * <p>{@code keyId} names the key that signed it ({@link LogKeys#idOf}), so that heads signed before a key rotation are
 * checked with the old public key. It is not part of the signed text: it only says which trusted key to check with, and
 * a changed id makes the head fail to verify. Heads signed before key ids existed (schema V10) have none.
 */
public record SignedTreeHead(long treeSize, Instant at, byte[] rootHash, byte[] signature, Optional<String> keyId) {

    public static final String ALGORITHM = "Ed25519";

    public SignedTreeHead {
        if (treeSize < 0) {
            throw new IllegalArgumentException("a tree size is 0 or more");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(keyId, "keyId");
    }

    /** A head that names no key (stored before schema V10, or kept by an auditor without one). */
    public SignedTreeHead(long treeSize, Instant at, byte[] rootHash, byte[] signature) {
        this(treeSize, at, rootHash, signature, Optional.empty());
    }

    /** Signs with a private key alone: the head names no key. */
    public static SignedTreeHead sign(long treeSize, Instant at, byte[] rootHash, PrivateKey key) {
        return sign(treeSize, at, rootHash, HeadSigner.of(key));
    }

    /** Signs with the pair's private key; the head names the pair's key id. */
    public static SignedTreeHead sign(long treeSize, Instant at, byte[] rootHash, KeyPair keys) {
        return sign(treeSize, at, rootHash, HeadSigner.of(keys));
    }

    /** Signs with {@code signer}; the head names the signer's key id, if it has one. */
    public static SignedTreeHead sign(long treeSize, Instant at, byte[] rootHash, HeadSigner signer) {
        byte[] signature = signer.sign(signedText(treeSize, at, rootHash));
        return new SignedTreeHead(treeSize, at, rootHash.clone(), signature, signer.keyId());
    }

    /** Whether the signature is the key's over this size, time and root. */
    public boolean verify(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedText(treeSize, at, rootHash));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** What is signed: {@code citygov-linkage-log/1}, size, time in milliseconds and root in hex, one per line. */
    public static byte[] signedText(long treeSize, Instant at, byte[] rootHash) {
        return ("citygov-linkage-log/1\n" + treeSize + "\n" + at.toEpochMilli() + "\n" + Sha256.hex(rootHash) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return keyId.map(id -> Messages.text("log.treeHeadByKey", treeSize, Sha256.hex(rootHash), at, id))
                .orElseGet(() -> Messages.text("log.treeHead", treeSize, Sha256.hex(rootHash), at));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedTreeHead h && h.treeSize == treeSize && h.at.equals(at)
                && java.util.Arrays.equals(h.rootHash, rootHash) && java.util.Arrays.equals(h.signature, signature)
                && h.keyId.equals(keyId);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(treeSize) * 31 + java.util.Arrays.hashCode(rootHash);
    }
}
