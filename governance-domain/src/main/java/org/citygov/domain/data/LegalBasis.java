package org.citygov.domain.data;

/** The ground on which a flow handles data (APPI): consent, opt-out, a law, an emergency, public interest, or none. */
public enum LegalBasis { CONSENT, OPT_OUT, LAW, EMERGENCY, PUBLIC_INTEREST, NONE }
