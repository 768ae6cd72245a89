package org.citygov.domain.rule;

/** The four kinds of security control of 5.4 (3). */
public enum SecurityControlType { ORGANIZATIONAL, HUMAN, PHYSICAL, TECHNICAL }
