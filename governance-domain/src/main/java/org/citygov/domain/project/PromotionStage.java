package org.citygov.domain.project;

/** Where the smart-city project stands in the promotion process of 4.1. */
public enum PromotionStage { PLANNING, VERIFICATION, IMPLEMENTATION }
