package org.citygov.adapter.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.domain.access.Role;

/**
 * The HTTP API: every route is an {@link Operation} of the {@link RouteTable}, registered with Javalin through one
 * wrapper that authenticates the bearer token, checks the caller's role, and refuses a body where the operation takes
 * none; the resources check the preconditions of changes. Errors leave as RFC 9457 problems; faults are logged
 * with the request id and answered without any detail of the fault.
 */
public final class RestApi {

    static final String REQUEST_ID = "citygov.requestId";
    static final String CALLER = "citygov.caller";
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final RestSettings settings;
    private final UseCases useCases;
    private final List<Operation> operations;
    /** The API document, served at /openapi.json; made from the operations. */
    private final OpenApiDocument openApi;
    private final byte[] document;
    private final Javalin app;
    /** The Jetty server under Javalin, once started. */
    private volatile org.eclipse.jetty.server.Server jetty;
    /** Set when the server begins to stop: {@code /ready} answers 503 from then on. */
    private volatile boolean draining;
    /** Requests being handled, and a signal when the count falls to zero. */
    private int inProgress;
    private final ReentrantLock progress = new ReentrantLock();
    private final Condition idle = progress.newCondition();

    /** How long {@link #stop()} waits for requests in progress, unless told otherwise. */
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(30);

    public RestApi(UseCases useCases, RestSettings settings) {
        this(useCases, settings, ServerLimits.defaults());
    }

