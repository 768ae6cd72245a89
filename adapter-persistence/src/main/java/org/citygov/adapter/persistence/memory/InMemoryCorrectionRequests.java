package org.citygov.adapter.persistence.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citygov.application.port.out.CorrectionRequests;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.shared.Result;

/** Correction requests in memory, for one process's life. */
public final class InMemoryCorrectionRequests implements CorrectionRequests {

    private final Map<String, CorrectionRequest> requests = new LinkedHashMap<>();

    @Override
    public synchronized Result<CorrectionRequest.Open> add(CorrectionRequest.Open request) {
        if (requests.putIfAbsent(request.id(), request) != null) {
            return Result.conflict("a correction request " + request.id() + " exists");
        }
        return Result.success(request);
    }

    @Override
    public synchronized Optional<CorrectionRequest> find(String id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public synchronized Result<CorrectionRequest> answer(CorrectionRequest answered) {
        if (answered instanceof CorrectionRequest.Open) {
            throw new IllegalArgumentException("an answer resolves or rejects a request");
        }
        CorrectionRequest stored = requests.get(answered.id());
        if (stored == null) {
            return Result.notFound("there is no correction request " + answered.id());
        }
        if (!(stored instanceof CorrectionRequest.Open)) {
            return Result.conflict("correction request " + answered.id() + " is already answered");
        }
        requests.put(answered.id(), answered);
        return Result.success(answered);
    }

    @Override
    public synchronized List<CorrectionRequest> ofSubject(SubjectId subject) {
        return requests.values().stream().filter(r -> r.subject().equals(subject))
                .sorted(Comparator.comparing(CorrectionRequest::filedAt)).toList();
    }

    @Override
    public synchronized List<CorrectionRequest> inState(CorrectionRequest.State state) {
        return requests.values().stream().filter(r -> r.state() == state)
                .sorted(Comparator.comparing(CorrectionRequest::filedAt)).toList();
    }
}
