package org.citygov.domain.catalogue;

/**
 * The sixteen privacy harms of the appendix (after Solove's taxonomy), as stable codes. The life-cycle stage each
 * belongs to, its label and the question it asks are edition data ({@link HarmEntry}).
 */
public enum PrivacyHarm {
    SURVEILLANCE,
    INTERROGATION,
    AGGREGATION,
    IDENTIFICATION,
    INSECURITY,
    SECONDARY_USE,
    EXCLUSION,
    BREACH_OF_CONFIDENTIALITY,
    DISCLOSURE,
    EXPOSURE,
    INCREASED_ACCESSIBILITY,
    BLACKMAIL,
    APPROPRIATION,
    DISTORTION,
    INTRUSION,
    DECISIONAL_INTERFERENCE
}
