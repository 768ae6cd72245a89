package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.citygov.domain.access.Role;
import org.citygov.domain.merkle.MerkleProofs;
import org.citygov.domain.merkle.Sha256;

/**
 * Stored platforms through the API: the Sapporo-style example registered, offers listed and refused by the screening,
 * agreements concluded and refused by the review, deliveries decided, every one of those in the linkage log, and each
 * participant seeing only what concerns it (its token's name is its participant id).
 */
class PlatformApiTest {

    private static final String PLATFORM = "/platforms/sapporo-area-data-market";
    static final String NEW_OFFER = """
            { "id": "bus-delays-2024", "title": "Bus delays by stop, 2024", "provider": "hokkaido-bus",
              "categories": ["TRANSPORT"], "subject": "NONE", "specialCare": false, "personalDataBasis": "NONE",
              "anonymizationPublished": false,
              "content": { "source": "OWN_COLLECTION", "thirdPartyRights": "NONE", "userGenerated": false },
              "declarations": ["LAWFULLY_OBTAINED", "HOLDS_RIGHTS", "NO_DEFAMATORY_CONTENT", "ACCURACY_CHECKED"],
              "hosting": "PROVIDER", "delivery": "API",
              "licence": { "kind": "OPEN", "id": "CC-BY-4.0", "price": { "amount": 0, "currency": "JPY", "per": "ONCE" } },
              "terms": { "purposes": ["URBAN_PLANNING", "RESEARCH"], "prohibited": ["ONWARD_TRANSFER"],
                         "minimumAuthentication": "PASSWORD" } }""";

    private final ApiFixture api = new ApiFixture();
    private String operator;
    private String bus;
    private String weather;
    private String lab;
    private String startup;
    private String etag;

