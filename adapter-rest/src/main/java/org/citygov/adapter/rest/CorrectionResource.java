package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.domain.linkage.CorrectionRequest;

/** Subjects' correction requests (5.4 (2)), for the operator: listed by state and answered. */
final class CorrectionResource implements Resource {

    private static final String CORRECTIONS = "Correction requests";

    private final UseCases useCases;
    private final Bodies bodies;

    CorrectionResource(UseCases useCases, Bodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RouteTable table) {
        table.get("/corrections").id("listCorrections", CORRECTIONS,
                        "List every subject's correction requests in one state, oldest filed first")
                .roles(Roles.CORRECTION_READERS).paged()
                .query("status", false, Operation.QueryType.CORRECTION_STATE,
                        "OPEN (the default: the requests waiting for an answer), RESOLVED or REJECTED")
                .returns(200, Representations.pageOf(Representations.CorrectionCase.class)).handle(this::list);
        table.post("/corrections/{correctionId}/answer").id("answerCorrection", CORRECTIONS,
                        "Answer an open correction request: RESOLVED (the data was corrected) or REJECTED, with a"
                                + " note the subject reads").roles(Roles.CORRECTION_ANSWERERS)
                .body(Representations.CorrectionAnswer.class).returns(200, Representations.CorrectionCase.class)
                .errors(409).handle(this::answer);
    }

    private void list(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.Query query = new Http.Query(ctx);
        CorrectionRequest.State state = query.correctionState("status");
        query.check();
        Answers.json(ctx, 200, page.of(value(useCases.exerciseRights().corrections(state)).stream()
                .map(Representations.CorrectionCase::of).toList()));
    }

    private void answer(Context ctx, Caller caller) {
        Representations.CorrectionAnswer answer = bodies.read(ctx, Representations.CorrectionAnswer.class);
        boolean accepted = answer.outcome() == Representations.CorrectionOutcome.RESOLVED;
        Answers.json(ctx, 200, Representations.CorrectionCase.of(value(useCases.exerciseRights().answerCorrection(
                ctx.pathParam("correctionId"), accepted, answer.note().strip(), ProjectAccess.actor(caller)))));
    }
}
