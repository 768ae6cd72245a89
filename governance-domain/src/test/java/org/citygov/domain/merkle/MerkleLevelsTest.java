package org.citygov.domain.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The flat tree built range by range gives the roots of {@link MerkleTree}, whatever the ranges. */
class MerkleLevelsTest {

    private static byte[] leaf(int i) {
        return Sha256.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8));
    }

    /** Built as a verifier does: ranges of {@code width} leaves, each set and hashed within, then across. */
    private static MerkleLevels built(int size, long width) {
        MerkleLevels levels = new MerkleLevels(size);
        MessageDigest digest = Sha256.newDigest();
        for (long from = 0; from < size; from += width) {
            int to = (int) Math.min(size, from + width);
            for (int i = (int) from; i < to; i++) {
                levels.setLeaf(i, leaf(i), 0);
            }
            levels.hashWithin((int) from, to, digest);
        }
        levels.hashAcross(width, digest);
        return levels;
    }

    @Test
    void root_whenBuiltInRangesOfAnyWidth_shouldEqualTheAppendOnlyTreeForEveryPrefix() {
        MerkleTree reference = new MerkleTree();
        for (int i = 0; i < 100; i++) {
            reference.append(leaf(i));
        }
        for (int size : new int[] {0, 1, 2, 3, 5, 8, 31, 64, 65, 100}) {
            for (long width : new long[] {1, 2, 3, 7, 16, 33, 64, Integer.MAX_VALUE}) {
                MerkleLevels levels = built(size, width);
                for (int prefix = 0; prefix <= size; prefix++) {
                    assertArrayEquals(reference.root(prefix), levels.root(prefix),
                            "size " + size + ", ranges of " + width + ", prefix " + prefix);
                }
            }
        }
    }

    @Test
    void root_whenALeafDiffers_shouldDifferFromTheTreeWithoutIt() {
        MerkleLevels intact = built(50, 16);
        MerkleLevels changed = new MerkleLevels(50);
        MessageDigest digest = Sha256.newDigest();
        for (int i = 0; i < 50; i++) {
            changed.setLeaf(i, i == 37 ? leaf(1_000) : leaf(i), 0);
        }
        changed.hashWithin(0, 50, digest);

        assertArrayEquals(intact.root(37), changed.root(37));
        assertFalse(Arrays.equals(intact.root(38), changed.root(38)));
        assertFalse(Arrays.equals(intact.root(50), changed.root(50)));
    }

    @Test
    void root_whenTheSizeIsBeyondTheLeaves_shouldThrow() {
        MerkleLevels levels = built(10, 4);

        assertThrows(IllegalArgumentException.class, () -> levels.root(11));
        assertThrows(IllegalArgumentException.class, () -> levels.root(-1));
    }
}
