package org.citygov.domain.linkage;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.citygov.domain.shared.Messages;
import org.citygov.domain.merkle.MerkleLevels;
import org.citygov.domain.merkle.Sha256;

/**
 * Checks a whole linkage log, entries in the order of their stored sequence numbers, and names the first entry that
 * was altered, removed or reordered:
 * <ul>
 *   <li>a gap in the sequence numbers: the missing entry was REMOVED;</li>
 *   <li>a leaf hash that is not {@code H(0x00 || body)}, or a chain hash that is not {@code H(previous || leaf)}:
 *       the entry was ALTERED;</li>
 *   <li>an entry whose previous-hash is not the chain hash before it: when the entry that belongs there is found
 *       later in the log, this one was REORDERED; otherwise the entry that belonged there was REMOVED (and the
 *       rest renumbered);</li>
 *   <li>(stored entries) a subject index that is not the subject the entry's text names, or a seal that does not
 *       cover the entry it is stored with: the entry was ALTERED;</li>
 *   <li>then every signed tree head — those stored apart, the seals stored with the entries, and the trusted one —
 *       from the smallest: its signature must verify with the trusted key it names ({@link LogKeys}: the current key
 *       or one it replaced; any trusted key for a head that names none) and its root must be the Merkle root of the
 *       entries it covers; a head covering more entries than there are means entries were REMOVED from the end; a
 *       head whose root differs means an entry after the last head that matched was ALTERED, even if every hash was
 *       rewritten consistently (the entry is named exactly when heads were signed for each entry, as when appends
 *       come one at a time; within a batch sealed by one head, the batch's first entry is named);</li>
 *   <li>last, entries after the largest head that verifies are covered by no signature: the log is
 *       {@link LogVerification.Unsigned}, not intact — whoever can write the store can append entries that chain
 *       correctly.</li>
 * </ul>
 * Entries and heads removed together from the end are caught only against a head kept outside the store: pass it as
 * {@code trusted}. The stored heads that remain then all verify, and only the trusted one covers more entries than
 * are stored: the log is REMOVED from the first missing entry, and the detail names the missing entries and says that
 * the trusted head is the one that shows it.
 */
public final class LogVerifier {

    private LogVerifier() {
    }

    /** Checks entries and heads held in memory (no subject index, no seals). */
    public static LogVerification verify(List<LogEntry> entries, List<SignedTreeHead> heads, PublicKey key,
                                         Optional<SignedTreeHead> trusted) {
        return check(unindexed(entries), false, heads, LogKeys.of(key), trusted);
    }

