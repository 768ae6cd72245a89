package org.citygov.adapter.rest;

import io.javalin.http.Context;

import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.project.Actor;
import org.citygov.domain.shared.Ids;

/** What every route under {@code /platforms/{platformId}} shares: the id in the path, If-Match, the ETag. */
final class PlatformAccess {

    private PlatformAccess() {
    }

    /** The platform id in the path; 404 for one that cannot be an id. */
    static PlatformId id(Context ctx) {
        String raw = ctx.pathParam("platformId");
        if (!Ids.isKebabCase(raw)) {
            throw ApiProblem.notFound(ProblemText.of("platform.none", raw));
        }
        return PlatformId.of(raw);
    }

    /** A kebab-case id in the path ({@code offerId}, {@code agreementId}); 404 for one that cannot be an id. */
    static String pathId(Context ctx, String name, String what) {
        String raw = ctx.pathParam(name);
        if (!Ids.isKebabCase(raw)) {
            throw ApiProblem.notFound(ProblemText.of("platform.part.none", ProblemText.of("noun." + what), raw));
        }
        return raw;
    }

    /** The version of the platform that {@code If-Match} names (428 without it, 412 for another). */
    static long version(Context ctx, PlatformId id) {
        return Http.ifMatchVersion(ctx, id.value(), ProblemText.of("noun.platform"), "/platforms/" + id + "/offers");
    }

    static Actor actor(org.citygov.application.port.in.Authenticate.Caller caller) {
        return Actor.of(caller.name());
    }

    /** The whole stored platform with its ETag. */
    static void write(Context ctx, int status, RegisteredPlatform platform) {
        Answers.json(ctx, status, PlatformRepresentations.StoredPlatform.of(platform), Http.etag(platform));
    }
}
