package org.citygov.adapter.rest;

import java.util.List;
import java.util.Objects;

import org.citygov.application.input.Problem;
import org.citygov.application.platform.PlatformAssessmentDocument;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;

/**
 * An RFC 9457 problem on its way to the client. Thrown inside a handler, it ends the request with that response: the
 * HTTP edge's short way out, caught by one exception handler. Expected outcomes of the use cases stay values
 * ({@link Result}) until here.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One invalid field: its path in the request (body fields as the body names them, or a query parameter). */
    record FieldError(String path, @org.citygov.application.report.Nullable Integer line, String message) {
        static FieldError of(Problem p) {
            return new FieldError(p.path(), p.line().isPresent() ? p.line().getAsInt() : null, p.message());
        }

        static FieldError of(Violation v) {
            return new FieldError(v.path(), null, v.message());
        }
    }

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;
    private final transient List<Representations.Missing> missing;
    /** An extension member: the findings that refused a listing or an agreement (MARKET.md), or empty. */
    private final transient List<PlatformAssessmentDocument.FindingEntry> findings;

    ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
        this(status, type, title, detail, errors, List.of(), List.of());
    }

    private ApiProblem(int status, String type, String title, String detail, List<FieldError> errors,
                       List<Representations.Missing> missing, List<PlatformAssessmentDocument.FindingEntry> findings) {
        super(detail, null, false, false);
        this.status = status;
        this.type = ProblemTypes.require(type);
        this.title = Objects.requireNonNull(title, "title");
        this.errors = List.copyOf(errors);
        this.missing = List.copyOf(missing);
        this.findings = List.copyOf(findings);
    }

    /** 422: the platform's rules refuse what was asked; {@code findings} say which (MARKET.md's codes). */
    static ApiProblem refused(String type, String title, String detail,
                              List<PlatformAssessmentDocument.FindingEntry> findings) {
        return new ApiProblem(422, type, title, detail, List.of(), List.of(), findings);
    }

    static ApiProblem of(int status, String type, String title, String detail) {
        return new ApiProblem(status, type, title, detail, List.of());
    }

    static ApiProblem invalidBody(List<Problem> problems) {
        return new ApiProblem(400, "invalid-body", "The request body is invalid",
                problems.size() == 1 ? "1 problem in the request body; nothing was changed"
                        : problems.size() + " problems in the request body; nothing was changed",
                problems.stream().map(FieldError::of).toList());
    }

    static ApiProblem badRequest(String detail) {
        return of(400, "bad-request", "The request is malformed", detail);
    }

    static ApiProblem notFound(String detail) {
        return of(404, "not-found", "No such resource", detail);
    }

    /** The problem a failed use case stands for. */
    static ApiProblem of(Result.Failure<?> failure) {
        return switch (failure.reason()) {
            case INVALID -> new ApiProblem(400, "invalid", "The request breaks a rule of the project",
                    failure.message(), failure.violations().stream().map(FieldError::of).toList());
            case NOT_FOUND -> notFound(failure.message());
            case CONFLICT -> new ApiProblem(409, "conflict", "The current state does not allow this",
                    failure.message(), List.of(), failure.violations().stream().map(Representations.Missing::of)
                    .toList(), List.of());
            case STALE -> of(412, "precondition-failed", "The project has changed", failure.message());
            case FORBIDDEN -> of(403, "forbidden", "Not allowed", failure.message());
        };
    }

    int status() {
        return status;
    }

    /** The problem type: a relative URI under {@code /problems/}, documented in the API document. */
    String type() {
        return "/problems/" + type;
    }

    String title() {
        return title;
    }

    List<FieldError> errors() {
        return errors;
    }

    /** What the current state lacks for the operation, when the refusal says (a cycle move): machine-readable. */
    List<Representations.Missing> missing() {
        return missing;
    }

    /** The findings that refused a listing or an agreement, or empty. */
    List<PlatformAssessmentDocument.FindingEntry> findings() {
        return findings;
    }
}
