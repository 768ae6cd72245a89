package org.citygov.domain.linkage;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;
import java.util.Optional;

/**
 * Who signs the linkage log's tree heads: Ed25519 over the head's text ({@link SignedTreeHead#signedText}), and the id
 * of the key it signs with ({@link LogKeys#idOf}), if the head is to name one. Ed25519 is deterministic (RFC 8032): one
 * key over one text gives one signature, whichever implementation computes it, so a faster implementation changes no
 * stored byte and every head verifies with the JDK as before.
 *
 * <p>{@link #of(KeyPair)} signs with the JDK ({@code java.security}); a store on the hot path may pass another
 * implementation that gives the same bytes (adapter-persistence checks that it does before it uses it).
 */
public interface HeadSigner {

    /** The Ed25519 signature of {@code text} (64 bytes). */
    byte[] sign(byte[] text);

    /** The id of the key heads are signed with, stored with each head; empty for heads that name no key. */
    Optional<String> keyId();

    /** Signs with the JDK's Ed25519 and the pair's private key; heads name the pair's key id. */
    static HeadSigner of(KeyPair keys) {
        return jdk(keys.getPrivate(), Optional.of(LogKeys.idOf(keys.getPublic())));
    }

    /** Signs with the JDK's Ed25519 and a private key alone: heads name no key. */
    static HeadSigner of(PrivateKey key) {
        return jdk(key, Optional.empty());
    }

    private static HeadSigner jdk(PrivateKey key, Optional<String> keyId) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(keyId, "keyId");
        return new HeadSigner() {
            @Override
            public byte[] sign(byte[] text) {
                try {
                    Signature signer = Signature.getInstance(SignedTreeHead.ALGORITHM);
                    signer.initSign(key);
                    signer.update(text);
                    return signer.sign();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("cannot sign the tree head with " + SignedTreeHead.ALGORITHM, e);
                }
            }

            @Override
            public Optional<String> keyId() {
                return keyId;
            }
        };
    }
}
