package org.citygov.adapter.rest;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.ViewCatalogue;

/** The catalogue edition assessments apply: laws, soft laws, focal points, harms, categories, methods. Public. */
final class CatalogueResource implements Resource {

    private static final String CATALOGUE = "Catalogue";

    private final UseCases useCases;

    CatalogueResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void addTo(RouteTable table) {
        table.get("/catalogue").id("getCatalogue", CATALOGUE, "Read the catalogue of laws, soft laws, focal points,"
                        + " harms, stakeholder categories and engagement methods").open()
                .query("lang", false, Operation.QueryType.LANGUAGE, "The labels' language (default en)")
                .returns(200, ViewCatalogue.CatalogueView.class).errors(400).handle(this::get);
    }

    private void get(Context ctx, Caller caller) {
        Http.Query query = new Http.Query(ctx);
        ViewCatalogue.Language language = query.language("lang");
        query.check();
        Answers.json(ctx, 200, useCases.viewCatalogue().catalogue(language));
    }
}
