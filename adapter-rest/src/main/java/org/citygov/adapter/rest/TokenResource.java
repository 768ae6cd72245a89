package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.IssueToken;

/** API tokens: listed (never their values), issued (the value shown once), revoked. */
final class TokenResource implements Resource {

    private static final String TOKENS = "Tokens";

    private final UseCases useCases;
    private final Bodies bodies;

    TokenResource(UseCases useCases, Bodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RouteTable table) {
        table.get("/tokens").id("listTokens", TOKENS, "List API tokens").roles(Roles.TOKEN_READERS).paged()
                .returns(200, Representations.pageOf(Representations.Token.class)).handle(this::list);
        table.post("/tokens").id("createToken", TOKENS, "Issue an API token").roles(Roles.TOKEN_ADMINS)
                .body(Representations.TokenRequest.class).returns(201, Representations.IssuedToken.class).errors(409)
                .handle(this::create);
        table.get("/tokens/{name}").id("getToken", TOKENS, "Read an API token (never its value)")
                .roles(Roles.TOKEN_READERS).returns(200, Representations.Token.class).handle(this::get);
        table.delete("/tokens/{name}").id("revokeToken", TOKENS, "Revoke an API token").roles(Roles.TOKEN_ADMINS)
                .returns(200, Representations.Token.class).handle(this::revoke);
    }

    private void list(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Answers.json(ctx, 200, page.of(useCases.manageTokens().list().stream().map(Representations.Token::of)
                .toList()));
    }

    private void create(Context ctx, Caller caller) {
        Representations.TokenRequest request = bodies.read(ctx, Representations.TokenRequest.class);
        IssueToken.IssuedToken issued = value(useCases.issueToken().issue(new IssueToken.Command(request.name(),
                request.role())));
        ctx.header("Cache-Control", "no-store");
        ctx.header("Location", "/tokens/" + issued.info().name());
        Answers.json(ctx, 201, new Representations.IssuedToken(issued.token(), issued.info().name(),
                issued.info().role(), issued.info().createdAt()));
    }

    private void get(Context ctx, Caller caller) {
        String name = ctx.pathParam("name");
        Answers.json(ctx, 200, useCases.manageTokens().list().stream().filter(t -> t.name().equals(name))
                .map(Representations.Token::of).reduce((first, later) -> later)
                .orElseThrow(() -> ApiProblem.notFound(ProblemText.of("token.none", name))));
    }

    private void revoke(Context ctx, Caller caller) {
        Answers.json(ctx, 200, Representations.Token.of(value(useCases.manageTokens().revoke(ctx.pathParam("name")))));
    }
}
