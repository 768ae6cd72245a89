package org.citygov.domain.platform;

/** What an offer's terms forbid its users to do with the data. */
public enum Prohibition { REIDENTIFICATION, ONWARD_TRANSFER, COMMERCIAL_USE }
