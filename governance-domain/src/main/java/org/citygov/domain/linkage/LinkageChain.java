package org.citygov.domain.linkage;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.citygov.domain.merkle.MerkleTree;
import org.citygov.domain.merkle.Sha256;

/**
 * The state of a linkage log that only grows: the hash chain's last link and the Merkle tree of every leaf. Appending
 * is two-phase so that a durable log acknowledges nothing it has not stored: {@link #prepare} numbers and hashes a
 * batch without changing the state, the store writes the batch, and {@link #commit} adds it. One writer at a time
 * (the log's writer thread); queries may run concurrently.
 *
 * <p>When several processes append to one stored log, each keeps a chain and, before it appends, {@link #adopt adopts}
 * what the others stored since: the store decides the order (one batch at a time), and every process's chain is the
 * same prefix of it.
 */
public final class LinkageChain {

    /** The chain hash before the first entry: 32 zero bytes. */
    public static final byte[] GENESIS = new byte[Sha256.LENGTH];

    private final MerkleTree tree = new MerkleTree();
    private final MessageDigest digest = Sha256.newDigest();
    private volatile byte[] last = GENESIS;
    private volatile long size;

    /** A chain rebuilt from stored entries, which must be intact (verify them first). */
    public static LinkageChain of(List<LogEntry> entries) {
        LinkageChain chain = new LinkageChain();
        chain.commit(entries);
        return chain;
    }

    /** Numbers and hashes records after the current end, without changing the state. */
    public List<LogEntry> prepare(List<? extends LogRecord> records) {
        return prepareHashed(records.stream().map(LinkageChain::hash).toList());
    }

    /**
     * A record's canonical text and its leaf hash, which depend on the record alone: what a log may compute where the
     * record is made, before the one writer numbers and chains it ({@link #prepareHashed}).
     */
    public record Hashed(String body, byte[] leafHash) {
        public Hashed {
            java.util.Objects.requireNonNull(body, "body");
            if (leafHash.length != Sha256.LENGTH) {
                throw new IllegalArgumentException("a leaf hash has " + Sha256.LENGTH + " bytes");
            }
        }
    }

    /** The record's canonical text and leaf hash {@code H(0x00 || text)}. Safe to call from any thread. */
    public static Hashed hash(LogRecord record) {
        String body = record.canonical();
        return new Hashed(body, Sha256.leafHash(body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Numbers and chains records hashed by {@link #hash} after the current end, without changing the state. The leaf
     * hash is taken as given: pass only what {@link #hash} returned.
     */
    public List<LogEntry> prepareHashed(List<Hashed> records) {
        List<LogEntry> entries = new ArrayList<>(records.size());
        byte[] previous = last;
        long sequence = size;
        for (Hashed record : records) {
            byte[] chain = Sha256.chain(digest, previous, record.leafHash());
            entries.add(new LogEntry(sequence++, record.body(), record.leafHash(), previous, chain));
            previous = chain;
        }
        return entries;
    }

    /** Adds prepared (and now stored) entries; they must follow the current end. */
    public synchronized void commit(List<LogEntry> entries) {
        for (LogEntry entry : entries) {
            if (entry.sequence() != size || !java.util.Arrays.equals(entry.previousHash(), last)) {
                throw new IllegalStateException(entry + " does not follow entry " + (size - 1));
            }
            tree.append(entry.leafHash());
            last = entry.chainHash();
            size++;
        }
    }

    /**
     * Adds entries that another writer stored after the current end, read back from the store, once each is checked:
     * its number follows, its leaf hash is that of its text, its previous hash is the current end and its chain hash
     * {@code H(previous || leaf)}. IllegalStateException names the first that is not: whoever stored it did not follow
     * the chain, and nothing is appended after it.
     */
    public synchronized void adopt(List<LogEntry> stored) {
        MessageDigest own = Sha256.newDigest();
        for (LogEntry entry : stored) {
            byte[] leaf = Sha256.leafHash(own, entry.body().getBytes(StandardCharsets.UTF_8));
            if (entry.sequence() != size || !java.util.Arrays.equals(entry.previousHash(), last)
                    || !java.util.Arrays.equals(leaf, entry.leafHash())
                    || !java.util.Arrays.equals(Sha256.chain(own, last, leaf), entry.chainHash())) {
                throw new IllegalStateException("stored entry " + entry.sequence() + " does not follow entry "
                        + (size - 1) + " of the chain: the log was written by someone who does not follow it;"
                        + " run citygov log verify");
            }
            tree.append(leaf);
            last = entry.chainHash();
            size++;
        }
    }

    public long size() {
        return size;
    }

    public byte[] lastChainHash() {
        return last.clone();
    }

    public byte[] root() {
        return tree.root();
    }

    public byte[] root(long treeSize) {
        return tree.root(treeSize);
    }

    public byte[] leafHash(long sequence) {
        return tree.leafHash(sequence);
    }

    public List<byte[]> inclusionProof(long sequence, long treeSize) {
        return tree.inclusionProof(sequence, treeSize);
    }

    public List<byte[]> consistencyProof(long first, long second) {
        return tree.consistencyProof(first, second);
    }

    /**
     * Signs the head the log will have once {@code prepared} (from {@link #prepare}, not yet committed) is added: the
     * seal a store writes in the same transaction as the entries, so that no entry is ever stored unsigned.
     */
    public synchronized SignedTreeHead seal(List<LogEntry> prepared, Instant at, PrivateKey key) {
        if (!prepared.isEmpty() && prepared.getFirst().sequence() != size) {
            throw new IllegalStateException(prepared.getFirst() + " does not follow entry " + (size - 1));
        }
        byte[] root = tree.rootWith(prepared.stream().map(LogEntry::leafHash).toList());
        return SignedTreeHead.sign(size + prepared.size(), at.truncatedTo(ChronoUnit.MILLIS), root, key);
    }

    /** As {@link #seal(List, Instant, PrivateKey)}, the head naming the pair's key id. */
    public SignedTreeHead seal(List<LogEntry> prepared, Instant at, KeyPair keys) {
        return seal(prepared, at, HeadSigner.of(keys));
    }

    /** As {@link #seal(List, Instant, PrivateKey)}, signed by {@code signer} (naming its key id, if any). */
    public synchronized SignedTreeHead seal(List<LogEntry> prepared, Instant at, HeadSigner signer) {
        if (!prepared.isEmpty() && prepared.getFirst().sequence() != size) {
            throw new IllegalStateException(prepared.getFirst() + " does not follow entry " + (size - 1));
        }
        byte[] root = tree.rootWith(prepared.stream().map(LogEntry::leafHash).toList());
        return SignedTreeHead.sign(size + prepared.size(), at.truncatedTo(ChronoUnit.MILLIS), root, signer);
    }

    /** Signs the current head, naming the pair's key id. */
    public SignedTreeHead signHead(Instant at, KeyPair keys) {
        return signHead(at, HeadSigner.of(keys));
    }

    /** Signs the current head with {@code signer} (naming its key id, if any). */
    public synchronized SignedTreeHead signHead(Instant at, HeadSigner signer) {
        return SignedTreeHead.sign(size, at.truncatedTo(ChronoUnit.MILLIS), tree.root(size), signer);
    }

    /** Signs the current head (time to the millisecond, as stores keep it). */
    public synchronized SignedTreeHead signHead(Instant at, PrivateKey key) {
        return SignedTreeHead.sign(size, at.truncatedTo(ChronoUnit.MILLIS), tree.root(size), key);
    }
}
