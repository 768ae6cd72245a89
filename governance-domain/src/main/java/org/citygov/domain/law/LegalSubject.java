package org.citygov.domain.law;

/**
 * The three uses the guideline singles out as likely sources of privacy litigation (5.3 (1)), each judged by the
 * courts' four-factor overall judgment with its own cautions.
 */
public enum LegalSubject {
    /** Facial-recognition and other cameras that photograph people, 5.3 (1) 1). */
    CAMERA("5.3 (1) 1)"),
    /** Location data, 5.3 (1) 2). */
    LOCATION("5.3 (1) 2)"),
    /** Educational data held by the municipality, 5.3 (1) 3). */
    EDUCATION("5.3 (1) 3)");

    private final String guidelineRef;

    LegalSubject(String guidelineRef) {
        this.guidelineRef = guidelineRef;
    }

    public String guidelineRef() {
        return guidelineRef;
    }
}
