package org.citygov.domain.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An append-only RFC 6962 Merkle tree over leaf hashes (RFC 6962 2.1; RFC 9162 2.1). It keeps the hash of every
 * complete, aligned subtree ({@code levels[h][i]} covers leaves {@code i·2^h … (i+1)·2^h − 1}), so the head of any
 * earlier size, an inclusion proof and a consistency proof each cost O(log n) hashes rather than O(n).
 *
 * <p>Thread-safe: appends and queries are serialised on the tree.
 */
public final class MerkleTree {

    private final List<List<byte[]>> levels = new ArrayList<>();
    private final MessageDigest digest = Sha256.newDigest();

    public MerkleTree() {
        levels.add(new ArrayList<>());
    }

    /** A tree of the given leaf hashes, in order. */
    public static MerkleTree of(List<byte[]> leafHashes) {
        MerkleTree tree = new MerkleTree();
        leafHashes.forEach(tree::append);
        return tree;
    }

    /**
     * A tree of the given leaf hashes, in order, its levels built in parallel (each level's nodes hashed at once on
     * the common fork-join pool): the same tree as appending them one by one. The arrays are taken as they are, not
     * copied; the caller must not change them afterwards.
     */
    public static MerkleTree ofOwnedLeaves(byte[][] leafHashes) {
        MerkleTree tree = new MerkleTree();
        List<byte[]> level = new ArrayList<>(Arrays.asList(leafHashes));
        for (byte[] leaf : leafHashes) {
            if (leaf == null || leaf.length != Sha256.LENGTH) {
                throw new IllegalArgumentException("a leaf hash has 32 bytes");
            }
        }
        tree.levels.set(0, level);
        while (level.size() >= 2) {
            List<byte[]> below = level;
            byte[][] above = new byte[below.size() / 2][];
            IntStream range = IntStream.range(0, above.length);
            (above.length >= PARALLEL_LEVEL ? range.parallel() : range)
                    .forEach(i -> above[i] = Sha256.nodeHash(below.get(2 * i), below.get(2 * i + 1)));
            level = new ArrayList<>(Arrays.asList(above));
            tree.levels.add(level);
        }
        return tree;
    }

    /** Nodes in a level from which {@link #ofOwnedLeaves} hashes it in parallel. */
    private static final int PARALLEL_LEVEL = 4_096;

    /** Appends a leaf hash ({@link Sha256#leafHash}) and returns its index. */
    public synchronized long append(byte[] leafHash) {
        if (leafHash.length != Sha256.LENGTH) {
            throw new IllegalArgumentException("a leaf hash has 32 bytes, got " + leafHash.length);
        }
        List<byte[]> level = levels.getFirst();
        level.add(leafHash.clone());
        long index = level.size() - 1L;
        int h = 0;
        while (levels.get(h).size() % 2 == 0) {
            List<byte[]> current = levels.get(h);
            byte[] node = Sha256.nodeHash(digest, current.get(current.size() - 2), current.getLast());
            if (levels.size() == h + 1) {
                levels.add(new ArrayList<>());
            }
            levels.get(h + 1).add(node);
            h++;
        }
        return index;
    }

    public synchronized long size() {
        return levels.getFirst().size();
    }

    public synchronized byte[] leafHash(long index) {
        return levels.getFirst().get(Math.toIntExact(index)).clone();
    }

    /** The tree head MTH(D[0:size]) of the current size. */
    public synchronized byte[] root() {
        return root(size());
    }

    /** MTH(D[0:treeSize]) for any size up to the current one: the tree as it was. */
    public synchronized byte[] root(long treeSize) {
        checkSize(treeSize);
        return treeSize == 0 ? Sha256.emptyRoot() : subtree(0, treeSize);
    }

    /**
     * The tree head the tree would have with {@code more} leaf hashes appended, without appending them: O(m + log n)
     * hashes for m more leaves (what a store signs before it commits the leaves).
     */
    public synchronized byte[] rootWith(List<byte[]> more) {
        long stored = size();
        long total = stored + more.size();
        return total == 0 ? Sha256.emptyRoot() : subtreeWith(0, total, stored, more);
    }

    private byte[] subtreeWith(long start, long n, long stored, List<byte[]> more) {
        if (start + n <= stored) {
            return subtree(start, n);
        }
        if (n == 1) {
            return more.get(Math.toIntExact(start - stored)).clone();
        }
        long k = largestPowerOfTwoBelow(n);
        return Sha256.nodeHash(digest, subtreeWith(start, k, stored, more), subtreeWith(start + k, n - k, stored, more));
    }

    /** The audit path PATH(index, D[0:treeSize]) (RFC 6962 2.1.1). */
    public synchronized List<byte[]> inclusionProof(long index, long treeSize) {
        checkSize(treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + treeSize);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, treeSize, path);
        return List.copyOf(path);
    }

    /** The consistency proof PROOF(first, D[0:second]) (RFC 6962 2.1.2). */
    public synchronized List<byte[]> consistencyProof(long first, long second) {
        checkSize(second);
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from size " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, 0, second, true, proof);
        }
        return List.copyOf(proof);
    }

    private void path(long m, long start, long n, List<byte[]> out) {
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, start, k, out);
            out.add(subtree(start + k, n - k));
        } else {
            path(m - k, start + k, n - k, out);
            out.add(subtree(start, k));
        }
    }

    private void subproof(long m, long start, long n, boolean complete, List<byte[]> out) {
        if (m == n) {
            if (!complete) {
                out.add(subtree(start, n));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, k, complete, out);
            out.add(subtree(start + k, n - k));
        } else {
            subproof(m - k, start + k, n - k, false, out);
            out.add(subtree(start, k));
        }
    }

    /** MTH(D[start:start+n]); {@code start} is aligned to the largest power of two not above n, as RFC splits are. */
    private byte[] subtree(long start, long n) {
        if (Long.bitCount(n) == 1) {
            int h = Long.numberOfTrailingZeros(n);
            return levels.get(h).get(Math.toIntExact(start >>> h));
        }
        long k = largestPowerOfTwoBelow(n);
        return Sha256.nodeHash(digest, subtree(start, k), subtree(start + k, n - k));
    }

    /** The largest power of two strictly below n (n ≥ 2). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > levels.getFirst().size()) {
            throw new IllegalArgumentException("the tree has " + levels.getFirst().size() + " leaves, not "
                    + treeSize);
        }
    }
}
