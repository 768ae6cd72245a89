package org.citygov.domain.rule;

/** Measures of minimum acquisition (5.4 (2)). */
public enum MinimizationMeasure { ANONYMIZATION, PSEUDONYMIZATION, NO_NAME_AGGREGATION, DATA_ITEM_LIMIT, IMMEDIATE_DELETION }
