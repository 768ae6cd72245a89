package org.citygov.domain.stakeholder;

/**
 * Whether a stakeholder takes part in the business, the service or the data exchange (DIRECT), or is affected from
 * outside it, like a local doctors' association or a competing service (INDIRECT, 4.3). Both are analysed alike.
 */
public enum Involvement { DIRECT, INDIRECT }
