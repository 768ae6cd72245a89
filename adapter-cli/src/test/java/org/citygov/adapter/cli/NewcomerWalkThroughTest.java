package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.citygov.adapter.cli.root.CompositionRoot;

/**
 * What the README tells a newcomer to do, end to end: create an ADMIN token, serve the embedded store of a data
 * directory, register the Kashiwa-no-ha frailty scenario, take it through the cycle with its rules approved, record a
 * KPI measurement that breaches its threshold, let the breach start a new revision, and read the audit trail.
 */
class NewcomerWalkThroughTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROJECT = "/projects/kashiwanoha-frailty";

    @TempDir
    Path data;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;
    private String token;

    private record Reply(int status, JsonNode body, String etag) {
    }

    @Test
    void walkThrough_whenAKpiBreachesItsThreshold_shouldSendTheCycleBackToRiskAnalysisAsRevision2() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int created = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err),
                "token", "create", "--role", "ADMIN", "--name", "secretariat", "--data", data.toString());
        assertEquals(0, created, err.toString());
        token = out.toString().strip();

        try (CompositionRoot root = CompositionRoot.embedded(data)) {
            CompositionRoot.HttpServer server = root.startHttp("127.0.0.1", 0, 1 << 20, List.of(), line -> { },
                    () -> true);
            base = "http://127.0.0.1:" + server.port();
            try {
                walk();
            } finally {
                server.stop();
            }
        }
    }

    private void walk() {
        Reply registered = call("POST", "/projects", example(), null);
        assertEquals(201, registered.status(), registered.body()::toString);
        assertEquals("\"kashiwanoha-frailty-v1\"", registered.etag());
        String etag = registered.etag();

        List<String> steps = new ArrayList<>();
        for (String reason : List.of("overview agreed by the council", "laws and soft laws checked",
                "risks analysed with the doctors' association")) {
            Reply moved = call("POST", PROJECT + "/cycle/transitions",
                    "{\"direction\": \"ADVANCE\", \"reason\": \"" + reason + "\"}", etag);
            assertEquals(201, moved.status(), moved.body()::toString);
            steps.add(moved.body().get("to").asText());
            etag = moved.etag();
        }
        assertEquals(List.of("LAWS_AND_REGULATIONS", "RISK_ANALYSIS", "RULE_DESIGN"), steps);

        // rule design: a programme rule written, approved by the committee and put in force
        Reply rule = call("POST", PROJECT + "/rules", """
                {"id": "score-retention", "version": 1, "level": "PROGRAM", "kind": "RETENTION",
                 "text": "Risk scores are deleted 365 days after the programme invitation.",
                 "appliesTo": [], "mitigates": ["SECONDARY_USE"], "status": "DRAFT", "retentionDays": 365}
                """, etag);
        assertEquals(201, rule.status(), rule.body()::toString);
        assertEquals("DRAFT", rule.body().get("status").asText());
        Reply approved = call("POST", PROJECT + "/rules/score-retention/approval", "{\"on\": \"2024-06-01\"}",
                rule.etag());
        assertEquals(200, approved.status(), approved.body()::toString);
        // the approval is recorded in the authenticated caller's name, never one the body gives
        assertEquals("secretariat", approved.body().get("approvedBy").asText());
        Reply inForce = call("POST", PROJECT + "/rules/score-retention/in-force", null, approved.etag());
        assertEquals(200, inForce.status(), inForce.body()::toString);
        assertEquals("IN_FORCE", inForce.body().get("status").asText());

        Reply cycle = call("GET", PROJECT + "/cycle", null, null);
        assertEquals(List.of(), JSON.convertValue(cycle.body().get("missingForNextStep"), List.class));
        Reply implemented = call("POST", PROJECT + "/cycle/transitions",
                "{\"direction\": \"ADVANCE\", \"reason\": \"rules approved; the programme starts\"}", inForce.etag());
        assertEquals(201, implemented.status(), implemented.body()::toString);
        assertEquals("IMPLEMENTATION_AND_EVALUATION", implemented.body().get("to").asText());

        // evaluation: uptake falls below its threshold of 0.3
        Reply measured = call("POST", PROJECT + "/kpis/programme-uptake/measurements",
                "{\"on\": \"2025-03-31\", \"value\": 0.12}", implemented.etag());
        assertEquals(201, measured.status(), measured.body()::toString);
        assertEquals(0.12, measured.body().get("value").asDouble());
        assertEquals(3, call("GET", PROJECT + "/kpis/programme-uptake", null, null).body().get("measurements")
                .size());
        Reply stale = call("POST", PROJECT + "/cycle/revisions-from-triggers", null, implemented.etag());
        assertEquals(412, stale.status(), stale.body()::toString);
        Reply revised = call("POST", PROJECT + "/cycle/revisions-from-triggers", null, measured.etag());
        assertEquals(201, revised.status(), revised.body()::toString);
        assertEquals("RISK_ANALYSIS", revised.body().get("to").asText());
        assertEquals(2, revised.body().get("revision").asInt());

        JsonNode transitions = call("GET", PROJECT + "/cycle/transitions", null, null).body().get("items");
        String reason = transitions.get(transitions.size() - 1).get("reason").asText();
        assertTrue(reason.contains("KPI programme-uptake breached its threshold"), reason);

        Reply history = call("GET", PROJECT + "/history", null, null);
        assertEquals(200, history.status(), history.body()::toString);
        List<String> summaries = new ArrayList<>();
        history.body().get("items").forEach(e -> summaries.add(e.get("summary").asText()));
        assertEquals(10, summaries.size(), summaries::toString);
        assertTrue(summaries.getFirst().startsWith("imported"), summaries::toString);
        assertTrue(summaries.contains("approved rule score-retention (by secretariat, ADMIN)"),
                summaries::toString);
        assertTrue(summaries.getLast().startsWith("started a new revision: revision triggered by KPI"
                + " programme-uptake"), summaries::toString);
        history.body().get("items").forEach(e -> assertEquals("secretariat", e.get("actor").asText()));
    }

    private static String example() {
        try {
            return Files.readString(Path.of("..", "examples", "kashiwanoha-frailty.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply call(String method, String path, String json, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), JSON.readTree(r.body()), r.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
