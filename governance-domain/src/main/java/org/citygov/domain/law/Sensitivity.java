package org.citygov.domain.law;

/**
 * Factor (a) of the overall judgment, the nature of the information. It never decides a case by itself (an emergency
 * use of sensitive location data is still likely lawful, 5.3 (1) 2)); it sets how strictly (b) to (d) are judged.
 */
public enum Sensitivity {
    /** Not about one person as kept (anonymized or statistical) and not accumulated over time. */
    LOW,
    /** Points at individuals. */
    ELEVATED,
    /**
     * Special-care information, facial or biometric features, smartphone GPS (one phone, one person, the whole of a
     * life's movement), children's data, or detailed location accumulated over time: judged stringently.
     */
    HIGH;

    public boolean isStringent() {
        return this == HIGH;
    }
}