    /** Entries held in memory, seen as stored entries without index or seal (made as they are read). */
    static List<StoredLogEntry> unindexed(List<LogEntry> entries) {
        return new AbstractList<>() {
            @Override
            public StoredLogEntry get(int index) {
                return new StoredLogEntry(entries.get(index), Optional.empty(), Optional.empty());
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    /** Checks entries as a store keeps them: each with its subject index and its seal, and the heads stored apart. */
    public static LogVerification verifyStored(List<StoredLogEntry> entries, List<SignedTreeHead> heads,
                                               PublicKey key, Optional<SignedTreeHead> trusted) {
        return check(entries, true, heads, LogKeys.of(key), trusted);
    }

    /**
     * As {@link #verifyStored(List, List, PublicKey, Optional)}, each head checked with the trusted key it names (the
     * current key and those it replaced): heads signed before a key rotation verify with the old key.
     */
    public static LogVerification verifyStored(List<StoredLogEntry> entries, List<SignedTreeHead> heads,
                                               LogKeys keys, Optional<SignedTreeHead> trusted) {
        return check(entries, true, heads, keys, trusted);
    }

    /** A head to judge: stored apart, the seal of an entry ({@code sealedEntry} ≥ 0), or the trusted one. */
    private record Head(SignedTreeHead head, Kind kind, long sealedEntry) {

        enum Kind { STORED, SEAL, TRUSTED }

        /** How the outcome's detail names it (made only when a problem is reported). */
        String which() {
            return switch (kind) {
                case STORED -> Messages.text("log.storedHead", head);
                case SEAL -> Messages.text("log.sealOfEntry", sealedEntry, head);
                case TRUSTED -> Messages.text("log.trustedHead", head);
            };
        }
    }

    /**
     * Entries per task when the log is checked in parallel: small enough to balance and for a range's leaf hashes
     * (512 KiB) to stay in the cache while the Merkle nodes above them are hashed, large enough to amortise; a power of
     * two, so that only the few Merkle levels above it span ranges.
     */
    static final int CHUNK = 16_384;

    /** The first problem a range of entries shows (position and outcome), and the seals it holds, first seen first. */
    private record Scan(long firstBad, LogVerification problem, Map<SignedTreeHead, Long> seals) {
    }

    private static LogVerification check(List<StoredLogEntry> entries, boolean indexed, List<SignedTreeHead> heads,
                                         LogKeys keys, Optional<SignedTreeHead> trusted) {
        return check(entries, indexed, heads, keys, trusted, CHUNK);
    }

    /**
     * The whole check, in parallel on the common fork-join pool: each entry's own checks (position, leaf hash, chain
     * hash, link to the entry before, subject index, seal) depend only on it and the entry before it, so ranges of
     * {@code chunk} entries are checked at once and the problem at the smallest position wins — the same outcome and
     * detail as checking one entry after the other. The task that checked a range also hashes the Merkle nodes above
     * its leaves while they are in the cache ({@link MerkleLevels}); the few nodes spanning ranges are hashed after,
     * and the heads' signatures are checked in parallel; the heads are then judged from the smallest, in order.
     */
    static LogVerification check(List<StoredLogEntry> entries, boolean indexed, List<SignedTreeHead> heads,
                                 LogKeys keys, Optional<SignedTreeHead> trusted, int chunk) {
        int size = entries.size();
        MerkleLevels tree = new MerkleLevels(size);
        int chunks = (int) Math.max(1, ((long) size + chunk - 1) / chunk);
        List<Scan> scans = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> scan(entries, indexed, tree, (int) Math.min(size, (long) c * chunk),
                        (int) Math.min(size, (long) (c + 1) * chunk)))
                .toList();
        Map<SignedTreeHead, Long> seals = new LinkedHashMap<>();
        for (Scan scan : scans) {
            if (scan.problem() != null) {
                return scan.problem();
            }
            scan.seals().forEach(seals::putIfAbsent);
        }
        tree.hashAcross(chunk, Sha256.newDigest());
        List<Head> all = new ArrayList<>();
        Set<SignedTreeHead> seen = new HashSet<>();
        for (SignedTreeHead head : heads) {
            if (seen.add(head)) {
                all.add(new Head(head, Head.Kind.STORED, -1));
            }
        }
        seals.forEach((seal, entry) -> {
            if (seen.add(seal)) {
                all.add(new Head(seal, Head.Kind.SEAL, entry));
            }
        });
        trusted.ifPresent(head -> all.add(new Head(head, Head.Kind.TRUSTED, -1)));
        all.sort(Comparator.comparingLong(h -> h.head().treeSize()));
        List<LogKeys.Check> checks = all.parallelStream().map(h -> keys.check(h.head())).toList();
        long proven = 0;
        for (int i = 0; i < all.size(); i++) {
            Head checked = all.get(i);
            SignedTreeHead head = checked.head();
            LogKeys.Check check = checks.get(i);
            if (check == LogKeys.Check.UNKNOWN_KEY) {
                String key = head.keyId().orElseThrow();
                return checked.sealedEntry() >= 0
                        ? tampered(LogVerification.Tampering.ALTERED, checked.sealedEntry(), Messages.text(
                        "log.sealUnknownKey", head, key, keys.ids()))
                        : tampered(LogVerification.Tampering.BAD_TREE_HEAD, head.treeSize(), Messages.text(
                        "log.unknownKey", checked.which(), key, keys.ids()));
            }
            if (check == LogKeys.Check.BAD_SIGNATURE) {
                return checked.sealedEntry() >= 0
                        ? tampered(LogVerification.Tampering.ALTERED, checked.sealedEntry(), Messages.text(
                        "log.sealBadSignature", head))
                        : tampered(LogVerification.Tampering.BAD_TREE_HEAD, head.treeSize(), Messages.text(
                        "log.badSignature", checked.which()));
            }
            if (head.treeSize() > size) {
                String missing = head.treeSize() - size == 1 ? Messages.text("log.entryMissing", size)
                        : Messages.text("log.entriesMissing", size, head.treeSize() - 1);
                return tampered(LogVerification.Tampering.REMOVED, size, Messages.text("log.headCoversMore", missing,
                        checked.which(), head.treeSize(), size));
            }
            if (!Arrays.equals(tree.root(head.treeSize()), head.rootHash())) {
                String which = head.treeSize() - proven == 1 ? Messages.text("log.entryRewritten", proven)
                        : Messages.text("log.entriesRewritten", proven, head.treeSize() - 1);
                return tampered(LogVerification.Tampering.ALTERED, proven, Messages.text("log.rootDiffers", which,
                        head.treeSize(), checked.which()));
            }
            proven = Math.max(proven, head.treeSize());
        }
        if (proven < size) {
            return new LogVerification.Unsigned(size, proven, all.size());
        }
        return new LogVerification.Intact(size, Sha256.hex(tree.root(size)), all.size());
    }

    /**
     * Checks entries {@code from} (inclusive) to {@code to} on their own, up to the first problem among them; when
     * there is none, sets their leaf hashes in the tree and hashes the nodes above them. Hashes into reused buffers:
     * apart from each entry's text as UTF-8, nothing is allocated per entry.
     */
    private static Scan scan(List<StoredLogEntry> entries, boolean indexed, MerkleLevels tree, int from, int to) {
        MessageDigest digest = Sha256.newDigest();
        byte[] leaf = new byte[Sha256.LENGTH];
        byte[] chained = new byte[Sha256.LENGTH];
        Map<SignedTreeHead, Long> seals = new LinkedHashMap<>();
        SignedTreeHead lastSeal = null;
        // every entry before the first problem passed, so the chain before an entry ends in its predecessor's
        byte[] previous = from == 0 ? LinkageChain.GENESIS : entries.get(from - 1).entry().chainHash();
        for (int position = from; position < to; position++) {
            StoredLogEntry stored = entries.get(position);
            LogEntry entry = stored.entry();
            long expected = position;
            if (entry.sequence() != expected) {
                return new Scan(expected, entry.sequence() > expected
                        ? tampered(LogVerification.Tampering.REMOVED, expected, Messages.text("log.sequenceJumps",
                        expected - 1, entry.sequence()))
                        : tampered(LogVerification.Tampering.REORDERED, expected, Messages.text("log.storedAt",
                        entry.sequence(), expected)), seals);
            }
            digest.update((byte) 0x00);
            digest.update(entry.body().getBytes(StandardCharsets.UTF_8));
            finish(digest, leaf);
            if (!Arrays.equals(leaf, entry.leafHash())) {
                return new Scan(expected, tampered(LogVerification.Tampering.ALTERED, expected, Messages.text("log.leafHash")), seals);
            }
            digest.update(entry.previousHash());
            digest.update(leaf);
            finish(digest, chained);
            if (!Arrays.equals(chained, entry.chainHash())) {
                return new Scan(expected, tampered(LogVerification.Tampering.ALTERED, expected, Messages.text("log.chainHash")), seals);
            }
            if (!Arrays.equals(entry.previousHash(), previous)) {
                for (int later = position + 1; later < entries.size(); later++) {
                    if (Arrays.equals(entries.get(later).entry().previousHash(), previous)) {
                        return new Scan(expected, tampered(LogVerification.Tampering.REORDERED, expected, Messages.text(
                                "log.followedBy", expected - 1, entries.get(later).entry().sequence())), seals);
                    }
                }
                return new Scan(expected, tampered(LogVerification.Tampering.REMOVED, expected, Messages.text("log.chainBreaks",
                        expected - 1)), seals);
            }
            if (indexed && !stored.filedUnder().equals(LinkageRecord.subjectOf(entry.body()))) {
                return new Scan(expected, tampered(LogVerification.Tampering.ALTERED, expected, Messages.text(
                        "log.filedElsewhere")), seals);
            }
            if (stored.seal().isPresent()) {
                SignedTreeHead seal = stored.seal().get();
                if (seal.treeSize() <= expected) {
                    return new Scan(expected, tampered(LogVerification.Tampering.ALTERED, expected, Messages.text(
                            "log.sealTooEarly", seal)), seals);
                }
                // the entries of a batch share their seal: only a new one is looked up
                if (seal != lastSeal && !seal.equals(lastSeal)) {
                    seals.putIfAbsent(seal, expected);
                    lastSeal = seal;
                }
            }
            tree.setLeaf(position, leaf, 0);
            previous = entry.chainHash();
        }
        tree.hashWithin(from, to, digest);
        return new Scan(-1, null, seals);
    }

    /** Completes the digest into {@code out} (32 bytes) and resets it. */
    private static void finish(MessageDigest digest, byte[] out) {
        try {
            digest.digest(out, 0, Sha256.LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 writes 32 bytes", e);
        }
    }

    private static LogVerification tampered(LogVerification.Tampering how, long sequence, String detail) {
        return new LogVerification.Tampered(how, sequence, detail);
    }
}
