package org.citygov.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Supplier;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.report.i18n.Language;

/** The process and the API itself: health, readiness, the OpenAPI document and its page. All public. */
final class SystemResource implements Resource {

    private static final String SYSTEM = "System";

    private final RestSettings settings;
    private final Supplier<byte[]> document;

    SystemResource(RestSettings settings, Supplier<byte[]> document) {
        this.settings = settings;
        this.document = document;
    }

    @Override
    public void addTo(RouteTable table) {
        table.get("/health").id("getHealth", SYSTEM, "Tell whether the process is alive").open()
                .returns(200, Representations.HealthStatus.class)
                .handle((ctx, c) -> Answers.json(ctx, 200, new Representations.HealthStatus("UP")));
        table.get("/ready").id("getReadiness", SYSTEM, "Tell whether the API can serve requests").open()
                .returns(200, Representations.HealthStatus.class).errors(503).handle(this::ready);
        table.get("/openapi.json").id("getApiDocument", SYSTEM, "Read this API's OpenAPI document").open()
                .returns(200, com.fasterxml.jackson.databind.JsonNode.class).handle(this::openApi);
        table.get("/docs").id("getApiDocsPage", SYSTEM, "Browse the API document").open().returnsHtml()
                .handle(this::docsPage);
        table.get("/problems/{problemType}").id("getProblemType", SYSTEM,
                        "Read what a problem type means and what to do about it").open().returnsHtml()
                .handle(this::problemType);
    }

    private void problemType(Context ctx, Caller caller) {
        String slug = ctx.pathParam("problemType");
        Language language = ProblemLanguage.of(ctx);
        ProblemTypes.Explanation explanation = ProblemTypes.explain(slug, language).orElseThrow(() ->
                ApiProblem.notFound(ProblemText.of("problemType.none", slug)));
        byte[] page = ProblemTypes.page(slug, explanation, language).getBytes(StandardCharsets.UTF_8);
        ctx.header("Content-Language", language.tag());
        ctx.header("Vary", "Accept-Language");
        Answers.respond(ctx, 200, page, "text/html; charset=utf-8", Http.weakEtag(page));
    }

    private void ready(Context ctx, Caller caller) {
        boolean ready;
        try {
            ready = settings.ready().getAsBoolean();
        } catch (RuntimeException e) {
            ready = false;
        }
        if (!ready) {
            throw ApiProblem.of(503, "not-ready", ProblemText.of("system.notReady"));
        }
        Answers.json(ctx, 200, new Representations.HealthStatus("READY"));
    }

    private void openApi(Context ctx, Caller caller) {
        byte[] bytes = document.get();
        Answers.respond(ctx, 200, bytes, "application/json", Http.weakEtag(bytes));
    }

    private void docsPage(Context ctx, Caller caller) {
        byte[] page = DocsPage.html(swaggerUiVersion()).getBytes(StandardCharsets.UTF_8);
        Answers.respond(ctx, 200, page, "text/html; charset=utf-8", Http.weakEtag(page));
    }

    private static String swaggerUiVersion() {
        try (InputStream in = SystemResource.class.getResourceAsStream(
                "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
