package org.citygov.adapter.persistence.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key file: created owner-only, read back as the same pair, never made up when only loading. */
class SigningKeysTest {

    @TempDir
    Path temp;

    @Test
    void loadOrCreate_whenThereIsNoKey_shouldCreateTheKeyFileAndItsDirectoryOwnerOnly() throws Exception {
        Path file = temp.resolve("keys").resolve("linkage-signing.key");

        KeyPair created = SigningKeys.loadOrCreate(file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        KeyPair loaded = SigningKeys.load(file);
        assertArrayEquals(created.getPrivate().getEncoded(), loaded.getPrivate().getEncoded());
        assertArrayEquals(created.getPublic().getEncoded(), SigningKeys.readPublic(SigningKeys.publicFile(file))
                .getEncoded());
    }

    @Test
    void load_whenThereIsNoKey_shouldFailRatherThanMakeOne() {
        Path file = temp.resolve("missing.key");

        assertThrows(UncheckedIOException.class, () -> SigningKeys.load(file));

        assertEquals(false, Files.exists(file));
    }
}
