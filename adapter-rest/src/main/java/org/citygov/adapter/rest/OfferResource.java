package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import io.javalin.http.Context;

import org.citygov.application.platform.PlatformDocument;
import org.citygov.application.input.Syntax;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.ManageOffers;
import org.citygov.application.port.in.ViewPlatforms;
import org.citygov.domain.platform.Finding;
import org.citygov.domain.platform.Offer;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.RegisteredPlatform;

/**
 * A stored platform's offers: listed as the caller may see them (a USER the listed ones, a PROVIDER also all of its
 * own), added (in the document's offer shape; screened first: an offer the screening refuses is answered 422 with its
 * findings and not stored), withdrawn from the listing.
 */
final class OfferResource implements Resource {

    private final UseCases useCases;
    private final Bodies bodies;
    private final org.citygov.application.platform.PlatformLoader loader =
            new org.citygov.application.platform.PlatformLoader();

    OfferResource(UseCases useCases, Bodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RouteTable table) {
        String tag = PlatformAssessmentResource.PLATFORMS;
        table.get("/platforms/{platformId}/offers").id("listPlatformOffers", tag, "List a platform's offers the"
                        + " caller may see, with where each stands today").roles(Roles.PLATFORM_READERS).paged()
                .returns(200, PlatformRepresentations.OfferPage.class).handle(this::list);
        table.post("/platforms/{platformId}/offers").id("addPlatformOffer", tag, "List an offer on a platform; the"
                        + " listing screening decides (422 with its findings when it refuses)")
                .roles(Roles.OFFER_MANAGERS).body(PlatformDocument.Offer.class).conditional()
                .returns(201, PlatformRepresentations.OfferItem.class).errors(409, 422).handle(this::add);
        table.post("/platforms/{platformId}/offers/{offerId}/withdrawal").id("withdrawPlatformOffer", tag,
                        "Withdraw an offer from a platform's listing; it and its agreements stay on record")
                .roles(Roles.OFFER_MANAGERS).conditional().returns(200, PlatformRepresentations.OfferItem.class).errors(409)
                .handle(this::withdraw);
    }

    private void list(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        ViewPlatforms.Offers offers = value(useCases.platforms().view().offers(PlatformAccess.id(ctx), caller));
        Representations.Page<PlatformRepresentations.OfferItem> items = page.of(offers.offers().stream()
                .map(PlatformRepresentations.OfferItem::of).toList());
        Answers.json(ctx, 200, new PlatformRepresentations.OfferPage(offers.platform().id().value(),
                offers.platform().version(), items.items(), items.offset(), items.limit(), items.total()));
    }

    private void add(Context ctx, Caller caller) {
        PlatformId id = PlatformAccess.id(ctx);
        long version = PlatformAccess.version(ctx, id);
        Offer offer = Answers.parsed(loader.offer(bodies.text(ctx), Syntax.JSON));
        switch (value(useCases.platforms().offers().addOffer(id, offer, version, caller))) {
            case RegisteredPlatform.OfferAdmission.Refused refused -> throw ApiProblem.refused("listing-refused",
                    ProblemText.of("offer.refused", offer.id(), String.join(", ", refused.listing().findings()
                            .stream().filter(Finding::blocking).map(f -> f.code().code()).toList())),
                    PlatformRepresentations.entries(refused.listing().findings()));
            case RegisteredPlatform.OfferAdmission.Admitted admitted -> {
                Answers.json(ctx, 201, PlatformRepresentations.OfferItem.of(admitted.standing()),
                        Http.etag(admitted.platform()));
            }
        }
    }

    private void withdraw(Context ctx, Caller caller) {
        PlatformId id = PlatformAccess.id(ctx);
        OfferId offer = OfferId.of(PlatformAccess.pathId(ctx, "offerId", "offer"));
        long version = PlatformAccess.version(ctx, id);
        ManageOffers.Withdrawn withdrawn = value(useCases.platforms().offers().withdrawOffer(id, offer, version,
                caller));
        Answers.json(ctx, 200, PlatformRepresentations.OfferItem.of(withdrawn.standing()),
                Http.etag(withdrawn.platform()));
    }
}
