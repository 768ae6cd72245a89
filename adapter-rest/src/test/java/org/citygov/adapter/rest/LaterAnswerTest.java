package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citygov.application.port.in.Authenticate;
import org.citygov.application.port.in.DecideLinkage;
import org.citygov.domain.access.Role;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * {@code POST /linkage-decisions} is answered when the decision's log entry is durable, from the thread that learns
 * it, with no Jetty thread waiting meanwhile ({@link LaterAnswers}). Here the log's answer is held by the test (or
 * handed over by one "answering" thread, as the durable log's is), so that the answer is certainly given later.
 */
class LaterAnswerTest {

    private static final String DECIDE = "{\"project\": \"kashiwanoha-frailty\", \"party\": \"university\","
            + " \"asset\": \"research-dataset\", \"purpose\": \"RESEARCH\", \"subject\": \"" + ApiFixture.CITIZEN_SUBJECT
            + "\", \"fields\": [\"age\", \"frailty-score\"]}";

    /** Decisions whose stages the test completes: each decided stage waits here until released. */
    private final LinkedBlockingQueue<Held> held = new LinkedBlockingQueue<>();
    private final ExecutorService answering = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-log-answers");
        t.setDaemon(true);
        return t;
    });
    private ApiFixture api;

    private record Held(CompletableFuture<Result<DecideLinkage.Logged>> decided,
                        CompletableFuture<Result<DecideLinkage.Logged>> answered) {
    }

    @AfterEach
    void stop() {
        answering.shutdownNow();
        if (api != null) {
            api.api.stop(Duration.ZERO);
        }
    }

    /** The API with decisions continued by {@code later} (given the real, already logged stage). */
    private ApiFixture apiWith(Function<CompletableFuture<Result<DecideLinkage.Logged>>,
            CompletableFuture<Result<DecideLinkage.Logged>>> later) {
        api = new ApiFixture(u -> {
            DecideLinkage real = u.decideLinkage();
            DecideLinkage delayed = new DecideLinkage() {
                @Override
                public Result<Logged> decide(LinkageRequest request, Authenticate.Caller asker) {
                    return real.decide(request, asker);
                }

                @Override
                public CompletionStage<Result<Logged>> decideWhenLogged(LinkageRequest request,
                                                                        Authenticate.Caller asker) {
                    return later.apply(real.decideWhenLogged(request, asker).toCompletableFuture());
                }

                @Override
                public Result<LogEntry> recordTransfer(long decisionSequence) {
                    return real.recordTransfer(decisionSequence);
                }

                @Override
                public Result<Long> compileRules(ProjectId project) {
                    return real.compileRules(project);
                }
            };
            return new UseCases(u.importScenario(), u.viewProjects(), u.changeProject(), u.recordEngagement(),
                    u.moveCycle(), u.assessProject(), u.designRules(), u.evaluateProject(), u.viewCatalogue(),
                    u.viewHistory(), u.authenticate(), u.issueToken(), u.manageTokens(), delayed, u.exerciseRights(),
                    u.auditLinkageLog(), u.platforms(), u.reportProject(), u.publishProject());
        });
        api.register("kashiwanoha-frailty");
        return api;
    }

    private ApiFixture apiHoldingDecisions() {
        return apiWith(decided -> {
            if (decided.isDone() && decided.join() instanceof Result.Failure<?>) {
                return decided; // refused before it was decided: nothing is logged, nothing to hold
            }
            Held h = new Held(decided, new CompletableFuture<>());
            held.add(h);
            return h.answered();
        });
    }

    /** The decision the server holds for the test, once it has reached the use case. */
    private Held heldDecision() throws InterruptedException {
        Held h = held.poll(30, TimeUnit.SECONDS);
        assertNotNull(h, "the decision reached the use case");
        return h;
    }

    private CompletableFuture<HttpResponse<String>> decideAsync() {
        return api.client.sendAsync(api.request("/linkage-decisions", Role.ADMIN)
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(DECIDE)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void decide_whenTheLogAnswersLater_shouldAnswerTheLoggedDecisionThenAndCountTheRequestUntilThen()
            throws Exception {
        apiHoldingDecisions();
        CompletableFuture<HttpResponse<String>> response = decideAsync();
        Held h = heldDecision();
        DecideLinkage.Logged logged = ((Result.Success<DecideLinkage.Logged>) h.decided().get(30,
                TimeUnit.SECONDS)).value();

        assertFalse(response.isDone(), "answered before the log said the entry is durable");
        assertEquals(1, api.api.requestsInProgress(), "the request waiting for its log entry is in progress");

        answering.execute(() -> h.answered().complete(h.decided().join()));
        HttpResponse<String> r = response.get(30, TimeUnit.SECONDS);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length),
                r.headers().firstValue("Content-Length").orElseThrow(), "the answer's length is declared");
        assertTrue(r.headers().firstValue("X-Request-Id").isPresent());
        JsonNode body = ApiFixture.json(r);
        assertEquals(logged.entry().sequence(), body.get("sequence").asLong());
        assertEquals(logged.decision().outcome().name(), body.get("outcome").asText());
        assertEquals(logged.explanation(), body.get("explanation").asText());
        waitUntil(() -> api.api.requestsInProgress() == 0, "the answered request is no longer in progress");
        waitUntil(() -> api.log.stream().anyMatch(line -> line.contains("\"path\":\"/linkage-decisions\"")
                && line.contains("\"status\":200") && line.contains("\"caller\":\"admin\"")),
                "the request log has the answered decision with its caller: " + api.log);
    }

    @Test
    void decide_whenTheLogFailsLater_shouldAnswerTheSameInternalErrorAsAtOnceAndEndTheRequest() throws Exception {
        apiHoldingDecisions();
        CompletableFuture<HttpResponse<String>> response = decideAsync();
        Held h = heldDecision();

        answering.execute(() -> h.answered().completeExceptionally(new IllegalStateException(
                "the linkage log did not store the entry, so nothing is answered")));
        HttpResponse<String> r = response.get(30, TimeUnit.SECONDS);

        assertEquals(500, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = ApiFixture.json(r);
        assertTrue(problem.get("type").asText().endsWith("internal-error"), problem.toString());
        assertFalse(r.body().contains("did not store"), "an internal fault's text is not shown: " + r.body());
        waitUntil(() -> api.api.requestsInProgress() == 0, "the failed request is no longer in progress");
    }

    @Test
    void decide_whenTheRequestIsRefusedBeforeDeciding_shouldAnswerAtOnceAsBefore() {
        apiHoldingDecisions();
        HttpResponse<String> r = api.send("POST", "/linkage-decisions", Role.PROVIDER, DECIDE, null);

        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("on its own behalf"), r.body());
        assertEquals(0, api.api.requestsInProgress());
    }

    @Test
    void stop_whenADecisionWaitsForItsLogEntry_shouldLetItBeAnsweredWithinTheDrainTime() throws Exception {
        apiHoldingDecisions();
        CompletableFuture<HttpResponse<String>> response = decideAsync();
        Held h = heldDecision();

        CompletableFuture<Boolean> stopping = CompletableFuture.supplyAsync(() -> api.api.stop(Duration.ofSeconds(60)));
        waitUntil(api.api::draining, "the server began to stop");
        Thread.sleep(200);
        assertFalse(stopping.isDone(), "the server stopped while a decision waited for its log entry");

        answering.execute(() -> h.answered().complete(h.decided().join()));
        assertEquals(200, response.get(30, TimeUnit.SECONDS).statusCode());
        assertTrue(stopping.get(30, TimeUnit.SECONDS), "the decision was answered within the drain time");
    }

    /**
     * A client that sends decisions and never reads the answers fills its connection; its next answer cannot be
     * written. That must hold up no one else: the answering thread hands the rest of the write to Jetty and goes on,
     * so another client's decisions are answered well before the server's 30 s idle timeout would free a blocked
     * write.
     */
    @Test
    void decide_whenAClientDoesNotReadItsAnswers_shouldStillAnswerOtherClientsPromptly() throws Exception {
        AtomicInteger decided = new AtomicInteger();
        apiWith(decided1 -> {
            decided.incrementAndGet();
            // the durable log's way: completed by one answering thread, after the request's thread has moved on
            return decided1.thenApplyAsync(Function.identity(),
                    CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS, answering));
        });
        String request = "POST /linkage-decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + api.tokens.get(Role.ADMIN) + "\r\nContent-Type: application/json\r\nContent-Length: "
                + DECIDE.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + DECIDE;
        byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
        Socket greedy = new Socket();
        greedy.setReceiveBufferSize(1024);
        greedy.connect(new java.net.InetSocketAddress("127.0.0.1", api.api.port()));
        Thread sender = Thread.ofPlatform().daemon().start(() -> {
            try {
                OutputStream out = greedy.getOutputStream();
                for (int i = 0; i < 200_000; i++) {
                    out.write(bytes);
                }
            } catch (IOException e) {
                // the connection was closed at the end of the test
            }
        });
        try {
            // stalled: the server has an answer for the greedy client it cannot write, and decides no more for it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            int before;
            do {
                assertTrue(System.nanoTime() < deadline, "the greedy client's connection never filled");
                before = decided.get();
                Thread.sleep(500);
            } while (decided.get() != before || api.api.requestsInProgress() == 0);
            assertTrue(before > 1, "the greedy client's decisions were answered until its connection filled");
            assertEquals(1, api.api.requestsInProgress(), "one answer waits for the greedy client to read");

            for (int i = 0; i < 20; i++) {
                // a blocked write would hold this for the 30 s idle timeout
                HttpResponse<String> r = decideAsync().get(10, TimeUnit.SECONDS);
                assertEquals(200, r.statusCode(), r.body());
            }
            assertEquals(before + 20, decided.get(), "the greedy client got no further meanwhile");
        } finally {
            greedy.close();
            sender.join(10_000);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(10);
        }
    }
}
