package org.citygov.domain.data;

/**
 * The data life cycle of Fig. 5-2 as a flow's stage: data is collected, processed, disseminated (handed to others)
 * and used. Invasion is a harm of the appendix, not a stage a flow is in.
 */
public enum LifecycleStage { COLLECTION, PROCESSING, DISSEMINATION, USE }
