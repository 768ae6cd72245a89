package org.citygov.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citygov.application.port.out.ConsentRecords;
import org.citygov.domain.linkage.ConsentEvent;
import org.citygov.domain.linkage.ConsentId;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.shared.Result;

/** Consent events in memory, for one process's life (tests, scripts, {@code linkageInMemory}). */
public final class InMemoryConsentRecords implements ConsentRecords {

    private final List<ConsentEvent> events = new ArrayList<>();
    private final Map<ConsentId, List<ConsentEvent.Kind>> kinds = new HashMap<>();

    @Override
    public synchronized Result<ConsentEvent> append(ConsentEvent event) {
        List<ConsentEvent.Kind> of = kinds.getOrDefault(event.consent(), List.of());
        if (of.contains(event.kind())) {
            return Result.conflict("consent " + event.consent() + " is " + event.kind().name().toLowerCase(
                    java.util.Locale.ROOT) + " already");
        }
        if (event.kind() == ConsentEvent.Kind.WITHDRAWN && !of.contains(ConsentEvent.Kind.GRANTED)) {
            return Result.notFound("consent " + event.consent() + " was never granted");
        }
        events.add(event);
        kinds.computeIfAbsent(event.consent(), c -> new ArrayList<>()).add(event.kind());
        return Result.success(event);
    }

    @Override
    public synchronized List<ConsentEvent> all() {
        return List.copyOf(events);
    }

    @Override
    public synchronized List<Positioned> after(long position) {
        List<Positioned> later = new ArrayList<>();
        for (int i = (int) Math.max(0, position); i < events.size(); i++) {
            later.add(new Positioned(i + 1L, events.get(i)));
        }
        return later;
    }

    @Override
    public synchronized List<ConsentEvent> ofSubject(SubjectId subject) {
        return events.stream().filter(e -> e.subject().equals(subject)).toList();
    }
}
