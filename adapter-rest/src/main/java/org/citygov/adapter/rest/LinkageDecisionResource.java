package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;

/** Linkage decisions (5.4 (2), (3)), for systems that hand data along: decided and logged before they are answered. */
final class LinkageDecisionResource implements Resource {

    private static final String LINKAGE = "Linkage decisions";

    private final UseCases useCases;
    private final Bodies bodies;

    LinkageDecisionResource(UseCases useCases, Bodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RouteTable table) {
        table.post("/linkage-decisions").id("decideLinkage", LINKAGE,
                        "Ask whether data may be handed along; the decision is logged before it is answered")
                .roles(Roles.DECISION_ASKERS).body(Representations.DecisionRequest.class)
                .returns(200, Representations.LoggedDecision.class)
                .handle(this::decide);
    }

    /**
     * Decided on the request's thread; answered once the decision's entry is durable, from the log's answering
     * thread, with no Jetty thread waiting meanwhile ({@link LaterAnswers}).
     */
    private void decide(Context ctx, Caller caller) throws Exception {
        Representations.DecisionRequest body = bodies.decisionRequest(ctx);
        LinkageRequest request = new LinkageRequest(ProjectId.of(body.project()), StakeholderId.of(body.party()),
                Optional.ofNullable(body.role()).map(String::strip), DataAssetId.of(body.asset()), body.purpose(),
                Optional.ofNullable(body.subject()).map(String::strip).map(SubjectId::of), stripped(body.fields()));
        LaterAnswers.answer(ctx, useCases.decideLinkage().decideWhenLogged(request, caller).toCompletableFuture(),
                (answered, logged) -> Answers.jsonBody(answered, 200, Representations.LoggedDecision.of(value(logged))));
    }

    /**
     * The fields, stripped, as a set: the same as {@code Set.copyOf(fields.stream().map(String::strip).toList())},
     * given the same stripped strings in the same order, without the stream.
     */
    static Set<String> stripped(List<String> fields) {
        String[] stripped = new String[fields.size()];
        for (int i = 0; i < stripped.length; i++) {
            stripped[i] = fields.get(i).strip();
        }
        return Set.copyOf(Arrays.asList(stripped));
    }
}
