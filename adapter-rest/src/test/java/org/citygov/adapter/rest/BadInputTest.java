package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citygov.domain.access.Role;

/**
 * Every route that changes something, sent what a careless or hostile client sends: each answer is a 4xx problem and
 * the stored state (projects, tokens) is exactly as before.
 */
class BadInputTest {

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    private record Payload(String name, String contentType, byte[] body) {
    }

    private static List<Payload> payloads() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(20260901L);
        byte[] noise = new byte[512];
        random.nextBytes(noise);
        byte[] huge = new byte[(int) ApiFixture.MAX_BODY + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        List<Payload> payloads = new ArrayList<>();
        payloads.add(new Payload("malformed JSON", "application/json", bytes("{\"id\": \"x\", ")));
        payloads.add(new Payload("wrong types", "application/json",
                bytes("{\"id\": 12, \"name\": true, \"direction\": [1], \"role\": {}, \"reason\": 5}")));
        payloads.add(new Payload("a list", "application/json", bytes("[1, 2, 3]")));
        payloads.add(new Payload("unknown fields", "application/json", bytes("{\"zzz\": 1, \"format\": \"citygov/1\"}")));
        payloads.add(new Payload("random bytes", "application/json", noise));
        payloads.add(new Payload("random bytes as octets", "application/octet-stream", noise));
        payloads.add(new Payload("no content type", null, bytes("{}")));
        payloads.add(new Payload("huge body", "application/json", huge));
        payloads.add(new Payload("not UTF-8", "application/json; charset=iso-8859-1", bytes("{}")));
        return payloads;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyWriteRoute_whenSentBadInput_shouldAnswerA4xxProblemAndChangeNothing() {
        String etag = api.register("kashiwanoha-frailty");
        String consent = ApiFixture.json(api.send("POST", "/me/consents", Role.CITIZEN, "{\"project\":"
                + " \"kashiwanoha-frailty\", \"asset\": \"research-dataset\", \"purpose\": \"RESEARCH\"}", null))
                .get("id").asText();
        String correction = ApiFixture.json(api.send("POST", "/me/corrections", Role.CITIZEN, "{\"project\":"
                + " \"kashiwanoha-frailty\", \"asset\": \"research-dataset\", \"correction\": \"my birth year is"
                + " 1951\"}", null)).get("id").asText();
        String platformEtag = api.send("POST", "/platforms", Role.ADMIN, PlatformAssessmentApiTest.sapporo(), null)
                .headers().firstValue("ETag").orElseThrow();
        Map<String, String> before = state();
        List<String> wrong = new ArrayList<>();
        for (String route : api.api.registeredRoutes()) {
            String method = route.substring(0, route.indexOf(' '));
            if (method.equals("GET") || method.equals("OPTIONS")) {
                continue;
            }
            String path = route.substring(route.indexOf(' ') + 1)
                    .replace("{projectId}", "kashiwanoha-frailty").replace("{serviceId}", "care-planning")
                    .replace("{stakeholderId}", "care-providers").replace("{dataAssetId}", "risk-scores")
                    .replace("{dataFlowId}", "invite-residents").replace("{name}", "auditor")
                    .replace("{ruleId}", "city-consent").replace("{kpiId}", "programme-uptake")
                    .replace("{consentId}", consent).replace("{correctionId}", correction)
                    .replace("{platformId}", "sapporo-area-data-market").replace("{offerId}", "bus-ridership-2024")
                    .replace("{agreementId}", "lab-bus-ridership");
            // each route with a role that may call it, so the body is what is refused
            Role role = path.startsWith("/me/") ? Role.CITIZEN : Role.ADMIN;
            for (Payload payload : payloads()) {
                HttpRequest.Builder b = api.request(path, role).header("If-Match", path.startsWith("/platforms/")
                        ? platformEtag : etag);
                if (payload.contentType() != null) {
                    b.header("Content-Type", payload.contentType());
                }
                HttpResponse<String> r;
                try {
                    r = api.send(b.method(method, HttpRequest.BodyPublishers.ofByteArray(payload.body())).build());
                } catch (RuntimeException e) {
                    wrong.add(route + " with " + payload.name() + ": no answer (" + e.getMessage() + ")");
                    continue;
                }
                if (r.statusCode() < 400 || r.statusCode() > 499
                        || !r.headers().firstValue("Content-Type").orElse("").equals("application/problem+json")) {
                    wrong.add(route + " with " + payload.name() + ": " + r.statusCode() + " "
                            + r.headers().firstValue("Content-Type").orElse("(no content type)"));
                } else {
                    JsonNode problem = ApiFixture.json(r);
                    if (problem.get("status").asInt() != r.statusCode() || r.body().contains("\tat ")) {
                        wrong.add(route + " with " + payload.name() + ": a problem that does not match " + r.body());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, state());
    }

    @Test
    void registerProject_whenBodyIsOverTheLimit_shouldAnswer413() {
        byte[] huge = new byte[(int) ApiFixture.MAX_BODY * 4];
        java.util.Arrays.fill(huge, (byte) ' ');

        HttpResponse<String> r = api.send(api.request("/projects", Role.ADMIN).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build());

        assertEquals(413, r.statusCode());
    }

    /** Everything stored, as the API shows it. */
    private Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        for (JsonNode p : ApiFixture.json(api.get("/projects", Role.AUDITOR)).get("items")) {
            String path = "/projects/" + p.get("id").asText();
            state.put(path, api.get(path, Role.AUDITOR).body());
            state.put(path + "/cycle", api.get(path + "/cycle", Role.AUDITOR).body());
        }
        state.put("/tokens", api.get("/tokens", Role.AUDITOR).body());
        state.put("/me/consents", api.get("/me/consents", Role.CITIZEN).body());
        state.put("/me/corrections", api.get("/me/corrections", Role.CITIZEN).body());
        state.put("/corrections", api.get("/corrections?status=OPEN", Role.AUDITOR).body());
        state.put("/linkage-log/head", api.get("/linkage-log/head", Role.AUDITOR).body());
        for (JsonNode p : ApiFixture.json(api.get("/platforms", Role.AUDITOR)).get("items")) {
            String path = "/platforms/" + p.get("id").asText();
            state.put(path, api.get(path, Role.AUDITOR).body());
            state.put(path + "/history", api.get(path + "/history", Role.AUDITOR).body());
            state.put(path + "/log-entries", api.get(path + "/log-entries", Role.AUDITOR).body());
        }
        return state;
    }
}
