package org.citygov.adapter.persistence.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Optional;

import org.citygov.domain.linkage.HeadSigner;
import org.citygov.domain.linkage.LogKeys;
import org.citygov.domain.linkage.SignedTreeHead;
import org.junit.jupiter.api.Test;

/** The Bouncy Castle head signer gives the JDK's Ed25519 bytes, so stored heads do not change and verify as before. */
class FastHeadSignerTest {

    @Test
    void of_whenTheKeyIsAJdkEd25519Pair_shouldSignTheSameBytesAsTheJdk() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        HeadSigner fast = FastHeadSigner.of(keys);

        assertTrue(FastHeadSigner.isFast(fast), "a JDK Ed25519 key with its seed is signed with Bouncy Castle");
        assertEquals(Optional.of(LogKeys.idOf(keys.getPublic())), fast.keyId());
        for (int size = 0; size < 200; size += 7) {
            byte[] text = ("citygov-linkage-log/1\n" + size + "\n" + (1_764_460_000_000L + size) + "\n"
                    + "ab".repeat(32) + "\n").getBytes(StandardCharsets.UTF_8);
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initSign(keys.getPrivate());
            jdk.update(text);
            assertArrayEquals(jdk.sign(), fast.sign(text), "signature over a head of size " + size);
        }
    }

    @Test
    void sign_whenAHeadIsSignedFast_shouldEqualTheJdksHeadAndVerifyWithTheTrustedKey() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] root = new byte[32];
        root[0] = 7;
        Instant at = Instant.ofEpochMilli(1_764_460_123_456L);

        SignedTreeHead fast = SignedTreeHead.sign(42, at, root, FastHeadSigner.of(keys));

        assertEquals(SignedTreeHead.sign(42, at, root, keys), fast);
        assertEquals(LogKeys.Check.VERIFIED, LogKeys.of(keys.getPublic()).check(fast));
        assertFalse(fast.verify(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()));
    }

    @Test
    void of_whenThePrivateKeyIsNotAJdkEd25519Key_shouldFallBackToTheJdkSigner() throws Exception {
        KeyPair real = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        PrivateKey opaque = new PrivateKey() {
            @Override
            public String getAlgorithm() {
                return "Ed25519";
            }

            @Override
            public String getFormat() {
                return null;
            }

            @Override
            public byte[] getEncoded() {
                return null;
            }
        };

        HeadSigner signer = FastHeadSigner.of(new KeyPair(real.getPublic(), opaque));

        assertFalse(FastHeadSigner.isFast(signer));
        assertEquals(Optional.of(LogKeys.idOf(real.getPublic())), signer.keyId());
    }
}
