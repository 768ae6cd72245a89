package org.citygov.adapter.rest;

import java.util.List;
import java.util.Objects;

import org.citygov.application.input.Problem;
import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Language;
import org.citygov.application.platform.PlatformAssessmentDocument;
import org.citygov.domain.shared.Result;

/**
 * An RFC 9457 problem on its way to the client. Thrown inside a handler, it ends the request with that response: the
 * HTTP edge's short way out, caught by one exception handler. Expected outcomes of the use cases stay values
 * ({@link Result}) until here.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One invalid field: its path in the request (body fields as the body names them, or a query parameter). */
    record FieldError(String path, @org.citygov.application.report.Nullable Integer line, String message) {
    }

    /**
     * One invalid field as the adapter or a reader found it: an English message (from a reader or the domain,
     * rendered in Japanese by {@link DomainTexts}) or one of the adapter's own {@link ProblemText}s.
     */
    record Error(String path, @org.citygov.application.report.Nullable Integer line, String english,
                 @org.citygov.application.report.Nullable ProblemText text) {
        static Error of(String path, ProblemText text) {
            return new Error(path, null, text.english(), text);
        }

        FieldError in(Language language, DomainTexts texts) {
            return new FieldError(path, line, text != null ? text.in(language) : texts.text(english));
        }
    }

    private final int status;
    private final String type;
    /** The route's own title, or null for the title of the type ({@code problem-titles*.properties}). */
    private final transient ProblemText title;
    /** The adapter's own detail, or null when the detail is a domain's or a reader's English text. */
    private final transient ProblemText detail;
    private final transient List<Error> errors;
    private final transient List<Representations.Missing> missing;
    /** An extension member: the findings that refused a listing or an agreement (MARKET.md), or empty. */
    private final transient List<PlatformAssessmentDocument.FindingEntry> findings;

    private ApiProblem(int status, String type, ProblemText title, ProblemText detail, String englishDetail,
                       List<Error> errors, List<Representations.Missing> missing,
                       List<PlatformAssessmentDocument.FindingEntry> findings) {
        super(detail != null ? detail.english() : Objects.requireNonNull(englishDetail, "detail"), null, false,
                false);
        this.status = status;
        this.type = ProblemTypes.require(type);
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.missing = List.copyOf(missing);
        this.findings = List.copyOf(findings);
    }

    /** A problem the adapter states itself: the type's title, and a detail of the adapter's bundle. */
    static ApiProblem of(int status, String type, ProblemText detail) {
        return new ApiProblem(status, type, null, detail, null, List.of(), List.of(), List.of());
    }

    /** As {@link #of(int, String, ProblemText)}, with a title of its own instead of the type's. */
    static ApiProblem of(int status, String type, ProblemText title, ProblemText detail) {
        return new ApiProblem(status, type, title, detail, null, List.of(), List.of(), List.of());
    }

    /** A 400 of the adapter's own about fields: the query's parameters, or a body against its path. */
    static ApiProblem withErrors(int status, String type, ProblemText detail, List<Error> errors) {
        return new ApiProblem(status, type, null, detail, null, errors, List.of(), List.of());
    }

    /** 422: the platform's rules refuse what was asked; {@code findings} say which (MARKET.md's codes). */
    static ApiProblem refused(String type, ProblemText detail,
                              List<PlatformAssessmentDocument.FindingEntry> findings) {
        return new ApiProblem(422, type, null, detail, null, List.of(), List.of(), findings);
    }

    static ApiProblem invalidBody(List<Problem> problems) {
        return withErrors(400, "invalid-body", problems.size() == 1 ? ProblemText.of("body.invalid.one")
                        : ProblemText.of("body.invalid.many", problems.size()),
                problems.stream().map(p -> new Error(p.path(), p.line().isPresent() ? p.line().getAsInt() : null,
                        p.message(), null)).toList());
    }

    static ApiProblem badRequest(ProblemText detail) {
        return of(400, "bad-request", detail);
    }

    static ApiProblem notFound(ProblemText detail) {
        return of(404, "not-found", detail);
    }

    /** A problem whose detail is a domain's English sentence (rendered in Japanese by {@link DomainTexts}). */
    private static ApiProblem domain(int status, String type, String detail, List<Error> errors,
                                     List<Representations.Missing> missing) {
        return new ApiProblem(status, type, null, null, detail, errors, missing, List.of());
    }

    /** The problem a failed use case stands for. */
    static ApiProblem of(Result.Failure<?> failure) {
        return switch (failure.reason()) {
            case INVALID -> domain(400, "invalid", failure.message(), failure.violations().stream()
                    .map(v -> new Error(v.path(), null, v.message(), null)).toList(), List.of());
            case NOT_FOUND -> domain(404, "not-found", failure.message(), List.of(), List.of());
            case CONFLICT -> domain(409, "conflict", failure.message(), List.of(), failure.violations().stream()
                    .map(Representations.Missing::of).toList());
            case STALE -> domain(412, "precondition-failed", failure.message(), List.of(), List.of());
            case FORBIDDEN -> domain(403, "forbidden", failure.message(), List.of(), List.of());
        };
    }

    /** The problem as the client reads it, in {@code language}; machine fields (type, paths, codes) as they are. */
    Representations.Problem in(Language language, String instance, String requestId) {
        DomainTexts texts = DomainTexts.of(language);
        String slug = type;
        String englishTitle = ProblemTypes.explain(slug).map(ProblemTypes.Explanation::title)
                .orElse("HTTP " + status);
        String titleText = title != null ? title.in(language) : ProblemLanguage.title(slug, englishTitle, language);
        String detailText = detail != null ? detail.in(language) : texts.text(getMessage());
        return new Representations.Problem(type(), titleText, status, detailText, instance, requestId,
                errors.stream().map(e -> e.in(language, texts)).toList(),
                missing.stream().map(m -> new Representations.Missing(m.path(), texts.text(m.message()))).toList(),
                findings);
    }

    int status() {
        return status;
    }

    /** The problem type: a relative URI under {@code /problems/}, documented in the API document. */
    String type() {
        return "/problems/" + type;
    }

    /** The title in English. */
    String title() {
        return in(Language.EN, null, null).title();
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
