package org.citygov.domain.rule;

/** What a transparency rule publishes (5.4 (2), (4)). */
public enum TransparencyItem { PURPOSES, DATA_ITEMS, RECIPIENTS, LINKAGE_RECORDS, REVIEW_RESULTS, EVALUATION_RESULTS }
