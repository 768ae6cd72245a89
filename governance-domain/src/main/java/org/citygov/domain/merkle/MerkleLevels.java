package org.citygov.domain.merkle;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The RFC 6962 Merkle tree of a fixed number of leaf hashes, built once to answer the root of any prefix (RFC 6962
 * 2.1; the same roots as {@link MerkleTree}): what a verifier of a whole log needs, built as fast as the hashing
 * allows. Each level is one flat array of 32-byte hashes ({@code level h} holds the complete, aligned subtrees of
 * {@code 2^h} leaves), so a million leaves take two arrays' worth of memory, not two million objects.
 *
 * <p>Built in two steps so that callers can hash in parallel while the leaves are still in the cache: the leaves of a
 * range are {@link #setLeaf set} and {@link #hashWithin(int, int, MessageDigest) the nodes above them hashed} by
 * whoever checked that range (ranges split at multiples of one width, each range by one thread), then
 * {@link #hashAcross(long, MessageDigest)} hashes, on one thread after all ranges are done, the nodes whose leaves
 * span more than one range. Only then may {@link #root(long)} be asked.
 *
 * <p>Not thread-safe beyond that protocol: the ranges must not overlap, and the caller must make the ranges' writes
 * visible to the thread that calls {@code hashAcross} (as joining a fork-join task or a parallel stream does).
 */
public final class MerkleLevels {

    private final int size;
    /** {@code levels[h]} holds {@code size >> h} hashes of 32 bytes. */
    private final byte[][] levels;

    /** Room for {@code size} leaves and every complete subtree above them. */
    public MerkleLevels(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("a tree has 0 or more leaves");
        }
        this.size = size;
        int height = size == 0 ? 1 : 32 - Integer.numberOfLeadingZeros(size);
        levels = new byte[height][];
        for (int h = 0; h < height; h++) {
            levels[h] = new byte[Math.multiplyExact(size >> h, Sha256.LENGTH)];
        }
    }

    public int size() {
        return size;
    }

    /** Stores leaf hash {@code index} (32 bytes, copied from {@code hash} at {@code offset}). */
    public void setLeaf(int index, byte[] hash, int offset) {
        System.arraycopy(hash, offset, levels[0], Math.multiplyExact(index, Sha256.LENGTH), Sha256.LENGTH);
    }

    /** Hashes every node whose leaves all lie in {@code [from, to)}, the leaves of that range having been set. */
    public void hashWithin(int from, int to, MessageDigest digest) {
        for (int h = 1; h < levels.length; h++) {
            int first = (int) (((long) from + (1L << h) - 1) >>> h);
            int end = Math.min(to, size) >>> h;
            if (first >= end) {
                return;
            }
            for (int node = first; node < end; node++) {
                hashNode(h, node, digest);
            }
        }
    }

    /**
     * Hashes the nodes left by {@link #hashWithin} when every range was {@code [c·width, (c+1)·width)}: those whose
     * leaves span a multiple of {@code width}, lowest level first. With ranges of a power of two, only the few
     * levels above the width.
     */
    public void hashAcross(long width, MessageDigest digest) {
        if (width <= 0) {
            throw new IllegalArgumentException("ranges have at least one leaf");
        }
        for (int h = 1; h < levels.length; h++) {
            int nodes = size >>> h;
            int last = -1;
            for (long boundary = width; boundary < size; boundary += width) {
                int node = (int) (boundary >>> h);
                if (node >= nodes) {
                    break;
                }
                if ((boundary & ((1L << h) - 1)) != 0 && node != last) {
                    hashNode(h, node, digest);
                    last = node;
                }
            }
        }
    }

    /** {@code H(0x01 || left || right)} of node {@code node} at level {@code h} from its two children. */
    private void hashNode(int h, int node, MessageDigest digest) {
        digest.update((byte) 0x01);
        digest.update(levels[h - 1], node * 2 * Sha256.LENGTH, 2 * Sha256.LENGTH);
        try {
            digest.digest(levels[h], node * Sha256.LENGTH, Sha256.LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 writes 32 bytes", e);
        }
    }

    /** MTH(D[0:treeSize]) for a size up to the number of leaves. */
    public byte[] root(long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("the tree has " + size + " leaves, not " + treeSize);
        }
        return treeSize == 0 ? Sha256.emptyRoot() : subtree(0, treeSize, Sha256.newDigest());
    }

    /** MTH(D[start:start+n]), {@code start} aligned as RFC 6962 splits are: complete subtrees are read, not hashed. */
    private byte[] subtree(long start, long n, MessageDigest digest) {
        if (Long.bitCount(n) == 1) {
            int h = Long.numberOfTrailingZeros(n);
            int offset = (int) (start >>> h) * Sha256.LENGTH;
            return Arrays.copyOfRange(levels[h], offset, offset + Sha256.LENGTH);
        }
        long k = MerkleTree.largestPowerOfTwoBelow(n);
        byte[] left = subtree(start, k, digest);
        byte[] right = subtree(start + k, n - k, digest);
        return Sha256.nodeHash(digest, left, right);
    }
}
