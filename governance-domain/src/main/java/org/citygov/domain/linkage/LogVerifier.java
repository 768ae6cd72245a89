package org.citygov.domain.linkage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
 *   <li>then every signed tree head: its signature must verify with the log's key and its root must be the Merkle
 *       root of the entries it covers; a head covering more entries than there are means entries were REMOVED from
 *       the end; a head whose root differs means entries up to its size were ALTERED, even if every hash was
 *       rewritten consistently.</li>
 * </ul>
 * Entries and heads removed together from the end are caught only against a head kept outside the store: pass it as
 * {@code trusted}. The stored heads that remain then all verify, and only the trusted one covers more entries than
 * are stored: the log is REMOVED from the first missing entry, and the detail names the missing entries and says that
 * the trusted head is the one that shows it.
 */
public final class LogVerifier {

    private LogVerifier() {
    }

    public static LogVerification verify(List<LogEntry> entries, List<SignedTreeHead> heads, PublicKey key,
                                         Optional<SignedTreeHead> trusted) {
        MessageDigest digest = Sha256.newDigest();
        MerkleTree tree = new MerkleTree();
        byte[] previous = LinkageChain.GENESIS;
        for (int position = 0; position < entries.size(); position++) {
            LogEntry entry = entries.get(position);
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
                    if (Arrays.equals(entries.get(later).previousHash(), previous)) {
                        return tampered(LogVerification.Tampering.REORDERED, expected, "the entry that follows "
                                + (expected - 1) + " in the chain is stored as entry " + entries.get(later).sequence());
                    }
                }
                return tampered(LogVerification.Tampering.REMOVED, expected, "the chain breaks before it: the entry"
                        + " that followed " + (expected - 1) + " is gone");
            }
            tree.append(leaf);
            previous = entry.chainHash();
        }
        long size = entries.size();
        List<SignedTreeHead> all = new java.util.ArrayList<>(heads);
        trusted.ifPresent(all::add);
        all.sort(Comparator.comparingLong(SignedTreeHead::treeSize));
        long proven = 0;
        for (SignedTreeHead head : all) {
            String which = trusted.isPresent() && head == trusted.get() ? "the trusted " : "the stored ";
            if (!head.verify(key)) {
                return tampered(LogVerification.Tampering.BAD_TREE_HEAD, head.treeSize(), "the signature of "
                        + which + head + " does not verify with the log's public key");
            }
            if (head.treeSize() > size) {
                String missing = head.treeSize() - size == 1 ? "entry " + size + " is missing"
                        : "entries " + size + " to " + (head.treeSize() - 1) + " are missing";
                return tampered(LogVerification.Tampering.REMOVED, size, missing + ": " + which + head + " covers "
                        + head.treeSize() + " entries, but only " + size + " are stored");
            }
            if (!Arrays.equals(tree.root(head.treeSize()), head.rootHash())) {
                return tampered(LogVerification.Tampering.ALTERED, proven, "entries " + proven + " to "
                        + (head.treeSize() - 1) + " do not have the root of " + head + "; one of them, from " + proven
                        + " on, was rewritten with its hashes");
            }
            proven = head.treeSize();
        }
        return new LogVerification.Intact(size, Sha256.hex(tree.root()), all.size());
    }

    private static LogVerification tampered(LogVerification.Tampering how, long sequence, String detail) {
        return new LogVerification.Tampered(how, sequence, detail);
    }
}
