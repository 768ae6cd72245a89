package org.citygov.adapter.persistence.linkage;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.EdECPrivateKey;
import java.util.Arrays;
import java.util.Optional;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.citygov.domain.linkage.HeadSigner;

/**
 * Signs the linkage log's tree heads with Bouncy Castle's Ed25519 (RFC 8032) instead of the JDK's. Ed25519 is
 * deterministic, so the signatures are the very bytes the JDK gives — stored heads, seals and {@code log verify} are
 * unchanged — but the JDK recomputes the public key from the private one at every signature and uses generic field
 * arithmetic, while Bouncy Castle keeps the expanded key and uses precomputed tables: several times less CPU per head,
 * which is signed once per group-commit batch on the append path (docs/benchmarks.md).
 *
 * <p>{@link #of(KeyPair)} checks, before it is used, that both implementations give the same signature over a probe
 * text; if the key is not a JDK Ed25519 key with its seed, or the signatures differ, it returns the JDK's signer.
 */
final class FastHeadSigner implements HeadSigner {

    private static final byte[] PROBE = "citygov-linkage-log/1 signer probe\n".getBytes(StandardCharsets.UTF_8);

    private final Ed25519PrivateKeyParameters key;
    private final Optional<String> keyId;

    private FastHeadSigner(Ed25519PrivateKeyParameters key, Optional<String> keyId) {
        this.key = key;
        this.keyId = keyId;
    }

    /** The fast signer for the pair if it signs exactly as the JDK does; otherwise the JDK's ({@link HeadSigner#of}). */
    static HeadSigner of(KeyPair keys) {
        HeadSigner jdk = HeadSigner.of(keys);
        if (!(keys.getPrivate() instanceof EdECPrivateKey edec) || edec.getBytes().isEmpty()
                || edec.getBytes().get().length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            return jdk;
        }
        FastHeadSigner fast = new FastHeadSigner(new Ed25519PrivateKeyParameters(edec.getBytes().get(), 0),
                jdk.keyId());
        try {
            return Arrays.equals(fast.sign(PROBE), jdk.sign(PROBE)) ? fast : jdk;
        } catch (RuntimeException e) {
            return jdk;
        }
    }

    @Override
    public byte[] sign(byte[] text) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(text, 0, text.length);
        return signer.generateSignature();
    }

    @Override
    public Optional<String> keyId() {
        return keyId;
    }

    /** For tests: whether this is the Bouncy Castle signer (not the JDK fallback). */
    static boolean isFast(HeadSigner signer) {
        return signer instanceof FastHeadSigner;
    }

    @Override
    public String toString() {
        return "Ed25519 signer (Bouncy Castle), key id " + keyId.orElse("none");
    }
}
