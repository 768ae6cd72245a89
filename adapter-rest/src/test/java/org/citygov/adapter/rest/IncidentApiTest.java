package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.citygov.application.platform.PlatformLoader;
import org.citygov.application.platform.PlatformReading;
import org.citygov.application.platform.PlatformWriter;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.domain.access.Role;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * Issue 13 over HTTP: the ransomware incident of {@code examples/platform/ransomware-storage-platform.yaml} walked at
 * a stored platform by its operator — recorded at detection, its steps and notifications added, what is due listed,
 * judged at the review (the late PPC preliminary report, the missing final one, the critical services), and fed back
 * into the frailty project, which goes back to risk analysis — with each role seeing what it may; and a monitoring
 * alert from a synthetic decision stream opened as an incident in one step.
 */
class IncidentApiTest {

    private static final String PLATFORM = "/platforms/kashiwa-health-data-platform";
    private static final String INCIDENT = PLATFORM + "/incidents/ransomware-2026-06";
    private static final String RANSOMWARE = """
            { "id": "ransomware-2026-06", "kind": "RANSOMWARE", "at": "kashiwa-platform-office",
              "detectedAt": "2026-06-03T09:00:00+09:00", "detectedBy": "SOC",
              "offers": ["frailty-research-extract"], "personsAffected": 3200, "malicious": true,
              "events": [], "notifications": [] }""";

    private final ApiFixture api = new ApiFixture();
    private String operator;
    private String city;
    private String university;
    private String otherOperator;
    private String etag;

    /** The example's document without its incident: the walk records it step by step. */
    static String platformWithoutIncidents() {
        PlatformReading reading = new PlatformLoader().read(Path.of("..", "examples", "platform",
                "ransomware-storage-platform.yaml"));
        var market = assertInstanceOf(PlatformReading.Valid.class, reading, reading::toString).market();
        ObjectNode document = RestApi.JSON.valueToTree(new PlatformWriter().document(market));
        document.remove("incidents");
        return document.toString();
    }

