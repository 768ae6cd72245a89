package org.citygov.domain.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import dev.sigstore.rekor.client.RekorEntry;
import dev.sigstore.rekor.client.RekorVerifier;
import org.junit.jupiter.api.Test;

/**
 * Our RFC 6962 tree and proofs, checked three ways: against a naive recursive MTH written here from RFC 6962 2.1,
 * against sigstore-java's Rekor inclusion-proof verifier (an independent implementation), and — for consistency
 * proofs, which sigstore-java does not verify — against a verifier written in this test from RFC 9162 2.1.4.2.
 */
class MerkleTreeTest {

    private static byte[] data(int i) {
        return ("entry " + i).getBytes(StandardCharsets.UTF_8);
    }

    private static MerkleTree tree(int n) {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < n; i++) {
            tree.append(Sha256.leafHash(data(i)));
        }
        return tree;
    }

    /** MTH(D[lo:hi]) straight from RFC 6962 2.1. */
    private static byte[] naiveRoot(int lo, int hi) {
        int n = hi - lo;
        if (n == 0) {
            return Sha256.emptyRoot();
        }
        if (n == 1) {
            return Sha256.leafHash(data(lo));
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return Sha256.nodeHash(naiveRoot(lo, lo + k), naiveRoot(lo + k, hi));
    }

    @Test
    void root_whenComparedWithTheRfcDefinition_shouldBeEqualForEverySizeUpTo70() {
        MerkleTree tree = tree(70);
        for (int size = 0; size <= 70; size++) {
            assertArrayEquals(naiveRoot(0, size), tree.root(size), "size " + size);
        }
    }

    @Test
    void ofOwnedLeaves_whenBuiltLevelByLevelInParallel_shouldBeTheTreeOfAppendsRootsProofsAndLaterAppends() {
        for (int n : new int[] {0, 1, 2, 3, 5, 8, 70, 10_007}) {
            byte[][] leaves = new byte[n][];
            for (int i = 0; i < n; i++) {
                leaves[i] = Sha256.leafHash(data(i));
            }
            MerkleTree built = MerkleTree.ofOwnedLeaves(leaves);
            MerkleTree appended = tree(n);
            for (int size : new int[] {0, n / 3, n / 2, n}) {
                assertArrayEquals(appended.root(size), built.root(size), n + " leaves, size " + size);
            }
            if (n > 1) {
                assertEquals(appended.inclusionProof(n / 2, n).size(), built.inclusionProof(n / 2, n).size());
                for (int i = 0; i < appended.inclusionProof(n / 2, n).size(); i++) {
                    assertArrayEquals(appended.inclusionProof(n / 2, n).get(i), built.inclusionProof(n / 2, n).get(i));
                }
            }
            built.append(Sha256.leafHash(data(n)));
            appended.append(Sha256.leafHash(data(n)));
            assertArrayEquals(appended.root(), built.root(), n + " leaves and one appended");
            assertArrayEquals(naiveRoot(0, n + 1), built.root());
        }
    }

    @Test
    void rootWith_whenLeavesAreNotYetAppended_shouldBeTheRootTheTreeWillHaveAndLeaveTheTreeAsItWas() {
        for (int stored = 0; stored <= 40; stored++) {
            for (int more = 0; more <= 20; more++) {
                MerkleTree tree = tree(stored);
                List<byte[]> extra = new ArrayList<>();
                for (int i = stored; i < stored + more; i++) {
                    extra.add(Sha256.leafHash(data(i)));
                }
                assertArrayEquals(naiveRoot(0, stored + more), tree.rootWith(extra), stored + " + " + more);
                assertArrayEquals(naiveRoot(0, stored), tree.root(), "unchanged at " + stored);
            }
        }
    }

    @Test
    void inclusionProof_whenCheckedByOurVerifier_shouldHoldForEveryLeafAndFailForAnotherLeaf() {
        MerkleTree tree = tree(37);
        for (int size = 1; size <= 37; size++) {
            for (int i = 0; i < size; i++) {
                List<byte[]> path = tree.inclusionProof(i, size);
                assertTrue(MerkleProofs.verifyInclusion(i, size, tree.leafHash(i), path, tree.root(size)));
                assertFalse(MerkleProofs.verifyInclusion(i, size, Sha256.leafHash(data(i + 1000)), path,
                        tree.root(size)));
            }
        }
    }

    @Test
    void inclusionProof_whenCheckedBySigstoreRekorVerifier_shouldBeAcceptedAndATamperedOneRejected()
            throws Exception {
        MerkleTree tree = tree(45);
        RekorVerifier verifier = RekorVerifier.newRekorVerifier(List.of());
        Method check = RekorVerifier.class.getDeclaredMethod("verifyInclusionProof", RekorEntry.class);
        check.setAccessible(true);
        for (int size : new int[] {1, 2, 3, 7, 8, 9, 31, 45}) {
            for (int i = 0; i < size; i++) {
                List<byte[]> path = tree.inclusionProof(i, size);
                check.invoke(verifier, rekorEntry(data(i), i, size, path, tree.root(size)));
                int leaf = i;
                boolean rejected = false;
                try {
                    check.invoke(verifier, rekorEntry(data(leaf + 1), leaf, size, path, tree.root(size)));
                } catch (java.lang.reflect.InvocationTargetException e) {
                    rejected = e.getCause() instanceof dev.sigstore.rekor.client.RekorVerificationException;
                }
                assertTrue(rejected, "sigstore accepted a proof for the wrong leaf " + i);
            }
        }
    }

    @Test
    void consistencyProof_whenCheckedByAnIndependentRfc9162Verifier_shouldHoldForEveryPairOfSizes() {
        MerkleTree tree = tree(40);
        for (int second = 1; second <= 40; second++) {
            for (int first = 1; first <= second; first++) {
                List<byte[]> proof = tree.consistencyProof(first, second);
                assertTrue(rfc9162Consistency(first, second, tree.root(first), tree.root(second), proof),
                        first + " -> " + second);
                assertTrue(MerkleProofs.verifyConsistency(first, second, tree.root(first), tree.root(second),
                        proof));
                if (first < second) {
                    byte[] otherRoot = naiveRootOfOthers(first);
                    assertFalse(MerkleProofs.verifyConsistency(first, second, otherRoot, tree.root(second), proof));
                    assertFalse(rfc9162Consistency(first, second, otherRoot, tree.root(second), proof));
                }
            }
        }
    }

    @Test
    void proofs_whenTreesOfRandomSizesAreBuilt_shouldAllVerify() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(6962);
        for (int round = 0; round < 20; round++) {
            int n = 1 + random.nextInt(300);
            MerkleTree tree = tree(n);
            int size = 1 + random.nextInt(n);
            int leaf = random.nextInt(size);
            int first = 1 + random.nextInt(size);
            assertTrue(MerkleProofs.verifyInclusion(leaf, size, tree.leafHash(leaf), tree.inclusionProof(leaf, size),
                    tree.root(size)));
            assertTrue(rfc9162Consistency(first, size, tree.root(first), tree.root(size),
                    tree.consistencyProof(first, size)));
        }
    }

    private static byte[] naiveRootOfOthers(int size) {
        MerkleTree other = new MerkleTree();
        for (int i = 0; i < size; i++) {
            other.append(Sha256.leafHash(data(i + 500)));
        }
        return other.root();
    }

    /** RFC 9162 2.1.4.2, written here independently of {@link MerkleProofs}. */
    private static boolean rfc9162Consistency(long first, long second, byte[] firstHash, byte[] secondHash,
                                              List<byte[]> consistencyPath) {
        if (first == second) {
            return consistencyPath.isEmpty() && java.util.Arrays.equals(firstHash, secondHash);
        }
        List<byte[]> path = new ArrayList<>(consistencyPath);
        if ((first & (first - 1)) == 0) {
            path.add(0, firstHash);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) != 0) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (int i = 1; i < path.size(); i++) {
            byte[] c = path.get(i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) != 0 || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                sr = node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return java.util.Arrays.equals(fr, firstHash) && java.util.Arrays.equals(sr, secondHash) && sn == 0;
    }

    private static byte[] node(byte[] l, byte[] r) {
        java.security.MessageDigest digest = Sha256.newDigest();
        digest.update(new byte[] {1});
        digest.update(l);
        return digest.digest(r);
    }

    private static RekorEntry rekorEntry(byte[] body, long index, long size, List<byte[]> path, byte[] root) {
        RekorEntry.InclusionProof proof = new RekorEntry.InclusionProof() {
            @Override public List<String> getHashes() {
                return path.stream().map(Sha256::hex).toList();
            }
            @Override public Long getLogIndex() {
                return index;
            }
            @Override public String getRootHash() {
                return Sha256.hex(root);
            }
            @Override public Long getTreeSize() {
                return size;
            }
            @Override public String getCheckpoint() {
                return "";
            }
        };
        RekorEntry.Verification verification = new RekorEntry.Verification() {
            @Override public String getSignedEntryTimestamp() {
                return "";
            }
            @Override public RekorEntry.InclusionProof getInclusionProof() {
                return proof;
            }
        };
        return new RekorEntry() {
            @Override public String getBody() {
                return Base64.getEncoder().encodeToString(body);
            }
            @Override public long getIntegratedTime() {
                return 0;
            }
            @Override public String getLogID() {
                return "citygov";
            }
            @Override public long getLogIndex() {
                return index;
            }
            @Override public Verification getVerification() {
                return verification;
            }
        };
    }
}
