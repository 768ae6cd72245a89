package org.citygov.domain.rule;

/**
 * What a rule governs (5.4 (1)-(5)). Each kind has its own typed terms ({@link RuleTerms}): a retention rule has a
 * number of days, an incident rule contact points and a notification deadline, and so on.
 */
public enum RuleKind {
    /** Notification and publicization of the purpose of use (5.4 (2)). */
    NOTICE,
    /** Consent, in particular for third-party provision (APPI Art. 27 (1), 5.4 (2)). */
    CONSENT,
    /** Who may access the data (5.4 (2) safety, (3) security). */
    ACCESS_CONTROL,
    /** What is published about the use of data (5.4 (2), (4)). */
    TRANSPARENCY,
    /** Individuals' control: stop use, correct, delete, disclose (5.4 (2), Fig. 5-3). */
    INDIVIDUAL_CONTROL,
    /** Minimum acquisition: anonymization, no needless aggregation of names (5.4 (2)). */
    MINIMUM_ACQUISITION,
    /** How long data is kept. */
    RETENTION,
    /** Organizational, human, physical and technical security controls, with audits (5.4 (3)). */
    SECURITY_CONTROL,
    /** Data-linkage logs between organizations (5.4 (3)). */
    LINKAGE_LOG,
    /** Accuracy and authenticity of data between providers and users (5.4 (3)). */
    ACCURACY_AUTHENTICITY,
    /** Incident handling: contact points, notification deadline, demarcated responsibility (5.4 (3)). */
    INCIDENT_HANDLING,
    /** Inspection of public-interest uses by an expert committee, with publication (5.4 (4)). */
    PUBLIC_INTEREST_REVIEW,
    /** Incentives: participation screening, compliance monitoring, penalties, positive recognition (5.4 (5)). */
    INCENTIVE
}
