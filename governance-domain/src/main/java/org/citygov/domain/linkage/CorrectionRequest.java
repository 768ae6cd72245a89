package org.citygov.domain.linkage;

import org.citygov.domain.shared.Messages;
import java.time.Instant;
import java.util.Objects;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.shared.Result;

/**
 * A subject's request to correct data held about them (5.4 (2): correcting the data), tracked to resolution. Each
 * state is its own type: only an open request can be resolved or rejected.
 */
public sealed interface CorrectionRequest {

    /** Where a request stands, as a word: for stores and for operators who ask for the requests in one state. */
    enum State {
        OPEN, RESOLVED, REJECTED
    }

    String id();

    SubjectId subject();

    ProjectId project();

    DataAssetId asset();

    String correction();

    Instant filedAt();

    /** Who answered the request: the operator who resolved or rejected it; none while it is open. */
    default java.util.Optional<Actor> answeredBy() {
        return switch (this) {
            case Open o -> java.util.Optional.empty();
            case Resolved r -> java.util.Optional.of(r.resolvedBy());
            case Rejected r -> java.util.Optional.of(r.rejectedBy());
        };
    }

    default State state() {
        return switch (this) {
            case Open o -> State.OPEN;
            case Resolved r -> State.RESOLVED;
            case Rejected r -> State.REJECTED;
        };
    }

    static Open file(String id, SubjectId subject, ProjectId project, DataAssetId asset, String correction,
                     Instant at) {
        return new Open(id, subject, project, asset, correction, at);
    }

    record Open(String id, SubjectId subject, ProjectId project, DataAssetId asset, String correction,
                Instant filedAt) implements CorrectionRequest {
        public Open {
            id = Ids.requireText(id, "correction request id");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(asset, "asset");
            correction = Ids.requireText(correction, "correction");
            Objects.requireNonNull(filedAt, "filedAt");
        }

        /** The data was corrected as asked (or as the note says), by the operator {@code by}. */
        public Result<Resolved> resolve(String note, Instant at, Actor by) {
            if (at.isBefore(filedAt)) {
                return Result.conflict(Messages.text("refusal.correction.resolvedBeforeFiled"));
            }
            return Result.success(new Resolved(this, Ids.requireText(note, "note"), at, by));
        }

        /** The data stays as it is, for the reason given by the operator {@code by}. */
        public Result<Rejected> reject(String reason, Instant at, Actor by) {
            if (at.isBefore(filedAt)) {
                return Result.conflict(Messages.text("refusal.correction.rejectedBeforeFiled"));
            }
            return Result.success(new Rejected(this, Ids.requireText(reason, "reason"), at, by));
        }
    }

    /** Resolved by the operator {@code resolvedBy}, who is recorded as every privileged change's actor is. */
    record Resolved(Open request, String note, Instant resolvedAt, Actor resolvedBy) implements CorrectionRequest {
        public Resolved {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
            Objects.requireNonNull(resolvedBy, "resolvedBy");
        }

        @Override public String id() { return request.id(); }
        @Override public SubjectId subject() { return request.subject(); }
        @Override public ProjectId project() { return request.project(); }
        @Override public DataAssetId asset() { return request.asset(); }
        @Override public String correction() { return request.correction(); }
        @Override public Instant filedAt() { return request.filedAt(); }
    }

    /** Rejected by the operator {@code rejectedBy}. */
    record Rejected(Open request, String reason, Instant rejectedAt, Actor rejectedBy) implements CorrectionRequest {
        public Rejected {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(rejectedAt, "rejectedAt");
            Objects.requireNonNull(rejectedBy, "rejectedBy");
        }

        @Override public String id() { return request.id(); }
        @Override public SubjectId subject() { return request.subject(); }
        @Override public ProjectId project() { return request.project(); }
        @Override public DataAssetId asset() { return request.asset(); }
        @Override public String correction() { return request.correction(); }
        @Override public Instant filedAt() { return request.filedAt(); }
    }
}
