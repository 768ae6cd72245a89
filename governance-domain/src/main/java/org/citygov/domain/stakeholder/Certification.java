package org.citygov.domain.stakeholder;

/** Third-party certifications that let the promotion organization vouch for a participant (3.5). */
public enum Certification {
    /** The Privacy Mark (JIPDEC). */
    PRIVACY_MARK,
    /** Certification as an information bank (personal data bank). */
    PERSONAL_DATA_BANK
}