    @BeforeEach
    void register() {
        operator = api.token("kashiwa-platform-office", Role.OPERATOR);
        city = api.token("kashiwa-city", Role.PROVIDER);
        university = api.token("university", Role.USER);
        otherOperator = api.token("sapporo-bureau", Role.OPERATOR);
        HttpResponse<String> r = api.sendAs(operator, "POST", "/platforms", platformWithoutIncidents(), null);
        assertEquals(201, r.statusCode(), r.body());
        etag = r.headers().firstValue("ETag").orElseThrow();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** Sends a change as the operator with the current ETag; keeps the new one. */
    private JsonNode change(String path, String body, int expected) {
        HttpResponse<String> r = api.sendAs(operator, "POST", path, body, etag);
        assertEquals(expected, r.statusCode(), r.body());
        r.headers().firstValue("ETag").ifPresent(e -> etag = e);
        return ApiFixture.json(r);
    }

    private static String event(String status, String at) {
        return "{\"status\": \"" + status + "\", \"at\": \"" + at + "\"}";
    }

    private static String notification(String to, String kind, String at) {
        return "{\"to\": \"" + to + "\", \"kind\": \"" + kind + "\", \"at\": \"" + at + "\"}";
    }

    private static JsonNode deadline(JsonNode review, String to, String kind) {
        for (JsonNode d : review.get("deadlines")) {
            if (d.get("to").asText().equals(to) && d.get("kind").asText().equals(kind)) {
                return d;
            }
        }
        throw new AssertionError("no deadline " + kind + " to " + to + " in " + review);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.at(field).asText()));
        return values;
    }

    /** The frailty project registered by the secretariat and moved to implementation and evaluation. */
    private void frailtyAtEvaluation() {
        api.register("kashiwanoha-frailty");
        for (String reason : List.of("overview agreed", "laws organized", "risks analysed", "rules approved")) {
            api.projectService.move(new MoveCycle.Command(ProjectId.of("kashiwanoha-frailty"),
                    MoveCycle.Direction.ADVANCE, Actor.of("secretariat"), reason)).orElseThrow();
        }
    }

    @Test
    void ransomware_whenWalkedFromDetectionToReviewOverHttp_shouldReportDeadlinesAndSendTheProjectBack() {
        frailtyAtEvaluation();

        // detection: recorded by the operator, 201 with where it lives; the deadlines start to run
        HttpResponse<String> recorded = api.sendAs(operator, "POST", PLATFORM + "/incidents", RANSOMWARE, etag);
        assertEquals(201, recorded.statusCode(), recorded.body());
        assertEquals(INCIDENT, recorded.headers().firstValue("Location").orElseThrow());
        etag = recorded.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"kashiwa-health-data-platform-v2\"", etag);
        JsonNode due = ApiFixture.json(api.sendAs(operator, "GET", PLATFORM + "/due-notifications?at="
                + "2026-06-03T00:00:00Z", null, null));
        assertEquals(List.of("kashiwa-city NOTICE 2026-06-04T00:00:00Z", "university NOTICE 2026-06-04T00:00:00Z",
                        "PPC PRELIMINARY 2026-06-08T00:00:00Z", "SUBJECTS NOTICE 2026-06-08T00:00:00Z",
                        "PPC FINAL 2026-08-02T00:00:00Z"),
                describe(due.get("items")));
        assertEquals(false, due.get("overdue").asBoolean());

        // the steps and notifications as they happen; a step out of order is refused with its path
        change(INCIDENT + "/events", event("TRIAGED", "2026-06-03T10:00:00+09:00"), 201);
        change(INCIDENT + "/events", event("CONTAINED", "2026-06-03T18:00:00+09:00"), 201);
        JsonNode backwards = change(INCIDENT + "/events", event("TRIAGED", "2026-06-04T00:00:00+09:00"), 400);
        assertEquals("/problems/invalid", backwards.get("type").asText());
        assertTrue(backwards.get("errors").get(0).get("path").asText().endsWith(".events[2].status"),
                backwards::toString);
        change(INCIDENT + "/notifications", notification("kashiwa-city", "NOTICE", "2026-06-03T20:00:00+09:00"), 201);
        change(INCIDENT + "/notifications", notification("university", "NOTICE", "2026-06-04T08:00:00+09:00"), 201);
        change(INCIDENT + "/events", event("RECOVERED", "2026-06-07T12:00:00+09:00"), 201);
        change(INCIDENT + "/notifications", notification("SUBJECTS", "NOTICE", "2026-06-07T10:00:00+09:00"), 201);
        change(INCIDENT + "/notifications", notification("PPC", "PRELIMINARY", "2026-06-10T10:00:00+09:00"), 201);
        change(INCIDENT + "/events", event("CLOSED", "2026-06-20T17:00:00+09:00"), 201);
        JsonNode reviewed = change(INCIDENT + "/events", event("REVIEWED", "2026-06-27T15:00:00+09:00"), 201);
        assertEquals("REVIEWED", reviewed.at("/incident/events/4/status").asText());

        // a stale ETag is refused; without one, 428
        assertEquals(412, api.sendAs(operator, "POST", INCIDENT + "/events", event("REVIEWED",
                "2026-06-28T00:00:00Z"), "\"kashiwa-health-data-platform-v2\"").statusCode());
        assertEquals(428, api.sendAs(operator, "POST", INCIDENT + "/events", event("REVIEWED",
                "2026-06-28T00:00:00Z"), null).statusCode());

        // at the review: the preliminary report was late, the final one is still open; the critical services named
        JsonNode atReview = ApiFixture.json(api.sendAs(operator, "GET", INCIDENT + "?at=2026-06-27T06:00:00Z", null,
                null));
        JsonNode review = atReview.get("review");
        assertTrue(review.get("reportable").asBoolean());
        assertEquals("LATE", deadline(review, "PPC", "PRELIMINARY").get("status").asText());
        assertEquals("OPEN", deadline(review, "PPC", "FINAL").get("status").asText());
        assertEquals(List.of("notification-late"), texts(review.get("findings"), "/code"));
        assertEquals(Set.of("MEDICAL_CARE", "HEALTH_AND_WELFARE"), Set.copyOf(texts(review.at("/impact/criticalServices"),
                "")));
        JsonNode stillDue = ApiFixture.json(api.sendAs(operator, "GET", PLATFORM + "/due-notifications?at="
                + "2026-06-27T06:00:00Z", null, null));
        assertEquals(List.of("PPC FINAL 2026-08-02T00:00:00Z"), describe(stillDue.get("items")));
        // past its deadline the final report is overdue
        JsonNode overdue = ApiFixture.json(api.get(PLATFORM + "/due-notifications?at=2026-08-10T00:00:00Z",
                Role.AUDITOR));
        assertTrue(overdue.get("overdue").asBoolean());
        assertEquals("OVERDUE", overdue.at("/items/0/status").asText());

        // the review goes back into the loop: the frailty project returns to risk analysis, naming the incident
        HttpResponse<String> fed = api.sendAs(operator, "POST", INCIDENT + "/feedback", null, null);
        assertEquals(200, fed.statusCode(), fed.body());
        JsonNode outcome = ApiFixture.json(fed).get("projects").get(0);
        assertEquals("kashiwanoha-frailty", outcome.get("project").asText());
        assertEquals("REVISED", outcome.get("status").asText(), outcome::toString);
        assertTrue(outcome.get("detail").asText().contains("incident ransomware-2026-06 (RANSOMWARE)"),
                outcome::toString);
        JsonNode cycle = ApiFixture.json(api.get("/projects/kashiwanoha-frailty/cycle", Role.AUDITOR));
        assertEquals("RISK_ANALYSIS", cycle.get("step").asText(), cycle::toString);

        // every change is in the platform's audit trail under the operator's name, never a body field
        JsonNode history = ApiFixture.json(api.get(PLATFORM + "/history", Role.AUDITOR)).get("items");
        assertEquals(11, history.size(), history::toString);
        history.forEach(entry -> assertEquals("kashiwa-platform-office", entry.get("actor").asText()));
        assertTrue(history.get(1).get("summary").asText().startsWith("recorded incident ransomware-2026-06"),
                history::toString);
    }

    private static List<String> describe(JsonNode items) {
        List<String> described = new ArrayList<>();
        items.forEach(i -> described.add(i.get("to").asText() + " " + i.get("kind").asText() + " "
                + i.get("due").asText()));
        return described;
    }

    @Test
    void incidents_whenReadByEachRole_shouldShowAParticipantOnlyWhatAffectsIt() {
        change(PLATFORM + "/incidents", RANSOMWARE, 201);
        // an incident at the city's own systems touching no offer: it affects the city and the operator only
        change(PLATFORM + "/incidents", """
                { "id": "phishing-2026-07", "kind": "ACCOUNT_TAKEOVER", "at": "kashiwa-city",
                  "detectedAt": "2026-07-01T09:00:00+09:00", "detectedBy": "PARTICIPANT", "offers": [],
                  "malicious": true, "events": [], "notifications": [] }""", 201);

        assertEquals(List.of("ransomware-2026-06", "phishing-2026-07"), texts(ApiFixture.json(api.get(PLATFORM
                + "/incidents", Role.AUDITOR)).get("items"), "/incident/id"));
        assertEquals(List.of("ransomware-2026-06", "phishing-2026-07"), texts(ApiFixture.json(api.sendAs(city,
                "GET", PLATFORM + "/incidents", null, null)).get("items"), "/incident/id"));
        assertEquals(List.of("ransomware-2026-06"), texts(ApiFixture.json(api.sendAs(university, "GET",
                PLATFORM + "/incidents", null, null)).get("items"), "/incident/id"));
        // what does not affect it is not found, not forbidden
        assertEquals(404, api.sendAs(university, "GET", PLATFORM + "/incidents/phishing-2026-07", null, null)
                .statusCode());
        assertEquals(404, api.sendAs(otherOperator, "GET", PLATFORM + "/incidents", null, null).statusCode());
        // participants and auditors change nothing; another operator does not find the platform
        assertEquals(403, api.sendAs(university, "POST", INCIDENT + "/events", event("TRIAGED",
                "2026-06-03T10:00:00+09:00"), etag).statusCode());
        assertEquals(403, api.send("POST", INCIDENT + "/events", Role.AUDITOR, event("TRIAGED",
                "2026-06-03T10:00:00+09:00"), etag).statusCode());
        assertEquals(404, api.sendAs(otherOperator, "POST", INCIDENT + "/events", event("TRIAGED",
                "2026-06-03T10:00:00+09:00"), etag).statusCode());
        // a bad instant is a 400 naming the parameter
        HttpResponse<String> badAt = api.get(PLATFORM + "/incidents?at=yesterday", Role.AUDITOR);
        assertEquals(400, badAt.statusCode());
        assertEquals("at", ApiFixture.json(badAt).at("/errors/0/path").asText());
    }

    @Test
    void alert_whenASyntheticStreamProbesTheFrailtyData_shouldBeListedAndOpenedAsAnIncidentInOneStep() {
        Instant start = Instant.parse("2026-06-01T00:00:00Z");
        List<LinkageRecord> stream = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stream.add(LinkageRecord.decision(LinkageRequest.aggregate(ProjectId.of("kashiwanoha-frailty"),
                            StakeholderId.of("university"), DataAssetId.of("research-dataset"),
                            PurposeKind.ADVERTISING, Set.of("age")),
                    new Decision(Decision.Outcome.DENY, List.of(), Optional.empty(), List.of(), List.of(),
                            "no data flow hands research-dataset to university for ADVERTISING", 1),
                    start.plusSeconds(10L * i)));
        }
        api.monitoring.watch(stream);

        JsonNode alerts = ApiFixture.json(api.sendAs(operator, "GET", "/alerts", null, null)).get("items");
        assertEquals(List.of("OUTSIDE_AGREEMENTS", "DENIAL_BURST"), texts(alerts, "/kind"));
        String burst = alerts.get(1).get("id").asText();
        assertEquals(10, ApiFixture.json(api.get("/alerts/" + burst, Role.AUDITOR)).get("count").asInt());
        assertEquals(1, ApiFixture.json(api.get("/alerts?since=2026-06-01T00:01:00Z", Role.ADMIN)).get("items")
                .size());
        // an operator of another platform, where the party takes no part, sees none of them
        assertEquals(0, ApiFixture.json(api.sendAs(otherOperator, "GET", "/alerts", null, null)).get("items")
                .size());
        assertEquals(404, api.sendAs(otherOperator, "GET", "/alerts/" + burst, null, null).statusCode());

        HttpResponse<String> opened = api.sendAs(operator, "POST", PLATFORM + "/alert-incidents",
                "{\"alert\": \"" + burst + "\", \"id\": \"probing-2026-06\"}", etag);
        assertEquals(201, opened.statusCode(), opened.body());
        assertEquals(PLATFORM + "/incidents/probing-2026-06", opened.headers().firstValue("Location").orElseThrow());
        JsonNode incident = ApiFixture.json(opened).get("incident");
        assertEquals("UNAUTHORIZED_ACCESS", incident.get("kind").asText());
        assertEquals("university", incident.get("at").asText());
        assertEquals("SOC", incident.get("detectedBy").asText());
        assertEquals(List.of("frailty-research-extract"), texts(incident.get("offers"), ""));
        assertEquals("TRIAGED", incident.at("/events/0/status").asText());
        JsonNode history = ApiFixture.json(api.get(PLATFORM + "/history", Role.AUDITOR)).get("items");
        assertTrue(history.get(1).get("summary").asText().contains("opened monitoring alert " + burst),
                history::toString);

        HttpResponse<String> unknown = api.sendAs(operator, "POST", PLATFORM + "/alert-incidents",
                "{\"alert\": \"no-such-alert\", \"id\": \"probing-2\"}", opened.headers().firstValue("ETag")
                        .orElseThrow());
        assertEquals(404, unknown.statusCode(), unknown.body());
    }
}