    @BeforeEach
    void register() {
        operator = api.token("city-digital-bureau", Role.OPERATOR);
        bus = api.token("hokkaido-bus", Role.PROVIDER);
        weather = api.token("snow-weather", Role.PROVIDER);
        lab = api.token("hokudai-mobility-lab", Role.USER);
        startup = api.token("route-startup", Role.USER);
        HttpResponse<String> r = api.sendAs(operator, "POST", "/platforms", PlatformAssessmentApiTest.sapporo(), null);
        assertEquals(201, r.statusCode(), r.body());
        etag = r.headers().firstValue("ETag").orElseThrow();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.at(field).asText()));
        return values;
    }

    @Test
    void register_whenTheOperatorSendsItsDocument_shouldStoreItWholeAtVersion1() {
        HttpResponse<String> r = api.get(PLATFORM, Role.AUDITOR);

        assertEquals("\"sapporo-area-data-market-v1\"", etag);
        assertEquals(200, r.statusCode());
        JsonNode stored = ApiFixture.json(r);
        assertEquals(1, stored.get("version").asInt());
        assertEquals("citygov-platform/1", stored.at("/document/format").asText());
        assertEquals(ApiFixture.json(PlatformAssessmentApiTest.sapporo()).get("offers").size(),
                stored.at("/document/offers").size());
        assertEquals(409, api.sendAs(operator, "POST", "/platforms", PlatformAssessmentApiTest.sapporo(), null)
                .statusCode());
    }

    @Test
    void register_whenAnOperatorSendsAnotherOperatorsPlatform_shouldAnswer403AndHideThePlatformFromIt() {
        String other = api.token("another-city", Role.OPERATOR);

        HttpResponse<String> r = api.sendAs(other, "POST", "/platforms", PlatformAssessmentApiTest.sapporo()
                .replace("sapporo-area-data-market", "copied-market"), null);

        assertEquals(403, r.statusCode(), r.body());
        assertEquals(404, api.sendAs(other, "GET", PLATFORM, null, null).statusCode());
        assertEquals(0, ApiFixture.json(api.sendAs(other, "GET", "/platforms", null, null)).get("total").asInt());
    }

    @Test
    void offers_whenListedByAUserAndByTheProviderOfARefusedOffer_shouldShowTheUserOnlyListedOnes() {
        String reviews = api.token("town-reviews", Role.PROVIDER);

        JsonNode forUser = ApiFixture.json(api.sendAs(lab, "GET", PLATFORM + "/offers", null, null));
        JsonNode forProvider = ApiFixture.json(api.sendAs(reviews, "GET", PLATFORM + "/offers", null, null));

        assertEquals(List.of("bus-ridership-2024", "population-flow-stats", "snowfall-forecast-api"),
                texts(forUser.get("items"), "/offer/id"));
        assertEquals(1, forUser.get("version").asInt());
        assertTrue(texts(forProvider.get("items"), "/offer/id").contains("restaurant-reviews"));
        JsonNode refused = forProvider.get("items").get(3);
        assertEquals("REFUSED", refused.get("status").asText());
        assertFalse(refused.get("listed").asBoolean());
    }

    @Test
    void addOffer_whenTheProviderListsItsOwnOffer_shouldListItAndRecordTheProviderInTheAuditTrail() {
        HttpResponse<String> r = api.sendAs(bus, "POST", PLATFORM + "/offers", NEW_OFFER, etag);

        assertEquals(201, r.statusCode(), r.body());
        assertEquals("\"sapporo-area-data-market-v2\"", r.headers().firstValue("ETag").orElseThrow());
        assertEquals("LISTABLE", ApiFixture.json(r).get("status").asText());
        assertTrue(texts(ApiFixture.json(api.sendAs(lab, "GET", PLATFORM + "/offers", null, null)).get("items"),
                "/offer/id").contains("bus-delays-2024"));
        JsonNode history = ApiFixture.json(api.get(PLATFORM + "/history", Role.AUDITOR)).get("items");
        assertEquals(List.of("city-digital-bureau", "hokkaido-bus"), texts(history, "/actor"));
    }

    @Test
    void addOffer_whenTheScreeningRefusesIt_shouldAnswer422WithTheFindingCodesAndStoreNothing() {
        String missingWarranty = NEW_OFFER.replace("\"NO_DEFAMATORY_CONTENT\", ", "");

        HttpResponse<String> r = api.sendAs(bus, "POST", PLATFORM + "/offers", missingWarranty, etag);

        assertEquals(422, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(List.of("content-warranty-missing"), texts(ApiFixture.json(r).get("findings"), "/code"));
        assertEquals(1, ApiFixture.json(api.get(PLATFORM, Role.AUDITOR)).get("version").asInt());
    }

    @Test
    void addOffer_whenAnotherProvidersOfferOrStaleOrWithoutIfMatchOrInvalid_shouldRefuseEach() {
        HttpResponse<String> foreign = api.sendAs(weather, "POST", PLATFORM + "/offers", NEW_OFFER, etag);
        api.sendAs(bus, "POST", PLATFORM + "/offers", NEW_OFFER, etag);
        HttpResponse<String> stale = api.sendAs(bus, "POST", PLATFORM + "/offers",
                NEW_OFFER.replace("bus-delays-2024", "bus-delays-2025"), etag);
        HttpResponse<String> unconditional = api.sendAs(bus, "POST", PLATFORM + "/offers", NEW_OFFER, null);
        HttpResponse<String> invalid = api.sendAs(bus, "POST", PLATFORM + "/offers",
                NEW_OFFER.replace("\"TRANSPORT\"", "\"TRANSPORT\", \"TRANSPORT\"").replace("\"API\"", "\"PIGEON\""),
                "\"sapporo-area-data-market-v2\"");

        assertEquals(403, foreign.statusCode(), foreign.body());
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(428, unconditional.statusCode(), unconditional.body());
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertEquals(List.of("delivery"), texts(ApiFixture.json(invalid).get("errors"), "/path"));
    }

    @Test
    void conclude_whenTheUserAgreesForAPermittedPurpose_shouldLogItAndShowItToTheProviderWithAProof() {
        HttpResponse<String> r = api.sendAs(lab, "POST", PLATFORM + "/agreements", "{\"id\": \"lab-bus-research\","
                + " \"offer\": \"bus-ridership-2024\", \"user\": \"hokudai-mobility-lab\", \"purpose\": \"RESEARCH\"}",
                etag);

        assertEquals(201, r.statusCode(), r.body());
        JsonNode concluded = ApiFixture.json(r);
        assertEquals("2025-04", concluded.at("/agreement/termsVersion").asText());
        long sequence = concluded.get("sequence").asLong();
        JsonNode entries = ApiFixture.json(api.sendAs(bus, "GET", PLATFORM + "/log-entries", null, null))
                .get("items");
        assertEquals(List.of(Long.toString(sequence)), texts(entries, "/sequence"));
        JsonNode entry = entries.get(0);
        assertEquals("AGREEMENT", entry.get("kind").asText());
        assertEquals("hokudai-mobility-lab", entry.get("user").asText());
        assertEquals("CONCLUDED", entry.get("outcome").asText());
        assertEquals("OPEN", entry.at("/licence/kind").asText());
        assertEquals(0, entry.at("/terms/prohibited").size());
        assertEquals("2025-04", entry.get("termsVersion").asText());
        assertEquals("hokudai-mobility-lab", entry.get("actor").asText());
        HttpResponse<String> proof = api.sendAs(bus, "GET", PLATFORM + "/log-entries/" + sequence + "/proof", null,
                null);
        assertEquals(200, proof.statusCode(), proof.body());
        assertTrue(verifies(ApiFixture.json(proof)), proof.body());
        assertEquals(0, ApiFixture.json(api.sendAs(weather, "GET", PLATFORM + "/log-entries", null, null))
                .get("total").asInt(), "another provider sees nothing of it");
        assertEquals(404, api.sendAs(weather, "GET", PLATFORM + "/log-entries/" + sequence + "/proof", null, null)
                .statusCode());
        assertEquals(List.of("lab-bus-ridership", "lab-population", "lab-bus-research"), texts(ApiFixture.json(
                api.sendAs(lab, "GET", PLATFORM + "/agreements", null, null)).get("items"), "/id"));
    }

    /** The inclusion proof checks out against the signed head's root, and the leaf is the body's. */
    private static boolean verifies(JsonNode proof) {
        HexFormat hex = HexFormat.of();
        List<byte[]> path = new ArrayList<>();
        proof.get("path").forEach(p -> path.add(hex.parseHex(p.asText())));
        byte[] leaf = Sha256.leafHash(proof.get("body").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return hex.formatHex(leaf).equals(proof.get("leafHash").asText())
                && MerkleProofs.verifyInclusion(proof.get("sequence").asLong(), proof.at("/head/treeSize").asLong(),
                leaf, path, hex.parseHex(proof.at("/head/rootHash").asText()));
    }

    @Test
    void conclude_whenThePurposeIsNotPermittedOrForAnotherUser_shouldAnswer422WithTheCodeOr403AndLogNothing() {
        long logBefore = api.linkageLog.size();

        HttpResponse<String> refused = api.sendAs(startup, "POST", PLATFORM + "/agreements", "{\"id\":"
                + " \"startup-ads\", \"offer\": \"population-flow-stats\", \"user\": \"route-startup\", \"purpose\":"
                + " \"ADVERTISING\"}", etag);
        HttpResponse<String> forOther = api.sendAs(startup, "POST", PLATFORM + "/agreements", "{\"id\":"
                + " \"lab-more\", \"offer\": \"population-flow-stats\", \"user\": \"hokudai-mobility-lab\","
                + " \"purpose\": \"URBAN_PLANNING\"}", etag);
        HttpResponse<String> onRefusedOffer = api.sendAs(startup, "POST", PLATFORM + "/agreements", "{\"id\":"
                + " \"startup-reviews\", \"offer\": \"restaurant-reviews\", \"user\": \"route-startup\", \"purpose\":"
                + " \"COMMERCIAL_RECOMMENDATION\"}", etag);

        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(texts(ApiFixture.json(refused).get("findings"), "/code").contains("purpose-not-permitted"),
                refused.body());
        assertEquals(403, forOther.statusCode(), forOther.body());
        assertEquals(409, onRefusedOffer.statusCode(), onRefusedOffer.body());
        assertEquals(logBefore, api.linkageLog.size());
        assertEquals(1, ApiFixture.json(api.get(PLATFORM, Role.AUDITOR)).get("version").asInt());
    }

    @Test
    void deliveries_whenAskedBeforeAndAfterTheProviderWithdrawsTheOffer_shouldPermitThenDenyAndLogBoth() {
        String path = PLATFORM + "/agreements/lab-bus-ridership/deliveries";

        HttpResponse<String> before = api.sendAs(lab, "POST", path, null, null);
        HttpResponse<String> withdrawn = api.sendAs(bus, "POST", PLATFORM + "/offers/bus-ridership-2024/withdrawal",
                null, etag);
        HttpResponse<String> after = api.sendAs(lab, "POST", path, null, null);
        HttpResponse<String> foreign = api.sendAs(startup, "POST", path, null, null);
        HttpResponse<String> foreignWithdrawal = api.sendAs(weather, "POST", PLATFORM
                + "/offers/population-flow-stats/withdrawal", null, withdrawn.headers().firstValue("ETag")
                .orElseThrow());

        assertEquals(200, before.statusCode(), before.body());
        assertEquals("PERMIT", ApiFixture.json(before).get("outcome").asText());
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("hokkaido-bus", ApiFixture.json(withdrawn).at("/withdrawn/by").asText());
        assertEquals("DENY", ApiFixture.json(after).get("outcome").asText());
        assertTrue(ApiFixture.json(after).get("explanation").asText().contains("withdrawn"), after.body());
        assertEquals(404, foreign.statusCode(), "another user's agreement does not exist for it");
        assertEquals(403, foreignWithdrawal.statusCode(), foreignWithdrawal.body());
        JsonNode entries = ApiFixture.json(api.sendAs(bus, "GET", PLATFORM + "/log-entries", null, null))
                .get("items");
        assertEquals(List.of("PERMIT", "DENY"), texts(entries, "/outcome"));
        assertEquals(List.of("DELIVERY", "DELIVERY"), texts(entries, "/kind"));
        assertEquals(0, ApiFixture.json(api.sendAs(startup, "GET", PLATFORM + "/log-entries", null, null))
                .get("total").asInt());
        assertEquals(List.of(), texts(ApiFixture.json(api.get("/me/linkages", Role.CITIZEN)).get("items"), "/sequence"),
                "a platform's entries name no data subject");
    }
}
