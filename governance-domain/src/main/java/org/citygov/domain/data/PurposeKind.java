package org.citygov.domain.data;

/** What a flow is for, in the terms the legal tests of 5.3 (1) distinguish. */
public enum PurposeKind {
    EMERGENCY_RESPONSE,
    DISASTER_PREVENTION,
    PUBLIC_HEALTH,
    CARE_AND_WATCHING_OVER,
    SERVICE_DELIVERY,
    EDUCATION_SUPPORT,
    URBAN_PLANNING,
    RESEARCH,
    CRIME_PREVENTION,
    COMMERCIAL_RECOMMENDATION,
    ADVERTISING,
    /** Scoring or predicting one person's behaviour, e.g. predicting delinquency. */
    INDIVIDUAL_PREDICTION;

    /** Emergencies and disasters: the purposes for which an EMERGENCY legal basis can hold. */
    public boolean isEmergency() {
        return this == EMERGENCY_RESPONSE || this == DISASTER_PREVENTION;
    }

    public boolean isCommercial() {
        return this == COMMERCIAL_RECOMMENDATION || this == ADVERTISING;
    }
}
