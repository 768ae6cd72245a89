package org.citygov.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.citygov.application.port.out.ApiTokens;
import org.citygov.application.port.out.ApiTokens.StoredToken;
import org.citygov.domain.access.Role;
import org.citygov.domain.shared.Result;

/**
 * What every {@link ApiTokens} store must do, run against each implementation: in memory, the token file, H2 and
 * PostgreSQL. A store may be shared by the tests of a class, so each test uses names and hashes of its own.
 */
public abstract class AbstractApiTokensContractTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    /** An instant with nanoseconds, which a store must give back exactly. */
    private static final Instant ISSUED = Instant.parse("2026-03-01T09:15:30.123456789Z");

    protected abstract ApiTokens tokens();

    private static String unique(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet() + "-" + System.nanoTime();
    }

    private static StoredToken token(String name, String hash, Instant at) {
        return new StoredToken(name, Role.APPROVER, hash, at, Optional.empty());
    }

    private static Result.Reason reason(Result<?> result) {
        return assertInstanceOf(Result.Failure.class, result).reason();
    }

    @Test
    void add_whenNew_shouldBeFoundByItsHashWithEveryField() {
        StoredToken token = token(unique("committee"), unique("hash"), ISSUED);

        assertEquals(Result.success(token), tokens().add(token));

        assertEquals(Optional.of(token), tokens().findByHash(token.sha256()));
        assertTrue(tokens().all().contains(token));
    }

    @Test
    void findByHash_whenUnknown_shouldBeEmpty() {
        assertEquals(Optional.empty(), tokens().findByHash(unique("no-such-hash")));
    }

    @Test
    void add_whenAnActiveTokenHasTheName_shouldBeConflictAndKeepTheFirst() {
        String name = unique("analyst");
        StoredToken first = token(name, unique("hash"), ISSUED);
        tokens().add(first);

        Result<StoredToken> second = tokens().add(token(name, unique("hash"), ISSUED.plusSeconds(1)));

        assertEquals(Result.Reason.CONFLICT, reason(second));
        assertEquals(List.of(first), tokens().all().stream().filter(t -> t.name().equals(name)).toList());
    }

    @Test
    void add_whenTheHashIsTaken_shouldBeConflict() {
        String hash = unique("hash");
        tokens().add(token(unique("one"), hash, ISSUED));

        Result<StoredToken> other = tokens().add(token(unique("two"), hash, ISSUED));

        assertEquals(Result.Reason.CONFLICT, reason(other));
    }

    @Test
    void revoke_whenActive_shouldRecordTheTimeAndFreeTheName() {
        String name = unique("provider");
        StoredToken first = token(name, unique("hash"), ISSUED);
        tokens().add(first);
        Instant at = ISSUED.plusSeconds(60).plusNanos(7);

        Result<StoredToken> revoked = tokens().revoke(name, at);
        Result<StoredToken> again = tokens().add(token(name, unique("hash"), at.plusSeconds(1)));

        assertEquals(Result.success(first.revokedAt(at)), revoked);
        assertFalse(tokens().findByHash(first.sha256()).orElseThrow().active());
        assertEquals(Optional.of(at), tokens().findByHash(first.sha256()).orElseThrow().revokedAt());
        assertTrue(again.isSuccess());
    }

    @Test
    void revoke_whenNoActiveTokenHasTheName_shouldBeNotFound() {
        String name = unique("gone");
        tokens().add(token(name, unique("hash"), ISSUED));
        tokens().revoke(name, ISSUED.plusSeconds(1));

        assertEquals(Result.Reason.NOT_FOUND, reason(tokens().revoke(name, ISSUED.plusSeconds(2))));
        assertEquals(Result.Reason.NOT_FOUND, reason(tokens().revoke(unique("never"), ISSUED)));
    }

    @Test
    void all_whenANameWasIssuedTwice_shouldListByNameThenCreationTime() {
        String prefix = unique("sorted");
        StoredToken b = token(prefix + "-b", unique("hash"), ISSUED);
        StoredToken aOld = token(prefix + "-a", unique("hash"), ISSUED);
        tokens().add(b);
        tokens().add(aOld);
        StoredToken aOldRevoked = tokens().revoke(prefix + "-a", ISSUED.plusSeconds(5)).orElseThrow();
        StoredToken aNew = token(prefix + "-a", unique("hash"), ISSUED.plusSeconds(10));
        tokens().add(aNew);

        List<StoredToken> listed = tokens().all().stream().filter(t -> t.name().startsWith(prefix)).toList();

        assertEquals(List.of(aOldRevoked, aNew, b), listed);
    }
}
