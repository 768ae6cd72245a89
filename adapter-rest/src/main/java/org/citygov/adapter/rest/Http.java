package org.citygov.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.javalin.http.Context;

import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;

/** The HTTP details every route shares: bodies, ETags and preconditions, pagination. */
final class Http {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private Http() {
    }

    // ---- bodies ------------------------------------------------------------------------------------------------

    /** The body as UTF-8 text: 415 unless it is declared JSON, 413 past the limit, 400 unless it is UTF-8. */
    static String jsonBody(Context ctx, long maxBytes) {
        String type = ctx.header("Content-Type");
        if (!isJson(type)) {
            throw ApiProblem.of(415, "unsupported-media-type", type == null
                    ? ProblemText.of("body.notJson.untyped") : ProblemText.of("body.notJson.typed", type));
        }
        byte[] bytes = bytes(ctx, maxBytes);
        if (bytes.length == 0) {
            throw ApiProblem.badRequest(ProblemText.of("body.missing"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.badRequest(ProblemText.of("body.notUtf8"));
        }
    }

    /** Refuses a body on an operation that takes none, so that nothing sent is silently ignored. */
    static void noBody(Context ctx, long maxBytes) {
        if (bytes(ctx, maxBytes).length > 0) {
            throw ApiProblem.badRequest(ProblemText.of("body.unexpected"));
        }
    }

    /** Past this, a refused body is not read to its end: the connection is closed instead. */
    private static final long MAX_DRAINED = 64L * 1024 * 1024;

    private static byte[] bytes(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.bodyInputStream()) {
            if (declared > maxBytes) {
                throw tooLarge(ctx, in, declared, maxBytes);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(ctx, in, declared, maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RequestDeadlineHandler.BodyTimeoutException timeout) {
                    ctx.header("Connection", "close");
                    throw ApiProblem.of(408, "request-timeout", ProblemText.of("body.slow", timeout.seconds()));
                }
            }
            throw ApiProblem.badRequest(ProblemText.of("body.unreadable", String.valueOf(e.getMessage())));
        }
    }

    /**
     * 413. A body of moderate size is read to its end and dropped, so that the client, still sending, gets the
     * answer; a larger one closes the connection.
     */
    private static ApiProblem tooLarge(Context ctx, InputStream in, long declared, long maxBytes) throws IOException {
        if (declared >= 0 && declared <= MAX_DRAINED) {
            long left = MAX_DRAINED;
            while (left > 0 && in.skip(Math.min(left, 65536)) > 0) {
                left -= 65536;
            }
        } else {
            ctx.header("Connection", "close");
        }
        return tooLarge(maxBytes);
    }

    private static ApiProblem tooLarge(long maxBytes) {
        return ApiProblem.of(413, "content-too-large", ProblemText.of("body.tooLarge.limit", maxBytes));
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        String media = parts[0].strip();
        boolean json = media.equals("application/json") || media.startsWith("application/") && media.endsWith("+json");
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter[0].equals("charset") && parameter.length == 2
                    && !parameter[1].replace("\"", "").equals("utf-8")) {
                return false;
            }
        }
        return json;
    }

    // ---- ETags and preconditions -------------------------------------------------------------------------------

    /** The strong ETag of a project's stored version: {@code "<id>-v<version>"}. */
    static String etag(GovernanceProject project) {
        return "\"" + project.id().value() + "-v" + project.version() + "\"";
    }

    /** A weak ETag of a representation that has no version of its own (lists, documents). */
    static String weakEtag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The version of {@code project} that {@code If-Match} names. 428 without the header (or with {@code *}: a change
     * must say which version it was based on), 412 when it names no version of this project.
     */
    static long ifMatchVersion(Context ctx, ProjectId project) {
        return ifMatchVersion(ctx, project.value(), ProblemText.of("noun.project"), "/projects/" + project);
    }

    /** As for a project, for any resource with a strong ETag {@code "<id>-v<version>"}: a stored platform. */
    static long ifMatchVersion(Context ctx, String id, ProblemText noun, String readPath) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw ApiProblem.of(428, "precondition-required", ProblemText.of("ifMatch.missing", noun, readPath));
        }
        if (header.strip().equals("*")) {
            throw ApiProblem.of(428, "precondition-required", ProblemText.of("title.ifMatch.star"),
                    ProblemText.of("ifMatch.star", noun));
        }
        String prefix = id + "-v";
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (t.length() > 2 && t.startsWith("\"") && t.endsWith("\"")) {
                String value = t.substring(1, t.length() - 1);
                if (value.startsWith(prefix)) {
                    try {
                        return Long.parseLong(value.substring(prefix.length()));
                    } catch (NumberFormatException e) {
                        // not one of ours: falls through to 412
                    }
                }
            }
        }
        throw ApiProblem.of(412, "precondition-failed", ProblemText.of("title.stale", noun),
                ProblemText.of("ifMatch.stale", header, noun, id, readPath));
    }

    /** The strong ETag of a stored platform's version: {@code "<id>-v<version>"}. */
    static String etag(org.citygov.domain.platform.RegisteredPlatform platform) {
        return "\"" + platform.id().value() + "-v" + platform.version() + "\"";
    }

    /** Whether {@code If-None-Match} names {@code etag}, so that a GET may answer 304. */
    static boolean noneMatch(Context ctx, String etag) {
        String header = ctx.header("If-None-Match");
        if (header == null) {
            return false;
        }
        String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /** A 1-based sequence number in the path; 404 ({@code none} of what was given) for anything else. */
    static int sequence(Context ctx, String name, java.util.function.Function<String, ProblemText> none) {
        String raw = ctx.pathParam(name);
        try {
            int value = Integer.parseInt(raw);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.notFound(none.apply(raw));
    }

    /** 400: the query's invalid parameters, each named. */
    static ApiProblem invalidQuery(List<ApiProblem.Error> errors) {
        return ApiProblem.withErrors(400, "invalid-query", errors.size() == 1 ? ProblemText.of("query.invalid.one")
                : ProblemText.of("query.invalid.many", errors.size()), errors);
    }

    // ---- pagination --------------------------------------------------------------------------------------------

    record PageRequest(int offset, int limit) {
        <T> Representations.Page<T> of(List<T> all) {
            int from = Math.min(offset, all.size());
            int to = Math.min(all.size(), from + limit);
            return new Representations.Page<>(List.copyOf(all.subList(from, to)), offset, limit, all.size());
        }
    }

    static PageRequest page(Context ctx) {
        List<ApiProblem.Error> errors = new ArrayList<>();
        int offset = number(ctx.queryParam("offset"), 0, "offset", 0, Integer.MAX_VALUE, errors);
        int limit = number(ctx.queryParam("limit"), DEFAULT_LIMIT, "limit", 1, MAX_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw invalidQuery(errors);
        }
        return new PageRequest(offset, limit);
    }

    private static int number(String raw, int fallback, String name, int min, int max,
                              List<ApiProblem.Error> errors) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(ApiProblem.Error.of(name, max == Integer.MAX_VALUE ? ProblemText.of("query.number.up", min, raw)
                : ProblemText.of("query.number.range", min, max, raw)));
        return fallback;
    }

    // ---- other query parameters --------------------------------------------------------------------------------

    /** The query parameters of a request, read one by one; {@link #check} reports every invalid one at once. */
    static final class Query {
        private final Context ctx;
        private final List<ApiProblem.Error> errors = new ArrayList<>();

        Query(Context ctx) {
            this.ctx = ctx;
        }

        /** A required version number (1 or more). */
        int version(String name) {
            String raw = ctx.queryParam(name);
            if (raw == null) {
                errors.add(ApiProblem.Error.of(name, ProblemText.of("query.version.required")));
                return 1;
            }
            return number(raw, 1, name, 1, Integer.MAX_VALUE, errors);
        }

        /** A linkage log tree size (0 or more); 0 when absent and not required (the caller checks presence). */
        long size(String name, boolean required) {
            String raw = ctx.queryParam(name);
            if (raw == null) {
                if (required) {
                    errors.add(ApiProblem.Error.of(name, ProblemText.of("query.size.required")));
                }
                return 0;
            }
            try {
                long value = Long.parseLong(raw.strip());
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add(ApiProblem.Error.of(name, ProblemText.of("query.size", raw)));
            return 0;
        }

        /** An optional ISO-8601 instant ({@code 2026-04-01T00:00:00Z}). */
        java.time.Instant instant(String name, java.time.Instant fallback) {
            String raw = ctx.queryParam(name);
            if (raw == null) {
                return fallback;
            }
            try {
                return java.time.Instant.parse(raw.strip());
            } catch (java.time.format.DateTimeParseException e) {
                errors.add(ApiProblem.Error.of(name, ProblemText.of("query.instant", raw)));
                return fallback;
            }
        }

        /** The catalogue's language: en (the default) or ja. */
        org.citygov.application.port.in.ViewCatalogue.Language language(String name) {
            String raw = ctx.queryParam(name);
            if (raw == null) {
                return org.citygov.application.port.in.ViewCatalogue.Language.EN;
            }
            return switch (raw.strip().toLowerCase(Locale.ROOT)) {
                case "en" -> org.citygov.application.port.in.ViewCatalogue.Language.EN;
                case "ja" -> org.citygov.application.port.in.ViewCatalogue.Language.JA;
                default -> {
                    errors.add(ApiProblem.Error.of(name, ProblemText.of("query.language", raw)));
                    yield org.citygov.application.port.in.ViewCatalogue.Language.EN;
                }
            };
        }

        /** Where correction requests stand: OPEN (the default), RESOLVED or REJECTED. */
        org.citygov.domain.linkage.CorrectionRequest.State correctionState(String name) {
            String raw = ctx.queryParam(name);
            if (raw == null) {
                return org.citygov.domain.linkage.CorrectionRequest.State.OPEN;
            }
            for (org.citygov.domain.linkage.CorrectionRequest.State state
                    : org.citygov.domain.linkage.CorrectionRequest.State.values()) {
                if (state.name().equals(raw.strip().toUpperCase(Locale.ROOT))) {
                    return state;
                }
            }
            errors.add(ApiProblem.Error.of(name, ProblemText.of("query.correctionState", raw)));
            return org.citygov.domain.linkage.CorrectionRequest.State.OPEN;
        }

        void check() {
            if (!errors.isEmpty()) {
                throw invalidQuery(errors);
            }
        }
    }
}
