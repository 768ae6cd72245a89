package org.citygov.domain.platform;

/** Certifications of a participant's information security: ISO/IEC 27001 (ISMS) and JIPDEC's Privacy Mark. */
public enum SecurityCertification { ISMS, PRIVACY_MARK }