    /** With the web server's limits ({@link WebServer}). */
    public RestApi(UseCases useCases, RestSettings given, ServerLimits limits) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        // not ready while draining, whatever the caller's readiness says
        java.util.function.BooleanSupplier callerReady = Objects.requireNonNull(given, "settings").ready();
        this.settings = given.withReady(() -> !draining && callerReady.getAsBoolean());
        this.operations = RouteTable.of(useCases, settings, this::document);
        this.openApi = OpenApiDocument.of(operations, new ApiExamples(useCases));
        this.document = openApi.bytes();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.staticFiles.enableWebjars();
            if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    List<String> origins = settings.corsOrigins();
                    rule.allowHost(origins.getFirst(), origins.subList(1, origins.size()).toArray(String[]::new));
                    rule.exposeHeader("ETag");
                    rule.exposeHeader("Location");
                    rule.exposeHeader("X-Request-Id");
                }));
            }
            config.routes.before(RestApi::assignRequestId);
            for (Operation operation : operations) {
                config.routes.addEndpoint(new Endpoint(operation.method(), operation.path(),
                        ctx -> handle(operation, ctx)));
            }
            // one mapping (failureBody), registered for each class Javalin looks up on its own
            config.routes.exception(ApiProblem.class, (problem, ctx) -> ctx.result(failureBody(ctx, problem)));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.result(failureBody(ctx, e)));
            config.routes.exception(Exception.class, (e, ctx) -> ctx.result(failureBody(ctx, e)));
            config.routes.error(404, ctx -> {
                if (ctx.attribute(PROBLEM_WRITTEN) == null) {
                    writeProblem(ctx, fromJavalin(404, ctx));
                }
            });
            config.routes.error(405, ctx -> {
                if (ctx.attribute(PROBLEM_WRITTEN) == null) {
                    writeProblem(ctx, fromJavalin(405, ctx));
                }
            });
            config.requestLogger.http((ctx, ms) -> settings.requestLog().accept(logLine(ctx, ms)));
            WebServer.configure(config, settings.maxBodyBytes(), limits);
            config.jetty.modifyServer(server -> {
                // Jetty's own graceful stop: a response being written when the server stops is completed, for at most
                // the stop timeout (set when stopping); it wraps the chain WebServer built, inside which Javalin
                // attaches its handlers
                org.eclipse.jetty.server.handler.GracefulHandler graceful =
                        new org.eclipse.jetty.server.handler.GracefulHandler();
                graceful.setHandler(server.getHandler());
                server.setHandler(graceful);
                jetty = server;
            });
        });
    }

    private static final String PROBLEM_WRITTEN = "citygov.problemWritten";

    private byte[] document() {
        return document;
    }

    OpenApiDocument openApi() {
        return openApi;
    }

    /** Starts listening; {@link PortUnavailableException} if the port is taken or not this process's to take. */
    public RestApi start(String host, int port) {
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.net.BindException bind) {
                    app.stop();
                    throw new PortUnavailableException(host, port, bind);
                }
            }
            throw e;
        }
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops as {@link #stop(Duration)} does, waiting at most {@link #DEFAULT_DRAIN} for requests in progress. */
    public void stop() {
        stop(DEFAULT_DRAIN);
    }

    /**
     * A graceful stop: from now on {@code /ready} answers 503 (a load balancer stops sending requests here), requests
     * in progress are let finish — those that arrive meanwhile are still served — for at most {@code drain}, then the
     * server stops (closing whatever is still open). Returns whether every request in progress finished in time.
     */
    public boolean stop(Duration drain) {
        draining = true;
        boolean drained;
        long deadline = System.nanoTime() + drain.toNanos();
        long left = drain.toNanos();
        progress.lock();
        try {
            while (inProgress > 0 && left > 0) {
                left = idle.awaitNanos(left);
            }
            drained = inProgress == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained = false;
        } finally {
            progress.unlock();
        }
        org.eclipse.jetty.server.Server server = jetty;
        if (server != null) {
            // what is left of the drain time lets Jetty finish writing the last responses
            server.setStopTimeout(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        try {
            app.stop();
        } catch (RuntimeException e) {
            if (!timedOut(e)) {
                throw e;
            }
            // Jetty stopped everything, then said that some exchanges had not ended in what was left of the drain
            // time: a response still being written to a client that does not read, or a connection its client cut
            LOG.warn("the web server stopped with exchanges still open at the end of the drain time ({})",
                    drain);
            return false;
        }
        return drained;
    }

    /** Whether a failure of Jetty's stop is its graceful wait running out (a TimeoutException among the causes). */
    static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (timedOut(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the server has begun to stop (then {@code /ready} answers 503). */
    public boolean draining() {
        return draining;
    }

    /** How many requests are being handled now. */
    public int requestsInProgress() {
        progress.lock();
        try {
            return inProgress;
        } finally {
            progress.unlock();
        }
    }


    /** The operations of the API, in the order of the document. */
    public List<String> operationIds() {
        return operations.stream().map(Operation::operationId).toList();
    }

    List<Operation> operations() {
        return operations;
    }

    /**
     * Every endpoint Javalin has registered for an HTTP method (not before/after filters), as {@code METHOD path}:
     * what the tests compare with the API document and the role table. The CORS plugin's preflight route is among
     * them when origins are configured.
     */
    public List<String> registeredRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
                .sorted()
                .toList();
    }

    // ---- the one wrapper every operation runs in -----------------------------------------------------------------

    private void handle(Operation operation, Context ctx) throws Exception {
        progress.lock();
        try {
            inProgress++;
        } finally {
            progress.unlock();
        }
        CompletableFuture<?> pending = null;
        try {
            handleCounted(operation, ctx);
            pending = ctx.attribute(LaterAnswers.PENDING);
        } finally {
            if (pending == null) {
                done();
            } else {
                // answered later (LaterAnswers): in progress until the answer is written
                pending.whenComplete((ignored, failure) -> done());
            }
        }
    }

    private void done() {
        progress.lock();
        try {
            if (--inProgress == 0) {
                idle.signalAll();
            }
        } finally {
            progress.unlock();
        }
    }

    private void handleCounted(Operation operation, Context ctx) throws Exception {
        Caller caller = null;
        if (!operation.isPublic()) {
            caller = authenticate(ctx);
            if (!operation.allows(caller.role())) {
                throw ApiProblem.of(403, "forbidden", ProblemText.of("title.forbidden.role"),
                        ProblemText.of("forbidden.role", caller.role(),
                                operation.summary().toLowerCase(Locale.ROOT), operation.roles()));
            }
            ctx.attribute(CALLER, caller);
        }
        if (operation.requestSchema() == null) {
            Http.noBody(ctx, settings.maxBodyBytes());
        }
        operation.handler().handle(ctx, caller);
    }

    private Caller authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"citygov\"");
            throw ApiProblem.of(401, "unauthorized", ProblemText.of("unauthorized.missing"));
        }
        String bearer = bearerToken(header);
        Optional<Caller> caller = bearer != null ? useCases.authenticate().authenticate(bearer) : Optional.empty();
        if (caller.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"citygov\", error=\"invalid_token\"");
            throw ApiProblem.of(401, "unauthorized", ProblemText.of("title.unauthorized.invalid"),
                    ProblemText.of("unauthorized.invalid"));
        }
        return caller.get();
    }

    /**
     * The token of an {@code Authorization: Bearer <token>} header: the scheme (any case) and the rest, split at the
     * first run of ASCII whitespace, the rest stripped; null for another scheme or no token. The same split as
     * {@code header.strip().split("\\s+", 2)} without a regular expression per request.
     */
    static String bearerToken(String header) {
        String text = header.strip();
        int end = 0;
        while (end < text.length() && !RegexSpace.is(text.charAt(end))) {
            end++;
        }
        if (end == text.length() || !text.regionMatches(true, 0, "Bearer", 0, end) || end != "Bearer".length()) {
            return null;
        }
        int start = end;
        while (start < text.length() && RegexSpace.is(text.charAt(start))) {
            start++;
        }
        return text.substring(start).strip();
    }

    private static void assignRequestId(Context ctx) {
        String given = ctx.header("X-Request-Id");
        String id = given != null && CLIENT_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(REQUEST_ID, id);
        ctx.header("X-Request-Id", id);
    }

    // ---- problems ----------------------------------------------------------------------------------------------

    private static ApiProblem fromJavalin(int status, Context ctx) {
        return switch (status) {
            case 404 -> ApiProblem.notFound(ProblemText.of("route.none", ctx.method(), ctx.path()));
            case 405 -> ApiProblem.of(405, "method-not-allowed", ProblemText.of("route.method", ctx.method(),
                    ctx.path()));
            case 413 -> ApiProblem.of(413, "content-too-large", ProblemText.of("body.tooLarge"));
            default -> ApiProblem.of(status, "http-" + status, ProblemText.of("http.refused"));
        };
    }

    /**
     * The answer to a request that failed with {@code failure}: an {@link ApiProblem} as it is; Javalin's own
     * refusals as their problem; anything else is logged (with the request's id) and answered 500 internal-error.
     * Sets the status and headers; returns the body. The one mapping of failures, for answers given now and later.
     */
    static byte[] failureBody(Context ctx, Throwable failure) {
        if (failure instanceof ApiProblem problem) {
            return problemBody(ctx, problem);
        }
        if (failure instanceof HttpResponseException e) {
            return problemBody(ctx, fromJavalin(e.getStatus(), ctx));
        }
        try (var ignored = MDC.putCloseable("requestId", requestId(ctx))) {
            LOG.error("request {} {} {} failed", requestId(ctx), ctx.method(), ctx.path(), failure);
        }
        return problemBody(ctx, ApiProblem.of(500, "internal-error", ProblemText.of("internal.fault",
                requestId(ctx))));
    }

    static void writeProblem(Context ctx, ApiProblem problem) {
        ctx.result(problemBody(ctx, problem));
    }

    /** Sets a problem's status and headers; returns its body. */
    private static byte[] problemBody(Context ctx, ApiProblem problem) {
        Object requestId = ctx.attribute(REQUEST_ID);
        org.citygov.application.report.i18n.Language language = ProblemLanguage.of(ctx);
        Representations.Problem body = problem.in(language, ctx.path(),
                requestId == null ? null : requestId.toString());
        ctx.header("Content-Language", language.tag());
        ctx.header("Vary", "Accept-Language");
        ctx.attribute(PROBLEM_WRITTEN, Boolean.TRUE);
        ctx.status(problem.status());
        ctx.contentType("application/problem+json");
        ctx.header("Cache-Control", "no-store");
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the request log ---------------------------------------------------------------------------------------

    private static String logLine(Context ctx, Float ms) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", Instant.now().toString());
        Object requestId = ctx.attribute(REQUEST_ID);
        line.put("requestId", requestId == null ? null : requestId.toString());
        line.put("method", ctx.method().name());
        line.put("path", ctx.path());
        line.put("route", route(ctx));
        line.put("status", ctx.res().getStatus());
        line.put("ms", ms == null ? null : Math.round(ms * 100) / 100.0);
        Caller caller = ctx.attribute(CALLER);
        line.put("caller", caller == null ? null : caller.name());
        line.put("role", caller == null ? null : caller.role().name());
        return line.toString();
    }

    private static String requestId(Context ctx) {
        Object id = ctx.attribute(REQUEST_ID);
        return id == null ? "" : id.toString();
    }

    private static String route(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoint();
            return endpoint == null ? null : endpoint.path;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The roles, in order, as sets the route table uses. */
    static Set<Role> roles(Role... roles) {
        return roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
    }

    static List<Operation> sorted(List<Operation> operations) {
        List<Operation> copy = new ArrayList<>(operations);
        copy.sort(Comparator.comparing(Operation::path).thenComparing(o -> o.method().name()));
        return copy;
    }
}
