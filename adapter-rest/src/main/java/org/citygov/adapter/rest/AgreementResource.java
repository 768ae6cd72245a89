package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import io.javalin.http.Context;

import org.citygov.application.platform.PlatformWriter;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.ConcludeAgreements;
import org.citygov.application.port.in.ViewPlatforms;
import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.Finding;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.PlatformId;

/**
 * A stored platform's agreements: listed as the caller may see them, concluded (reviewed first: an agreement the
 * review finds invalid is answered 422 with its finding codes and nothing is stored), and deliveries under them
 * decided. Every concluded agreement and every delivery decision is in the linkage log before it is answered.
 */
final class AgreementResource implements Resource {

    private final UseCases useCases;
    private final Bodies bodies;

    AgreementResource(UseCases useCases, Bodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RouteTable table) {
        String tag = PlatformAssessmentResource.PLATFORMS;
        table.get("/platforms/{platformId}/agreements").id("listPlatformAgreements", tag, "List a platform's"
                        + " agreements the caller may see").roles(Roles.PLATFORM_READERS).paged()
                .returns(200, PlatformRepresentations.AgreementPage.class).handle(this::list);
        table.post("/platforms/{platformId}/agreements").id("concludePlatformAgreement", tag, "Conclude an"
                        + " agreement on a listed offer, dated today under the current terms; logged before it is"
                        + " answered (422 with the review's findings when it is refused)")
                .roles(Roles.AGREEMENT_MAKERS).body(PlatformRepresentations.AgreementRequest.class).conditional()
                .returns(201, PlatformRepresentations.ConcludedAgreement.class).errors(409, 422).handle(this::conclude);
        table.post("/platforms/{platformId}/agreements/{agreementId}/deliveries").id("decidePlatformDelivery", tag,
                        "Decide whether the data may be delivered under an agreement now; the decision is logged"
                                + " before it is answered").roles(Roles.DELIVERY_ASKERS)
                .returns(200, PlatformRepresentations.Delivery.class).handle(this::deliver);
    }

    private void list(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        ViewPlatforms.Agreements agreements = value(useCases.platforms().view().agreements(PlatformAccess.id(ctx),
                caller));
        Representations.Page<org.citygov.application.platform.PlatformDocument.Agreement> items = page.of(
                agreements.agreements().stream().map(PlatformWriter::agreement).toList());
        Answers.json(ctx, 200, new PlatformRepresentations.AgreementPage(agreements.platform().id().value(),
                agreements.platform().version(), items.items(), items.offset(), items.limit(), items.total()));
    }

    private void conclude(Context ctx, Caller caller) {
        PlatformId id = PlatformAccess.id(ctx);
        long version = PlatformAccess.version(ctx, id);
        PlatformRepresentations.AgreementRequest body = bodies.read(ctx, PlatformRepresentations.AgreementRequest.class);
        ConcludeAgreements.Request request = new ConcludeAgreements.Request(AgreementId.of(body.id()),
                OfferId.of(body.offer()), ParticipantId.of(body.user()), body.purpose());
        switch (value(useCases.platforms().agreements().conclude(id, request, version, caller))) {
            case ConcludeAgreements.Outcome.Refused refused -> throw ApiProblem.refused("agreement-refused",
                    ProblemText.of("agreement.refused", body.id(), String.join(", ", refused.review().findings()
                            .stream().filter(Finding::blocking).map(f -> f.code().code()).toList())),
                    PlatformRepresentations.entries(refused.review().findings()));
            case ConcludeAgreements.Outcome.Concluded concluded -> Answers.json(ctx, 201,
                    PlatformRepresentations.ConcludedAgreement.of(concluded), Http.etag(concluded.platform()));
        }
    }

    private void deliver(Context ctx, Caller caller) {
        PlatformId id = PlatformAccess.id(ctx);
        AgreementId agreement = AgreementId.of(PlatformAccess.pathId(ctx, "agreementId", "agreement"));
        Answers.json(ctx, 200, PlatformRepresentations.Delivery.of(value(useCases.platforms().agreements()
                .decideDelivery(id, agreement, caller))));
    }
}
