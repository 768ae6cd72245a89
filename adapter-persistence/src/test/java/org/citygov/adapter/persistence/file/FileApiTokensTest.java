package org.citygov.adapter.persistence.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.citygov.application.port.out.ApiTokens.StoredToken;
import org.citygov.domain.access.Role;
import org.citygov.domain.shared.Result;

/** The token file as two processes see it: one issues and revokes, the other (the server) reads. */
class FileApiTokensTest {

    @TempDir
    Path dir;

    private static StoredToken token(String name, String hash) {
        return new StoredToken(name, Role.ANALYST, hash, Instant.parse("2026-01-05T09:00:00Z"), Optional.empty());
    }

    @Test
    void add_whenAnotherInstanceReadsTheFile_shouldFindTheTokenByHash() {
        FileApiTokens writer = new FileApiTokens(dir.resolve("tokens.json"));
        FileApiTokens reader = new FileApiTokens(dir.resolve("tokens.json"));
        assertTrue(reader.findByHash("aa11").isEmpty());

        writer.add(token("analyst", "aa11"));

        assertEquals("analyst", reader.findByHash("aa11").orElseThrow().name());
    }

    @Test
    void revoke_whenAnotherInstanceReadsTheFile_shouldSeeItRevoked() {
        FileApiTokens writer = new FileApiTokens(dir.resolve("tokens.json"));
        FileApiTokens reader = new FileApiTokens(dir.resolve("tokens.json"));
        writer.add(token("analyst", "aa11"));
        assertTrue(reader.findByHash("aa11").orElseThrow().active());

        writer.revoke("analyst", Instant.parse("2026-01-06T09:00:00Z"));

        assertFalse(reader.findByHash("aa11").orElseThrow().active());
    }

    @Test
    void add_whenAnActiveTokenHasTheName_shouldRefuseWithConflict() {
        FileApiTokens tokens = new FileApiTokens(dir.resolve("tokens.json"));
        tokens.add(token("analyst", "aa11"));

        Result<StoredToken> second = tokens.add(token("analyst", "bb22"));

        assertEquals(Result.Reason.CONFLICT, ((Result.Failure<StoredToken>) second).reason());
        assertEquals(1, tokens.all().size());
    }
}
