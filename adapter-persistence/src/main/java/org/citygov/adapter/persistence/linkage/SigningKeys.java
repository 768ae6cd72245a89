package org.citygov.adapter.persistence.linkage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.citygov.adapter.persistence.file.OwnerOnlyFiles;
import org.citygov.domain.linkage.LogKeys;

/**
 * The Ed25519 key pair that signs the linkage log's tree heads, in a file of two base64 lines (PKCS#8 private key,
 * X.509 public key), readable by its owner only; and the public key alone ({@code *.pub}), for auditors.
 *
 * <p>Every server appending to one log signs with the same key: the operator gives each the same key file (a secret
 * mounted on every server). A {@link #rotate rotation} puts a new pair in the file and keeps the public keys of the
 * pairs it replaced on the lines after it (one base64 X.509 key a line), so heads signed before the rotation still
 * verify; the replaced public key is also kept as {@code FILE.<key id>.pub} for auditors.
 */
public final class SigningKeys {

    /** The signing key pair and the public keys of the pairs it replaced, oldest first. */
    public record KeyRing(KeyPair current, List<PublicKey> retired) {
        public KeyRing {
            retired = List.copyOf(retired);
        }

        /** The keys heads are checked with: the current public key and every retired one. */
        public LogKeys trusted() {
            List<PublicKey> all = new ArrayList<>(retired);
            all.add(current.getPublic());
            return LogKeys.of(all);
        }

        public String currentId() {
            return LogKeys.idOf(current.getPublic());
        }
    }

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

    /** The key file's pair and retired public keys; the file must exist. */
    public static KeyRing loadRing(Path file) {
        KeyPair current = load(file);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            List<PublicKey> retired = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                if (!line.isBlank()) {
                    retired.add(factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                            .decode(line.strip()))));
                }
            }
            return new KeyRing(current, retired);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key " + file, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("the signing key file " + file + " is damaged", e);
        }
    }

    /** {@link #loadRing}, the file created with a new pair (and no retired keys) if there is none. */
    public static KeyRing loadOrCreateRing(Path file) {
        if (!Files.exists(file)) {
            loadOrCreate(file);
        }
        return loadRing(file);
    }

    /**
     * Replaces the key file's pair with a new one, keeping the old public key (and those it had replaced) on the
     * following lines, so that every head signed so far still verifies. The file is replaced whole (written beside it,
     * owner-only, then moved over it); {@code FILE.pub} becomes the new public key and the old one is kept as
     * {@code FILE.<old key id>.pub}. Servers sign with the new key once they are restarted with the new file.
     */
    public static KeyRing rotate(Path file) {
        KeyRing old = loadRing(file);
        KeyPair next = generate();
        List<PublicKey> retired = new ArrayList<>(old.retired());
        retired.add(old.current().getPublic());
        StringBuilder text = new StringBuilder()
                .append(Base64.getEncoder().encodeToString(next.getPrivate().getEncoded())).append('\n')
                .append(Base64.getEncoder().encodeToString(next.getPublic().getEncoded())).append('\n');
        retired.forEach(key -> text.append(Base64.getEncoder().encodeToString(key.getEncoded())).append('\n'));
        Path written = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(written);
            OwnerOnlyFiles.writeNew(written, text.toString());
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(file.resolveSibling(file.getFileName() + "." + old.currentId() + ".pub"),
                    Base64.getEncoder().encodeToString(old.current().getPublic().getEncoded()) + "\n",
                    StandardCharsets.US_ASCII);
            Files.writeString(publicFile(file), Base64.getEncoder().encodeToString(next.getPublic().getEncoded())
                    + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate the signing key " + file, e);
        }
        return new KeyRing(next, retired);
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
