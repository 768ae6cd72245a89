package org.citygov.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import org.citygov.application.input.Parsed;
import org.citygov.domain.shared.Result;

/**
 * How a handler answers: a JSON body with its ETag (a GET answers 304 when {@code If-None-Match} names it), and the
 * use cases' results unwrapped, a failure leaving as its problem.
 */
final class Answers {

    private Answers() {
    }

    /** A JSON body; a GET's gets a weak ETag of its bytes. */
    static void json(Context ctx, int status, Object value) {
        json(ctx, status, value, null);
    }

    /** A JSON body with {@code etag} (a project's version), or a weak ETag of its bytes on a GET when null. */
    static void json(Context ctx, int status, Object value, String etag) {
        byte[] body = bytes(value);
        respond(ctx, status, body, "application/json", etag != null ? etag
                : ctx.method() == HandlerType.GET ? Http.weakEtag(body) : null);
    }

    /** 201 with the created item and where it lives from now on. */
    static void created(Context ctx, String location, Object item, String etag) {
        ctx.header("Location", location);
        json(ctx, 201, item, etag);
    }

    /** 204: done, nothing to show; the ETag is the changed project's. */
    static void noContent(Context ctx, String etag) {
        ctx.header("ETag", etag);
        ctx.status(204);
    }

    /** Sets {@code status} and the JSON type; returns {@code value} as the body (for an answer written later). */
    static byte[] jsonBody(Context ctx, int status, Object value) {
        byte[] body = bytes(value);
        ctx.status(status);
        ctx.contentType("application/json");
        return body;
    }

    private static byte[] bytes(Object value) {
        try {
            return RestApi.JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the response", e);
        }
    }

    static void respond(Context ctx, int status, byte[] body, String type, String etag) {
        if (etag != null) {
            ctx.header("ETag", etag);
            if (ctx.method() == HandlerType.GET && status == 200 && Http.noneMatch(ctx, etag)) {
                ctx.status(304);
                return;
            }
        }
        ctx.status(status);
        ctx.contentType(type);
        ctx.result(body);
    }

    /** The value of a use case's result; its failure leaves as the problem it stands for. */
    static <T> T value(Result<T> result) {
        return switch (result) {
            case Result.Success<T> s -> s.value();
            case Result.Failure<T> f -> throw ApiProblem.of(f);
        };
    }

    /** What a body reads as; its problems leave as a 400 that lists each with its path and line. */
    static <T> T parsed(Parsed<T> parsed) {
        return switch (parsed) {
            case Parsed.Ok<T> ok -> ok.value();
            case Parsed.Problems<T> p -> throw ApiProblem.invalidBody(p.problems());
        };
    }
}
