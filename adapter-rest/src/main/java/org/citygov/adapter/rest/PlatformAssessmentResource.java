package org.citygov.adapter.rest;

import java.time.Instant;

import io.javalin.http.Context;

import org.citygov.application.platform.PlatformDocument;
import org.citygov.application.platform.PlatformAssessmentDocument;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.PlatformAssessment;

/**
 * Platform assessments (MARKET.md "Output"): a {@code citygov-platform/1} document in, its
 * {@code citygov-platform-assessment/1} out, judged at {@code ?at=} (default now). Nothing is stored; the same reader
 * and document as {@code citygov platform check}, so a document refused there is refused here with the same problems.
 */
final class PlatformAssessmentResource implements Resource {

    static final String PLATFORMS = "Platforms";

    private final UseCases useCases;
    private final Bodies bodies;

    PlatformAssessmentResource(UseCases useCases, Bodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RouteTable table) {
        table.post("/platform-assessments").id("assessPlatformDocument", PLATFORMS,
                        "Assess a platform document without storing it").roles(Roles.PLATFORM_ASSESSORS)
                .body(PlatformDocument.class)
                .query("at", false, Operation.QueryType.INSTANT, "The instant everything that depends on time is"
                        + " judged at (default: now)")
                .returns(200, PlatformAssessmentDocument.class).handle(this::assess);
    }

    private void assess(Context ctx, Caller caller) {
        Http.Query query = new Http.Query(ctx);
        Instant at = query.instant("at", null);
        query.check();
        DataMarket market = bodies.platform(ctx);
        PlatformAssessment assessment = at == null ? useCases.platforms().assess().assess(market)
                : useCases.platforms().assess().assess(market, at);
        Answers.json(ctx, 200, PlatformAssessmentDocument.of(assessment));
    }
}
