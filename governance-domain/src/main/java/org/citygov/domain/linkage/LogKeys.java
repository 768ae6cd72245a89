package org.citygov.domain.linkage;

import java.security.PublicKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citygov.domain.merkle.Sha256;

/**
 * The public keys a verifier trusts the linkage log's tree heads to be signed with, by key id: the current key and
 * every key it replaced (a rotation adds a key; heads signed before it still verify with the old one). A head that
 * names its key is checked with that key only; a head that names none (signed before schema V10, when there was one
 * key) is accepted if any trusted key verifies it.
 */
public final class LogKeys {

    /** How many hex digits of the SHA-256 of a public key's X.509 encoding make its id. */
    public static final int ID_LENGTH = 16;

    /** Whether a head verifies, and if not, why. */
    public enum Check {
        VERIFIED,
        /** The named (or every) trusted key rejects the signature. */
        BAD_SIGNATURE,
        /** The head names a key that is not among the trusted ones. */
        UNKNOWN_KEY
    }

    private final Map<String, PublicKey> byId;

    private LogKeys(Map<String, PublicKey> byId) {
        if (byId.isEmpty()) {
            throw new IllegalArgumentException("a verifier needs at least one public key");
        }
        this.byId = Map.copyOf(byId);
    }

    public static LogKeys of(PublicKey key) {
        return of(List.of(key));
    }

    public static LogKeys of(Collection<PublicKey> keys) {
        Map<String, PublicKey> byId = new LinkedHashMap<>();
        keys.forEach(key -> byId.put(idOf(key), key));
        return new LogKeys(byId);
    }

    /** The id of a public key: the first {@value #ID_LENGTH} hex digits of SHA-256 over its X.509 encoding. */
    public static String idOf(PublicKey key) {
        return Sha256.hex(Sha256.newDigest().digest(key.getEncoded())).substring(0, ID_LENGTH);
    }

    public Optional<PublicKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids of the trusted keys, for messages. */
    public List<String> ids() {
        return byId.keySet().stream().sorted().toList();
    }

    public Check check(SignedTreeHead head) {
        if (head.keyId().isPresent()) {
            PublicKey key = byId.get(head.keyId().get());
            if (key == null) {
                return Check.UNKNOWN_KEY;
            }
            return head.verify(key) ? Check.VERIFIED : Check.BAD_SIGNATURE;
        }
        return byId.values().stream().anyMatch(head::verify) ? Check.VERIFIED : Check.BAD_SIGNATURE;
    }
}
