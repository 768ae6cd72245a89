package org.citygov.domain.linkage;

import java.nio.charset.StandardCharsets;
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

import org.citygov.domain.merkle.MerkleTree;
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

    private record Head(SignedTreeHead head, String which, long sealedEntry) {
    }

    /** Entries per task when the log is checked in parallel: small enough to balance, large enough to amortise. */
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
     * detail as checking one entry after the other. The Merkle tree's levels are then built level by level in
     * parallel, and the heads' signatures checked in parallel; the heads are then judged from the smallest, in order.
     */
    static LogVerification check(List<StoredLogEntry> entries, boolean indexed, List<SignedTreeHead> heads,
                                 LogKeys keys, Optional<SignedTreeHead> trusted, int chunk) {
        int size = entries.size();
        byte[][] leaves = new byte[size][];
        int chunks = (int) Math.max(1, ((long) size + chunk - 1) / chunk);
        List<Scan> scans = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> scan(entries, indexed, leaves, (int) Math.min(size, (long) c * chunk),
                        (int) Math.min(size, (long) (c + 1) * chunk)))
                .toList();
        Map<SignedTreeHead, Long> seals = new LinkedHashMap<>();
        for (Scan scan : scans) {
            if (scan.problem() != null) {
                return scan.problem();
            }
            scan.seals().forEach(seals::putIfAbsent);
        }
        MerkleTree tree = MerkleTree.ofOwnedLeaves(leaves);
        List<Head> all = new ArrayList<>();
        Set<SignedTreeHead> seen = new HashSet<>();
        for (SignedTreeHead head : heads) {
            if (seen.add(head)) {
                all.add(new Head(head, "the stored " + head, -1));
            }
        }
        seals.forEach((seal, entry) -> {
            if (seen.add(seal)) {
                all.add(new Head(seal, "the seal stored with entry " + entry + ", " + seal, entry));
            }
        });
        trusted.ifPresent(head -> all.add(new Head(head, "the trusted " + head, -1)));
        all.sort(Comparator.comparingLong(h -> h.head().treeSize()));
        List<LogKeys.Check> checks = all.parallelStream().map(h -> keys.check(h.head())).toList();
        long proven = 0;
        for (int i = 0; i < all.size(); i++) {
            Head checked = all.get(i);
            SignedTreeHead head = checked.head();
            LogKeys.Check check = checks.get(i);
            if (check == LogKeys.Check.UNKNOWN_KEY) {
                String unknown = " is signed with key " + head.keyId().orElseThrow() + ", which is not among the"
                        + " trusted keys " + keys.ids() + " (give every public key the log was signed with, those"
                        + " of earlier keys included)";
                return checked.sealedEntry() >= 0
                        ? tampered(LogVerification.Tampering.ALTERED, checked.sealedEntry(), "its seal, " + head
                        + "," + unknown)
                        : tampered(LogVerification.Tampering.BAD_TREE_HEAD, head.treeSize(), checked.which()
                        + unknown);
            }
            if (check == LogKeys.Check.BAD_SIGNATURE) {
                return checked.sealedEntry() >= 0
                        ? tampered(LogVerification.Tampering.ALTERED, checked.sealedEntry(), "its seal, " + head
                        + ", does not verify with the log's public key: the seal was rewritten")
                        : tampered(LogVerification.Tampering.BAD_TREE_HEAD, head.treeSize(), "the signature of "
                        + checked.which() + " does not verify with the log's public key");
            }
            if (head.treeSize() > size) {
                String missing = head.treeSize() - size == 1 ? "entry " + size + " is missing"
                        : "entries " + size + " to " + (head.treeSize() - 1) + " are missing";
                return tampered(LogVerification.Tampering.REMOVED, size, missing + ": " + checked.which()
                        + " covers " + head.treeSize() + " entries, but only " + size + " are stored");
            }
            if (!Arrays.equals(tree.root(head.treeSize()), head.rootHash())) {
                String which = head.treeSize() - proven == 1 ? "entry " + proven + " was rewritten with its hashes"
                        : "one of entries " + proven + " to " + (head.treeSize() - 1) + " was rewritten with its"
                        + " hashes (the first not proven by an earlier head is named)";
                return tampered(LogVerification.Tampering.ALTERED, proven, which + ": the log's root at "
                        + head.treeSize() + " entries is not that of " + checked.which());
            }
            proven = Math.max(proven, head.treeSize());
        }
        if (proven < size) {
            return new LogVerification.Unsigned(size, proven, all.size());
        }
        return new LogVerification.Intact(size, Sha256.hex(tree.root()), all.size());
    }

    /** Checks entries {@code from} (inclusive) to {@code to} on their own, up to the first problem among them. */
    private static Scan scan(List<StoredLogEntry> entries, boolean indexed, byte[][] leaves, int from, int to) {
        MessageDigest digest = Sha256.newDigest();
        Map<SignedTreeHead, Long> seals = new LinkedHashMap<>();
        for (int position = from; position < to; position++) {
            StoredLogEntry stored = entries.get(position);
            LogEntry entry = stored.entry();
            long expected = position;
            if (entry.sequence() != expected) {
                return new Scan(expected, entry.sequence() > expected
                        ? tampered(LogVerification.Tampering.REMOVED, expected, "the sequence jumps from "
                        + (expected - 1) + " to " + entry.sequence())
                        : tampered(LogVerification.Tampering.REORDERED, expected, "entry " + entry.sequence()
                        + " is stored at position " + expected), seals);
            }
            byte[] leaf = Sha256.leafHash(digest, entry.body().getBytes(StandardCharsets.UTF_8));
            if (!Arrays.equals(leaf, entry.leafHash())) {
                return new Scan(expected, tampered(LogVerification.Tampering.ALTERED, expected, "its content does"
                        + " not match its leaf hash"), seals);
            }
            if (!Arrays.equals(Sha256.chain(digest, entry.previousHash(), leaf), entry.chainHash())) {
                return new Scan(expected, tampered(LogVerification.Tampering.ALTERED, expected, "its chain hash is"
                        + " not H(previous || leaf)"), seals);
            }
            // every entry before the first problem passed, so the chain before this one ends in its predecessor's
            byte[] previous = position == 0 ? LinkageChain.GENESIS : entries.get(position - 1).entry().chainHash();
            if (!Arrays.equals(entry.previousHash(), previous)) {
                for (int later = position + 1; later < entries.size(); later++) {
                    if (Arrays.equals(entries.get(later).entry().previousHash(), previous)) {
                        return new Scan(expected, tampered(LogVerification.Tampering.REORDERED, expected, "the entry"
                                + " that follows " + (expected - 1) + " in the chain is stored as entry "
                                + entries.get(later).entry().sequence()), seals);
                    }
                }
                return new Scan(expected, tampered(LogVerification.Tampering.REMOVED, expected, "the chain breaks"
                        + " before it: the entry that followed " + (expected - 1) + " is gone"), seals);
            }
            if (indexed && !stored.filedUnder().equals(LinkageRecord.subjectOf(entry.body()))) {
                return new Scan(expected, tampered(LogVerification.Tampering.ALTERED, expected, "it is filed under"
                        + " another subject than its text names: the store's subject column was rewritten, which"
                        + " moves the entry into another subject's listing"), seals);
            }
            if (stored.seal().isPresent()) {
                SignedTreeHead seal = stored.seal().get();
                if (seal.treeSize() <= expected) {
                    return new Scan(expected, tampered(LogVerification.Tampering.ALTERED, expected, "its seal, "
                            + seal + ", does not cover it: a seal taken from an earlier entry"), seals);
                }
                seals.putIfAbsent(seal, expected);
            }
            leaves[position] = leaf;
        }
        return new Scan(-1, null, seals);
    }

    private static LogVerification tampered(LogVerification.Tampering how, long sequence, String detail) {
        return new LogVerification.Tampered(how, sequence, detail);
    }
}
