package org.citygov.application.port.out;

import java.util.List;

import org.citygov.domain.linkage.ConsentEvent;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.shared.Result;

/**
 * The durable, append-only record of consents (5.4 (2)): every grant and every withdrawal is an event with its time,
 * never updated or deleted. An append returns only once the event is stored; replaying {@link #all} in order rebuilds
 * the decision point's consent registry.
 */
public interface ConsentRecords {

    /**
     * Stores an event. CONFLICT when a grant's consent id is taken or the consent is withdrawn already; NOT_FOUND when
     * a withdrawal names a consent never granted.
     */
    Result<ConsentEvent> append(ConsentEvent event);

    /** Every event, in the order they were stored. */
    List<ConsentEvent> all();

    /** An event with its position in the store's order (the first event is at 1). */
    record Positioned(long position, ConsentEvent event) {
    }

    /**
     * The events stored after {@code position} (0: all of them), in order: how a process sees the events other
     * processes stored since it last looked. Positions are given in the order the events were committed, so an event
     * committed later never appears before one already read.
     */
    List<Positioned> after(long position);

    /** The subject's events, in the order they were stored. */
    List<ConsentEvent> ofSubject(SubjectId subject);
}
