package org.citygov.domain.catalogue;

/**
 * The six focal points for risks of Table 5-4, as stable codes. Their labels and questions are edition data
 * ({@link FocalPointEntry}).
 */
public enum FocalPoint {
    LEGAL_COMPLIANCE,
    PRIVACY,
    IP_AND_CONFIDENTIALITY,
    SECURITY,
    APPROPRIATE_OPERATION,
    OVERALL_GOVERNANCE
}
