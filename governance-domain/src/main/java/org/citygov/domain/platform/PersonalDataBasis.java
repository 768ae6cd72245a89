package org.citygov.domain.platform;

/**
 * On what ground an offer gives personal data to the platform's users (APPI as amended in 2020/2022): the persons'
 * consent (Art. 27 (1)), the opt-out procedure notified to the Personal Information Protection Commission
 * (Art. 27 (2)), anonymously processed information (Art. 43-44), pseudonymously processed information (Art. 41),
 * statistics that are no longer personal data, or no ground at all.
 */
public enum PersonalDataBasis {
    CONSENT,
    OPT_OUT_NOTIFIED,
    ANONYMOUSLY_PROCESSED,
    PSEUDONYMOUSLY_PROCESSED,
    STATISTICAL,
    NONE
}
