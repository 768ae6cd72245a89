package org.citygov.domain.rule;

/** How accuracy and authenticity are assured between data providers and users (5.4 (3)). */
public enum AccuracyCheck { SOURCE_ATTESTATION, TAMPER_EVIDENCE, PERIODIC_VERIFICATION, PROVIDER_WARRANTY }
