package org.citygov.domain.law;

/** How a flow stands on factors (b) to (d) of the overall judgment. */
public enum Standing {
    /** Nothing in the flow raises the guideline's cautions. */
    MET,
    /** A caution applies: acceptable only with the conditions named. */
    CAUTION,
    /** The guideline names this as what makes a use unlawful or unsuitable. */
    NOT_MET;

    Standing worst(Standing other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
