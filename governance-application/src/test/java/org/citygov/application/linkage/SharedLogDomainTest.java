package org.citygov.application.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentEvent;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageChain;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogKeys;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * The domain's part in several processes sharing one log and one consent store: heads naming their key (rotation),
 * a chain adopting what another writer stored, a registry applying stored events once.
 */
class SharedLogDomainTest {

    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");

    private static KeyPair keys() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static List<LinkageRecord> records(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> LinkageRecord.decision(
                LinkageRequest.aggregate(ProjectId.of("p"), StakeholderId.of("party-" + i), DataAssetId.of("a"),
                        PurposeKind.RESEARCH, Set.of("f")),
                new Decision(Decision.Outcome.DENY, List.of(), Optional.empty(), List.of(), List.of(), "no flow", 1),
                AT.plusSeconds(i))).toList();
    }

    @Test
    void check_whenAHeadNamesItsKey_shouldVerifyWithThatKeyAndNotWithAnother() throws Exception {
        KeyPair old = keys();
        KeyPair current = keys();
        SignedTreeHead byOld = SignedTreeHead.sign(3, AT, new byte[32], old);
        LogKeys both = LogKeys.of(List.of(old.getPublic(), current.getPublic()));

        assertEquals(Optional.of(LogKeys.idOf(old.getPublic())), byOld.keyId());
        assertEquals(LogKeys.Check.VERIFIED, both.check(byOld));
        assertEquals(LogKeys.Check.UNKNOWN_KEY, LogKeys.of(current.getPublic()).check(byOld));
        SignedTreeHead relabelled = new SignedTreeHead(3, AT, new byte[32], byOld.signature(),
                Optional.of(LogKeys.idOf(current.getPublic())));
        assertEquals(LogKeys.Check.BAD_SIGNATURE, both.check(relabelled), "a changed key id fails to verify");
    }

    @Test
    void check_whenAHeadNamesNoKey_shouldAcceptAnyTrustedKeyThatVerifiesIt() throws Exception {
        KeyPair old = keys();
        SignedTreeHead unnamed = SignedTreeHead.sign(3, AT, new byte[32], old.getPrivate());

        assertEquals(LogKeys.Check.VERIFIED, LogKeys.of(List.of(keys().getPublic(), old.getPublic())).check(unnamed));
        assertEquals(LogKeys.Check.BAD_SIGNATURE, LogKeys.of(keys().getPublic()).check(unnamed));
    }

    @Test
    void adopt_whenAnotherWriterStoredEntriesThatChain_shouldReachTheWritersRoot() {
        LinkageChain writer = new LinkageChain();
        List<LogEntry> stored = writer.prepare(records(5));
        writer.commit(stored);
        LinkageChain follower = LinkageChain.of(stored.subList(0, 2));

        follower.adopt(stored.subList(2, 5));

        assertEquals(5, follower.size());
        assertArrayEquals(writer.root(), follower.root());
        assertArrayEquals(writer.lastChainHash(), follower.lastChainHash());
    }

    @Test
    void adopt_whenAStoredEntryWasAlteredOrSkipped_shouldRefuseItAndAdoptNothingAfter() {
        LinkageChain writer = new LinkageChain();
        List<LogEntry> stored = writer.prepare(records(4));
        LogEntry third = stored.get(2);
        LogEntry altered = new LogEntry(third.sequence(), third.body().replace("party-2", "party-9"),
                third.leafHash(), third.previousHash(), third.chainHash());
        LinkageChain follower = LinkageChain.of(stored.subList(0, 2));

        assertThrows(IllegalStateException.class, () -> follower.adopt(List.of(altered, stored.get(3))));
        assertThrows(IllegalStateException.class, () -> follower.adopt(List.of(stored.get(3))));
        assertEquals(2, follower.size());
    }

    @Test
    void applyIfNew_whenTheEventIsHeldAlready_shouldChangeNothingAndSaySo() {
        ConsentRegistry registry = new ConsentRegistry();
        SubjectId hanako = SubjectId.of("resident-0042");
        ConsentEvent grant = registry.grantEvent(hanako, ProjectId.of("p"), DataAssetId.of("a"),
                PurposeKind.RESEARCH, AT);
        ConsentEvent withdrawal = ConsentEvent.withdrawn(registry.apply(grant), AT.plusSeconds(60));

        assertFalse(registry.applyIfNew(grant), "applied here when it was stored");
        assertTrue(registry.applyIfNew(withdrawal), "stored by another process");
        assertFalse(registry.applyIfNew(withdrawal));
        assertFalse(registry.of(hanako).getFirst().active());
        assertEquals(1, registry.of(hanako).size());
    }
}
