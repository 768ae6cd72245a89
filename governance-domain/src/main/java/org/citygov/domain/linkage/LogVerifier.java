package org.citygov.domain.linkage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 *       from the smallest: its signature must verify with the log's key and its root must be the Merkle root of the
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
        return check(entries.stream().map(e -> new StoredLogEntry(e, Optional.empty(), Optional.empty())).toList(),
                false, heads, key, trusted);
    }

    /** Checks entries as a store keeps them: each with its subject index and its seal, and the heads stored apart. */
    public static LogVerification verifyStored(List<StoredLogEntry> entries, List<SignedTreeHead> heads,
                                               PublicKey key, Optional<SignedTreeHead> trusted) {
        return check(entries, true, heads, key, trusted);
    }

    private record Head(SignedTreeHead head, String which, long sealedEntry) {
    }

    private static LogVerification check(List<StoredLogEntry> entries, boolean indexed, List<SignedTreeHead> heads,
                                         PublicKey key, Optional<SignedTreeHead> trusted) {
        MessageDigest digest = Sha256.newDigest();
        MerkleTree tree = new MerkleTree();
        Map<SignedTreeHead, Long> seals = new LinkedHashMap<>();
        byte[] previous = LinkageChain.GENESIS;
        for (int position = 0; position < entries.size(); position++) {
            StoredLogEntry stored = entries.get(position);
            LogEntry entry = stored.entry();
            long expected = position;
            if (entry.sequence() != expected) {
                return entry.sequence() > expected
                        ? tampered(LogVerification.Tampering.REMOVED, expected, "the sequence jumps from "
                        + (expected - 1) + " to " + entry.sequence())
                        : tampered(LogVerification.Tampering.REORDERED, expected, "entry " + entry.sequence()
                        + " is stored at position " + expected);
            }
            byte[] leaf = Sha256.leafHash(digest, entry.body().getBytes(StandardCharsets.UTF_8));
            if (!Arrays.equals(leaf, entry.leafHash())) {
                return tampered(LogVerification.Tampering.ALTERED, expected, "its content does not match its leaf"
                        + " hash");
            }
            if (!Arrays.equals(Sha256.chain(digest, entry.previousHash(), leaf), entry.chainHash())) {
                return tampered(LogVerification.Tampering.ALTERED, expected, "its chain hash is not H(previous ||"
                        + " leaf)");
            }
            if (!Arrays.equals(entry.previousHash(), previous)) {
                for (int later = position + 1; later < entries.size(); later++) {
                    if (Arrays.equals(entries.get(later).entry().previousHash(), previous)) {
                        return tampered(LogVerification.Tampering.REORDERED, expected, "the entry that follows "
                                + (expected - 1) + " in the chain is stored as entry "
                                + entries.get(later).entry().sequence());
                    }
                }
                return tampered(LogVerification.Tampering.REMOVED, expected, "the chain breaks before it: the entry"
                        + " that followed " + (expected - 1) + " is gone");
            }
            if (indexed && !stored.filedUnder().equals(LinkageRecord.subjectOf(entry.body()))) {
                return tampered(LogVerification.Tampering.ALTERED, expected, "it is filed under another subject"
                        + " than its text names: the store's subject column was rewritten, which moves the entry"
                        + " into another subject's listing");
            }
            if (stored.seal().isPresent()) {
                SignedTreeHead seal = stored.seal().get();
                if (seal.treeSize() <= expected) {
                    return tampered(LogVerification.Tampering.ALTERED, expected, "its seal, " + seal
                            + ", does not cover it: a seal taken from an earlier entry");
                }
                seals.putIfAbsent(seal, expected);
            }
            tree.append(leaf);
            previous = entry.chainHash();
        }
        long size = entries.size();
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
        long proven = 0;
        for (Head checked : all) {
            SignedTreeHead head = checked.head();
            if (!head.verify(key)) {
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

    private static LogVerification tampered(LogVerification.Tampering how, long sequence, String detail) {
        return new LogVerification.Tampered(how, sequence, detail);
    }
}
