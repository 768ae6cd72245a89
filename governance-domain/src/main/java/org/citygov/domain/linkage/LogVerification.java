package org.citygov.domain.linkage;

import java.util.Objects;

/** The outcome of checking a whole linkage log: intact, or the first entry found tampered with and how. */
public sealed interface LogVerification {

    /** How an entry was tampered with. */
    enum Tampering {
        /** Its content or hashes were changed. */
        ALTERED,
        /** It is missing: a gap in the sequence, a broken link, or fewer entries than a signed head covers. */
        REMOVED,
        /** It is there, but not where the chain puts it. */
        REORDERED,
        /** A signed tree head does not verify, or does not match the entries it covers. */
        BAD_TREE_HEAD
    }

    record Intact(long size, String rootHex, long treeHeadsChecked) implements LogVerification {
    }

    record Tampered(Tampering how, long sequence, String detail) implements LogVerification {
        public Tampered {
            Objects.requireNonNull(how, "how");
            Objects.requireNonNull(detail, "detail");
        }
    }

    default boolean intact() {
        return this instanceof Intact;
    }
}
