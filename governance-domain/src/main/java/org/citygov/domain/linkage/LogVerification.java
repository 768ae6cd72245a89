package org.citygov.domain.linkage;

import java.util.Objects;

import org.citygov.domain.shared.Messages;

/**
 * The outcome of checking a whole linkage log: intact (every entry chains and is covered by a signed head that
 * verifies), the first entry found tampered with and how, or unsigned (every entry chains, but the last ones are
 * covered by no signed head, so nothing shows that the log's key holder wrote them).
 */
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

    /**
     * Entries {@code signedSize} to {@code size - 1} chain correctly but no signed head covers them: anyone who can
     * write the store can append such entries, so they are not verified. CityGov seals every batch in the commit that
     * stores it; only a log written before schema V7 (heads signed after the commit) can have an unsigned tail
     * honestly, after a crash.
     */
    record Unsigned(long size, long signedSize, long treeHeadsChecked) implements LogVerification {
        /** The first entry no signed head covers. */
        public long firstUnsigned() {
            return signedSize;
        }

        /** Which entries are unsigned, and why that matters, in words. */
        public String describe() {
            long last = size - 1;
            return signedSize == last ? Messages.text("log.unsignedOne", signedSize)
                    : Messages.text("log.unsignedMany", signedSize, last);
        }
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
