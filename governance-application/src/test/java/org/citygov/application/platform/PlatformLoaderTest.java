package org.citygov.application.platform;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.MarketRules;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformLoaderTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "platform");
    private final PlatformLoader loader = new PlatformLoader();

    private DataMarket valid(PlatformReading reading) {
        if (reading instanceof PlatformReading.Invalid invalid) {
            throw new AssertionError(invalid.problems().toString());
        }
        return ((PlatformReading.Valid) reading).market();
    }

    private List<Problem> problems(String json) {
        return assertInstanceOf(PlatformReading.Invalid.class, loader.read(json, Syntax.JSON)).problems();
    }

    /** A small valid document, one line per field, to break in one place per test. */
    private static String document(String offerExtra, String agreements) {
        return """
                {
                  "format": "citygov-platform/1",
                  "platform": { "id": "m", "name": "M", "operator": "op", "design": "EXCHANGE",
                    "criticalServices": [], "termsVersion": "1", "incidentReportHours": 24,
                    "responseTeam": true, "monitoring": "NONE" },
                  "participants": [
                    { "id": "op", "name": "Op", "category": "LOCAL_GOVERNMENT", "roles": ["OPERATOR", "PROVIDER"],
                      "security": { "authentication": "MFA", "patchWithinDays": 1, "accessLogging": true,
                                    "incidentReportHours": 1 } }
                  ],
                  "offers": [
                    { "id": "o", "title": "O", "provider": "op", "categories": ["TRANSPORT"], "subject": "NONE",
                      "specialCare": false, "personalDataBasis": "NONE", "anonymizationPublished": false,
                      "content": { "source": "OWN_COLLECTION", "thirdPartyRights": "NONE", "userGenerated": false },
                      "declarations": [], "hosting": "PROVIDER", "delivery": "API",
                      "licence": { "kind": "OPEN", "id": "CC0-1.0",
                                   "price": { "amount": 0, "currency": "JPY", "per": "ONCE" } },
                      "terms": { "purposes": ["RESEARCH"], "prohibited": [], "minimumAuthentication": "NONE" }%s }
                  ],
                  "agreements": [%s]
                }
                """.formatted(offerExtra, agreements);
    }

    @Test
    void read_whenSapporoExample_shouldGiveTheWholeMarket() {
        DataMarket market = valid(loader.read(EXAMPLES.resolve("sapporo-exchange-market.json")));

        assertEquals("sapporo-area-data-market", market.platform().id().value());
        assertEquals(6, market.participants().size());
        assertEquals(4, market.offers().size());
        assertEquals(4, market.agreements().size());
    }

    @Test
    void read_whenYamlStorageExample_shouldKeepTheIncidentWithEveryEventAndNotification() {
        DataMarket market = valid(loader.read(EXAMPLES.resolve("medical-storage-platform.yaml")));

        Incident incident = market.incidents().getFirst();
        assertEquals(Instant.parse("2025-06-03T00:00:00Z"), incident.detectedAt());
        assertEquals(5, incident.events().size());
        assertEquals(6, incident.notifications().size());
        assertInstanceOf(Incident.Recipient.Ppc.class, incident.notifications().get(3).to());
        assertInstanceOf(Incident.Recipient.Subjects.class, incident.notifications().get(4).to());
        assertEquals(40, incident.personsAffected().getAsLong());
        assertTrue(market.participants().get(1).security().certifications().size() == 2);
    }

    @Test
    void read_whenMinimalDocument_shouldBeValid() {
        valid(loader.read(document("", ""), Syntax.JSON));
    }

    @Test
    void read_whenUnknownFieldWrongEnumAndMissingField_shouldListEachWithPathAndLine() {
        String broken = document(", \"colour\": \"red\"", "")
                .replace("\"design\": \"EXCHANGE\"", "\"design\": \"MARKETPLACE\"")
                .replace("\"title\": \"O\", ", "");

        List<Problem> problems = problems(broken);

        // in document order: the title's problem is placed at its offer's line, before the unknown field
        assertEquals(List.of("platform.design", "offers[0].title", "offers[0].colour"),
                problems.stream().map(Problem::path).toList(), problems::toString);
        assertEquals(OptionalInt.of(3), problems.getFirst().line());
        assertTrue(problems.getFirst().message().contains("EXCHANGE, STORAGE, HYBRID"));
        assertEquals("is required", problems.get(1).message());
        assertTrue(problems.get(2).message().startsWith("unknown field \"colour\""));
    }

    @Test
    void read_whenReferencesAreBroken_shouldReportTheMarketsViolationsWithLines() {
        String broken = document("", """
                { "id": "a", "offer": "nothing", "user": "op", "purpose": "RESEARCH", "on": "2025-05-01",
                  "termsVersion": "1" }""");

        List<Problem> problems = problems(broken);

        assertEquals(List.of("agreements[0].offer", "agreements[0].user"),
                problems.stream().map(Problem::path).toList(), problems::toString);
        assertTrue(problems.get(1).message().contains("does not have the USER role"));
        assertTrue(problems.getFirst().line().isPresent());
    }

    @Test
    void read_whenAValueIsListedTwice_shouldSaySo() {
        List<Problem> problems = problems(document("", "").replace("\"categories\": [\"TRANSPORT\"]",
                "\"categories\": [\"TRANSPORT\", \"TRANSPORT\"]"));

        assertEquals("offers[0].categories[1]", problems.getFirst().path());
        assertEquals("TRANSPORT is listed twice", problems.getFirst().message());
    }

    @Test
    void read_whenIdentifiabilityMissingForIndividualsAndFormatWrong_shouldRefuseTheWholeDocument() {
        assertEquals(List.of("format"), problems(document("", "").replace("citygov-platform/1", "citygov/1"))
                .stream().map(Problem::path).toList());
        List<Problem> problems = problems(document("", "").replace("\"subject\": \"NONE\"",
                "\"subject\": \"INDIVIDUAL\""));
        assertEquals("offers[0].identifiability", problems.getFirst().path());
    }

    @Test
    void read_whenNotificationRecipientIsNotAnId_shouldNameTheChoices() {
        String yaml = """
                format: citygov-platform/1
                platform: { id: m, name: M, operator: op, design: STORAGE, criticalServices: [],
                  termsVersion: "1", incidentReportHours: 24, responseTeam: true, monitoring: NONE }
                participants:
                  - { id: op, name: Op, category: LOCAL_GOVERNMENT, roles: [OPERATOR],
                      security: { authentication: MFA, patchWithinDays: 1, accessLogging: true,
                                  incidentReportHours: 1 } }
                offers: []
                incidents:
                  - id: i
                    kind: LOSS
                    at: op
                    detectedAt: 2025-06-03T09:00:00+09:00
                    detectedBy: SOC
                    offers: []
                    malicious: false
                    events: []
                    notifications: [ { to: The Commission, kind: NOTICE, at: 2025-06-03T10:00:00+09:00 } ]
                """;

        List<Problem> problems = assertInstanceOf(PlatformReading.Invalid.class, loader.read(yaml, Syntax.YAML))
                .problems();

        assertEquals("incidents[0].notifications[0].to", problems.getFirst().path());
        assertEquals(OptionalInt.of(18), problems.getFirst().line());
        assertTrue(problems.getFirst().message().contains("PPC or SUBJECTS"));
    }

    @Test
    void json_whenSapporoAssessed_shouldUseTheContractsFieldsAndCodes() throws Exception {
        DataMarket market = valid(loader.read(EXAMPLES.resolve("sapporo-exchange-market.json")));

        JsonNode doc = new ObjectMapper().readTree(new PlatformRenderer().json(
                market.assess(Instant.parse("2025-06-01T00:00:00Z"), MarketRules.defaults("jp-2023.02"))));

        assertEquals("citygov-platform-assessment/1", doc.path("format").asText());
        assertEquals("jp-2023.02", doc.path("edition").asText());
        assertEquals("EXCHANGE", doc.path("liability").path("design").asText());
        JsonNode refused = doc.path("listings").get(3);
        assertEquals("restaurant-reviews", refused.path("offer").asText());
        assertEquals("REFUSED", refused.path("status").asText());
        JsonNode finding = refused.path("findings").get(0);
        assertEquals(List.of("code", "severity", "subject", "text", "basis"), fieldNames(finding));
        assertEquals(List.of("format", "platform", "edition", "at", "liability", "duties", "listings", "agreements",
                "framework", "incidents", "acceptable"), fieldNames(doc));
        assertFalse(doc.path("acceptable").asBoolean());
        assertTrue(doc.path("framework").path("cooperative").asBoolean());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void incident_whenReadAloneWithADateTimeAsANumber_shouldNameTheFieldAndReadNothing() {
        var parsed = new PlatformLoader().incident("{\"id\": \"probe-1\", \"kind\": \"DATA_THEFT\", \"at\":"
                + " \"city-bureau\", \"detectedAt\": 12345, \"detectedBy\": \"SOC\", \"offers\": [],"
                + " \"malicious\": false, \"events\": [], \"notifications\": []}", Syntax.JSON);

        var problems = assertInstanceOf(org.citygov.application.input.Parsed.Problems.class, parsed).problems();
        assertEquals(List.of("detectedAt"), problems.stream().map(p -> ((Problem) p).path()).toList());
        assertTrue(((Problem) problems.getFirst()).message().contains("a date and time with its offset"),
                problems::toString);
    }

    @Test
    void incidentEventAndNotification_whenWellFormed_shouldReadAsTheDomainsSteps() {
        var event = assertInstanceOf(org.citygov.application.input.Parsed.Ok.class, new PlatformLoader()
                .incidentEvent("{\"status\": \"CONTAINED\", \"at\": \"2026-06-03T18:00:00+09:00\"}", Syntax.JSON));
        assertEquals(new Incident.StatusEvent(Incident.Status.CONTAINED, Instant.parse("2026-06-03T09:00:00Z")),
                event.value());
        var notification = assertInstanceOf(org.citygov.application.input.Parsed.Ok.class, new PlatformLoader()
                .incidentNotification("{\"to\": \"PPC\", \"kind\": \"FINAL\", \"at\": \"2026-07-01T00:00:00Z\"}",
                        Syntax.JSON));
        assertEquals("PPC", ((Incident.Notification) notification.value()).to().code());
    }
}
