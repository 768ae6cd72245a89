package org.citygov.adapter.persistence.linkage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.citygov.adapter.persistence.file.OwnerOnlyFiles;

/**
 * The Ed25519 key pair that signs the linkage log's tree heads, in a file of two base64 lines (PKCS#8 private key,
 * X.509 public key), readable by its owner only; and the public key alone ({@code *.pub}), for auditors.
 */
public final class SigningKeys {

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /** The key pair in {@code file}, created (with {@code file.pub} beside it) if there is none. */
    public static KeyPair loadOrCreate(Path file) {
        if (Files.exists(file)) {
            return load(file);
        }
        KeyPair pair = generate();
        try {
            OwnerOnlyFiles.createDirectories(file.toAbsolutePath().getParent());
            // owner-only from its creation: the private key is never in a file anyone else may read, whatever the umask
            OwnerOnlyFiles.writeNew(file, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                    + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n");
            Files.writeString(publicFile(file), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())
                    + "\n", StandardCharsets.US_ASCII);
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signing key " + file, e);
        }
    }

    /** The key pair in {@code file}, which must exist (never a new key: heads signed by it would not verify). */
    public static KeyPair load(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            return new KeyPair(
                    factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1)))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0)))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key " + file, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("the signing key file " + file + " is damaged", e);
        }
    }

    public static Path publicFile(Path keyFile) {
        return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
    }

    /** A public key file: one base64 line of the X.509 encoding. */
    public static PublicKey readPublic(Path file) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the public key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + file, e);
        }
    }
}
