package org.citygov.domain.catalogue;

import java.util.Set;

import org.citygov.domain.data.LifecycleStage;

/**
 * The four groups of privacy harms in Fig. 5-2 and the appendix: collecting information from a person, processing it,
 * disseminating it, and invading the person's life with what was learned.
 */
public enum HarmStage {
    COLLECTION,
    PROCESSING,
    DISSEMINATION,
    INVASION;

    /**
     * The harm stages that can arise in a flow at a life-cycle stage. Collection, processing and dissemination match
     * one to one. A USE flow is where data is put to work on people: it processes (secondary use, exclusion are about
     * what data is used for) and it feeds back into their lives (invasion).
     */
    public static Set<HarmStage> arisingIn(LifecycleStage stage) {
        return switch (stage) {
            case COLLECTION -> Set.of(COLLECTION);
            case PROCESSING -> Set.of(PROCESSING);
            case DISSEMINATION -> Set.of(DISSEMINATION);
            case USE -> Set.of(PROCESSING, INVASION);
        };
    }
}
