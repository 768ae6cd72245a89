package org.citygov.domain.data;

/** Protective measures applied to a data asset (5.3 (1) d, 5.4 (2), (3)). */
public enum Safeguard {
    ACCESS_CONTROL,
    ENCRYPTION,
    ACCESS_LOGGING,
    RETENTION_LIMIT,
    PSEUDONYMIZATION,
    ANONYMIZATION,
    /** The raw data is discarded as soon as it is processed (the Kashiwa-no-ha cameras keep only attributes). */
    IMMEDIATE_DELETION
}
