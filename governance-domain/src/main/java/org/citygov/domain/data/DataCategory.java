package org.citygov.domain.data;

/**
 * Kinds of data that decide which soft laws and legal tests apply (3.2, Table 5-3, 5.3 (1)). Some kinds can only be
 * about a person: an asset holding them must have an individual as its subject.
 */
public enum DataCategory {
    CAMERA_IMAGE(false),
    FACIAL_FEATURES(true),
    ESTIMATED_ATTRIBUTES(false),
    LOCATION(false),
    TRANSPORT(false),
    HEALTH(true),
    MEDICAL(true),
    LONG_TERM_CARE(true),
    EDUCATION(false),
    SMARTPHONE_APP(false),
    BIOMETRIC(true),
    CONTACT(true),
    FINANCIAL(false),
    ADMINISTRATIVE(false),
    ENVIRONMENT(false),
    INFRASTRUCTURE(false),
    BUSINESS_CONFIDENTIAL(false);

    private final boolean alwaysAboutAPerson;

    DataCategory(boolean alwaysAboutAPerson) {
        this.alwaysAboutAPerson = alwaysAboutAPerson;
    }

    /** Facial features, biometrics, health, medical and care records, contact details: personal by nature. */
    public boolean isAlwaysAboutAPerson() {
        return alwaysAboutAPerson;
    }
}
