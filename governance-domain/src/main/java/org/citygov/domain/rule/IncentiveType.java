package org.citygov.domain.rule;

/** The incentives of 5.4 (5). */
public enum IncentiveType { PARTICIPATION_SCREENING, COMPLIANCE_MONITORING, PENALTY, RECOGNITION }
