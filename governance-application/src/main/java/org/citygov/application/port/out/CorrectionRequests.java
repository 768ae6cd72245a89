package org.citygov.application.port.out;

import java.util.List;
import java.util.Optional;

import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.shared.Result;

/** Subjects' correction requests (5.4 (2): correcting the data), kept from filing to resolution. */
public interface CorrectionRequests {

    /** Stores a newly filed request: CONFLICT when its id is taken. */
    Result<CorrectionRequest.Open> add(CorrectionRequest.Open request);

    Optional<CorrectionRequest> find(String id);

    /**
     * Stores the answer to a request (resolved or rejected): NOT_FOUND when there is no such request, CONFLICT when it
     * was answered already (by this or another process), so a request is answered once.
     */
    Result<CorrectionRequest> answer(CorrectionRequest answered);

    /** The subject's requests, oldest filed first. */
    List<CorrectionRequest> ofSubject(SubjectId subject);

    /** Every subject's requests that are in {@code state} (the open ones: an operator's work), oldest filed first. */
    List<CorrectionRequest> inState(CorrectionRequest.State state);
}
