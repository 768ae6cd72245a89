package org.citygov.application.port.out;

import org.citygov.domain.linkage.LinkageRecord;

/**
 * Told of every decision once the linkage log has stored it: the decision stream a security operation center watches
 * (issue 13). A listener must not fail or hold up the caller: the decision is logged and answered already.
 */
@FunctionalInterface
public interface LinkageDecisions {

    /** Nobody watches. */
    LinkageDecisions NONE = record -> { };

    void logged(LinkageRecord record);
}
