package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.domain.access.Role;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.linkage.ConsentId;
import org.citygov.domain.linkage.ConsentRecord;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.ProjectId;

/**
 * A data subject's own data (5.4 (2)), under {@code /me}: the linkages of it, the subject's consents, its correction
 * requests. The subject is the CITIZEN token's name; nothing here reaches another subject's records.
 */
final class MyDataResource implements Resource {

    private static final String MY_DATA = "My data";

    private final UseCases useCases;
    private final Bodies bodies;

    MyDataResource(UseCases useCases, Bodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RouteTable table) {
        table.get("/me/linkages").id("listMyLinkages", MY_DATA, "List every linkage of the caller's own data: who"
                        + " received what, for which purpose, when, under which rules").roles(Roles.SUBJECTS).paged()
                .returns(200, Representations.pageOf(Representations.Linkage.class)).handle(this::listLinkages);
        table.get("/me/consents").id("listMyConsents", MY_DATA, "List the caller's consents, active and withdrawn")
                .roles(Roles.SUBJECTS).paged().returns(200, Representations.pageOf(Representations.Consent.class))
                .handle(this::listConsents);
        table.post("/me/consents").id("grantMyConsent", MY_DATA,
                        "Give consent to the use of a data asset of a project for a kind of purpose")
                .roles(Roles.SUBJECTS).body(Representations.ConsentGrant.class)
                .returns(201, Representations.Consent.class).handle(this::grantConsent);
        table.get("/me/consents/{consentId}").id("getMyConsent", MY_DATA, "Read one of the caller's consents")
                .roles(Roles.SUBJECTS).returns(200, Representations.Consent.class).handle(this::getConsent);
        table.delete("/me/consents/{consentId}").id("withdrawMyConsent", MY_DATA,
                        "Withdraw one of the caller's consents; the next decision on it is a denial")
                .roles(Roles.SUBJECTS).returns(200, Representations.Consent.class).errors(409)
                .handle(this::withdrawConsent);
        table.get("/me/corrections").id("listMyCorrections", MY_DATA,
                        "List the caller's correction requests and their answers").roles(Roles.SUBJECTS).paged()
                .returns(200, Representations.pageOf(Representations.Correction.class)).handle(this::listCorrections);
        table.get("/me/corrections/{correctionId}").id("getMyCorrection", MY_DATA,
                        "Read one of the caller's correction requests and its answer").roles(Roles.SUBJECTS)
                .returns(200, Representations.Correction.class).handle(this::getCorrection);
        table.post("/me/corrections").id("requestMyCorrection", MY_DATA,
                        "Ask for data held about the caller to be corrected").roles(Roles.SUBJECTS)
                .body(Representations.CorrectionFiling.class).returns(201, Representations.Correction.class)
                .handle(this::requestCorrection);
    }

    /** The caller's subject id: a CITIZEN token's name. */
    private static SubjectId subject(Caller caller) {
        if (caller.role() != Role.CITIZEN) {
            throw new IllegalStateException("only a CITIZEN has a subject id; the route table lets " + caller.role()
                    + " in");
        }
        return SubjectId.of(caller.name());
    }

    private void listLinkages(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Answers.json(ctx, 200, page.of(value(useCases.exerciseRights().linkagesOf(subject(caller))).stream()
                .map(Representations.Linkage::of).toList()));
    }

    private void listConsents(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Answers.json(ctx, 200, page.of(value(useCases.exerciseRights().consentsOf(subject(caller))).stream()
                .map(Representations.Consent::of).toList()));
    }

    private void grantConsent(Context ctx, Caller caller) {
        Representations.ConsentGrant grant = bodies.read(ctx, Representations.ConsentGrant.class);
        ConsentRecord consent = value(useCases.exerciseRights().grantConsent(subject(caller),
                ProjectId.of(grant.project()), DataAssetId.of(grant.asset()), grant.purpose()));
        Answers.created(ctx, "/me/consents/" + consent.id(), Representations.Consent.of(consent), null);
    }

    private void getConsent(Context ctx, Caller caller) {
        String id = ctx.pathParam("consentId");
        Answers.json(ctx, 200, value(useCases.exerciseRights().consentsOf(subject(caller))).stream()
                .filter(c -> c.id().value().equals(id)).map(Representations.Consent::of).findFirst()
                .orElseThrow(() -> ApiProblem.notFound(ProblemText.of("consent.none", id))));
    }

    private void getCorrection(Context ctx, Caller caller) {
        String id = ctx.pathParam("correctionId");
        Answers.json(ctx, 200, value(useCases.exerciseRights().correctionsOf(subject(caller))).stream()
                .filter(c -> c.id().equals(id)).map(Representations.Correction::of).findFirst()
                .orElseThrow(() -> ApiProblem.notFound(ProblemText.of("correction.none", id))));
    }

    private void withdrawConsent(Context ctx, Caller caller) {
        String raw = ctx.pathParam("consentId");
        if (raw.isBlank()) {
            throw ApiProblem.notFound(ProblemText.of("consent.none", raw));
        }
        Answers.json(ctx, 200, Representations.Consent.of(value(useCases.exerciseRights()
                .withdrawConsent(subject(caller), new ConsentId(raw)))));
    }

    private void listCorrections(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Answers.json(ctx, 200, page.of(value(useCases.exerciseRights().correctionsOf(subject(caller))).stream()
                .map(Representations.Correction::of).toList()));
    }

    private void requestCorrection(Context ctx, Caller caller) {
        Representations.CorrectionFiling filing = bodies.read(ctx, Representations.CorrectionFiling.class);
        CorrectionRequest.Open open = value(useCases.exerciseRights().requestCorrection(subject(caller),
                ProjectId.of(filing.project()), DataAssetId.of(filing.asset()), filing.correction().strip()));
        Answers.created(ctx, "/me/corrections/" + open.id(), Representations.Correction.of(open), null);
    }
}
