package org.citygov.domain.rule;

/** What consent is required for (APPI; 5.4 (2)). */
public enum ConsentScope { COLLECTION, THIRD_PARTY_PROVISION, SECONDARY_USE, CROSS_BORDER_TRANSFER }
