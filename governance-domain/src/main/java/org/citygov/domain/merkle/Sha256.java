package org.citygov.domain.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 as RFC 6962 uses it: leaf hashes {@code H(0x00 || data)}, node hashes {@code H(0x01 || left || right)}. */
public final class Sha256 {

    /** Bytes in a hash. */
    public static final int LENGTH = 32;

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@code SHA-256()} of nothing: the root of the empty tree (RFC 6962 2.1). */
    public static byte[] emptyRoot() {
        return DIGEST.get().digest();
    }

    /** {@code SHA-256(0x00 || data)}. */
    public static byte[] leafHash(byte[] data) {
        return leafHash(DIGEST.get(), data);
    }

    public static byte[] leafHash(MessageDigest digest, byte[] data) {
        digest.update((byte) 0x00);
        return digest.digest(data);
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        return nodeHash(DIGEST.get(), left, right);
    }

    public static byte[] nodeHash(MessageDigest digest, byte[] left, byte[] right) {
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    /** {@code SHA-256(a || b)}: the link of a hash chain. */
    public static byte[] chain(MessageDigest digest, byte[] previous, byte[] next) {
        digest.update(previous);
        return digest.digest(next);
    }

    public static String hex(byte[] hash) {
        return java.util.HexFormat.of().formatHex(hash);
    }

    public static byte[] fromHex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}
