package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.citygov.domain.access.Role;
import org.citygov.domain.merkle.MerkleProofs;
import org.citygov.domain.merkle.Sha256;

/**
 * A data subject over HTTP: consent given and withdrawn flips the next decision; the subject sees its own linkages,
 * consents and corrections and never another subject's, and reads the operator's answer to a correction; auditors get
 * proofs that check; a PROVIDER asks only for itself.
 */
class CitizenApiTest {

    private static final String GRANT = "{\"project\": \"kashiwanoha-frailty\", \"asset\": \"research-dataset\","
            + " \"purpose\": \"RESEARCH\"}";
    private static final String DECIDE = "{\"project\": \"kashiwanoha-frailty\", \"party\": \"university\","
            + " \"asset\": \"research-dataset\", \"purpose\": \"RESEARCH\", \"subject\": \"" + ApiFixture.CITIZEN_SUBJECT
            + "\", \"fields\": [\"age\", \"frailty-score\"]}";

    private final ApiFixture api = new ApiFixture();

    @BeforeEach
    void register() {
        api.register("kashiwanoha-frailty");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> asOtherCitizen(String method, String path) {
        return api.send(api.request(path, null).header("Authorization", "Bearer " + api.otherCitizen)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private JsonNode decide() {
        HttpResponse<String> r = api.send("POST", "/linkage-decisions", Role.ADMIN, DECIDE, null);
        assertEquals(200, r.statusCode(), r.body());
        return ApiFixture.json(r);
    }

    @Test
    void withdrawMyConsent_whenGivenThenWithdrawn_shouldFlipTheNextDecisionWithoutAnyCompile() {
        assertEquals("DENY", decide().get("outcome").asText());
        HttpResponse<String> granted = api.send("POST", "/me/consents", Role.CITIZEN, GRANT, null);
        assertEquals(201, granted.statusCode(), granted.body());
        String consent = ApiFixture.json(granted).get("id").asText();

        JsonNode permitted = decide();
        HttpResponse<String> withdrawn = api.send("DELETE", "/me/consents/" + consent, Role.CITIZEN, null, null);
        JsonNode denied = decide();

        assertEquals("PERMIT", permitted.get("outcome").asText(), permitted.toString());
        assertEquals(consent, permitted.get("consents").get(0).asText());
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertFalse(ApiFixture.json(withdrawn).get("active").asBoolean());
        assertEquals("DENY", denied.get("outcome").asText());
        assertTrue(denied.get("explanation").asText().contains("withdrew"), denied.toString());
        assertEquals(409, api.send("DELETE", "/me/consents/" + consent, Role.CITIZEN, null, null).statusCode());
    }

    @Test
    void meRoutes_whenAnotherCitizenAsks_shouldNeverShowOrChangeTheFirstSubjectsRecords() {
        String consent = ApiFixture.json(api.send("POST", "/me/consents", Role.CITIZEN, GRANT, null)).get("id")
                .asText();
        decide();
        api.send("POST", "/me/corrections", Role.CITIZEN, "{\"project\": \"kashiwanoha-frailty\", \"asset\":"
                + " \"research-dataset\", \"correction\": \"my birth year is 1951\"}", null);

        HttpResponse<String> theirLinkages = asOtherCitizen("GET", "/me/linkages");
        HttpResponse<String> theirConsents = asOtherCitizen("GET", "/me/consents");
        HttpResponse<String> theirCorrections = asOtherCitizen("GET", "/me/corrections");
        HttpResponse<String> withdrawOthers = asOtherCitizen("DELETE", "/me/consents/" + consent);
        HttpResponse<String> projects = api.get("/projects", Role.CITIZEN);

        assertEquals(0, ApiFixture.json(theirLinkages).get("total").asInt(), theirLinkages.body());
        assertEquals(0, ApiFixture.json(theirConsents).get("total").asInt(), theirConsents.body());
        assertEquals(0, ApiFixture.json(theirCorrections).get("total").asInt(), theirCorrections.body());
        assertEquals(404, withdrawOthers.statusCode(), withdrawOthers.body());
        assertEquals(403, projects.statusCode());
        JsonNode mine = ApiFixture.json(api.get("/me/consents", Role.CITIZEN)).get("items");
        assertTrue(mine.get(0).get("active").asBoolean(), "another citizen withdrew this subject's consent");
        JsonNode linkages = ApiFixture.json(api.get("/me/linkages", Role.CITIZEN));
        assertEquals(1, linkages.get("total").asInt());
        JsonNode linkage = linkages.get("items").get(0);
        assertEquals("university", linkage.get("party").asText());
        assertEquals("RESEARCH", linkage.get("purpose").asText());
        assertTrue(linkage.get("rules").toString().contains("city-consent v1"), linkage.toString());
        assertEquals(1, ApiFixture.json(api.get("/me/corrections", Role.CITIZEN)).get("total").asInt());
    }

    @Test
    void answerCorrection_whenTheOperatorResolvesAnOpenRequest_shouldShowTheAnswerToTheSubjectAndCloseIt() {
        String id = ApiFixture.json(api.send("POST", "/me/corrections", Role.CITIZEN, "{\"project\":"
                + " \"kashiwanoha-frailty\", \"asset\": \"research-dataset\", \"correction\": \"my birth year is"
                + " 1951\"}", null)).get("id").asText();
        JsonNode waiting = ApiFixture.json(api.get("/corrections?status=OPEN", Role.ADMIN));

        HttpResponse<String> answered = api.send("POST", "/corrections/" + id + "/answer", Role.ADMIN,
                "{\"outcome\": \"RESOLVED\", \"note\": \"birth year corrected in the register\"}", null);

        assertEquals(1, waiting.get("total").asInt(), waiting.toString());
        assertEquals(id, waiting.get("items").get(0).get("id").asText());
        assertEquals(ApiFixture.CITIZEN_SUBJECT, waiting.get("items").get(0).get("subject").asText());
        assertEquals(200, answered.statusCode(), answered.body());
        JsonNode mine = ApiFixture.json(api.get("/me/corrections", Role.CITIZEN)).get("items").get(0);
        assertEquals("RESOLVED", mine.get("state").asText(), mine.toString());
        assertEquals("birth year corrected in the register", mine.get("answer").asText());
        assertTrue(mine.has("answeredAt"), mine.toString());
        assertEquals(0, ApiFixture.json(api.get("/corrections", Role.ADMIN)).get("total").asInt());
        JsonNode listed = ApiFixture.json(api.get("/corrections?status=RESOLVED", Role.AUDITOR)).get("items").get(0);
        assertEquals(id, listed.get("id").asText());
        // the operator who answered is recorded: the authenticated caller, here the ADMIN token named "admin"
        assertEquals("admin", ApiFixture.json(answered).get("answeredBy").asText(), answered.body());
        assertEquals("admin", listed.get("answeredBy").asText(), listed.toString());
        assertTrue(waiting.get("items").get(0).path("answeredBy").isMissingNode()
                || waiting.get("items").get(0).get("answeredBy").isNull(), waiting.toString());
    }

    @Test
    void answerCorrection_whenAnsweredAlready_shouldAnswer409AndKeepTheFirstAnswer() {
        String id = ApiFixture.json(api.send("POST", "/me/corrections", Role.CITIZEN, "{\"project\":"
                + " \"kashiwanoha-frailty\", \"asset\": \"research-dataset\", \"correction\": \"wrong address\"}",
                null)).get("id").asText();
        api.send("POST", "/corrections/" + id + "/answer", Role.ADMIN, "{\"outcome\": \"REJECTED\", \"note\":"
                + " \"the address is the registered one\"}", null);

        HttpResponse<String> again = api.send("POST", "/corrections/" + id + "/answer", Role.ADMIN,
                "{\"outcome\": \"RESOLVED\", \"note\": \"corrected\"}", null);

        assertEquals(409, again.statusCode(), again.body());
        JsonNode mine = ApiFixture.json(api.get("/me/corrections", Role.CITIZEN)).get("items").get(0);
        assertEquals("REJECTED", mine.get("state").asText());
        assertEquals("the address is the registered one", mine.get("answer").asText());
    }

    @Test
    void answerCorrection_whenNoSuchRequestOrABadBody_shouldAnswer404Or400WithThePath() {
        HttpResponse<String> unknown = api.send("POST", "/corrections/correction-none/answer", Role.ADMIN,
                "{\"outcome\": \"RESOLVED\", \"note\": \"corrected\"}", null);
        HttpResponse<String> bad = api.send("POST", "/corrections/correction-none/answer", Role.ADMIN,
                "{\"outcome\": \"ACCEPTED\", \"note\": \"  \"}", null);

        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals(400, bad.statusCode(), bad.body());
        List<String> paths = new ArrayList<>();
        ApiFixture.json(bad).get("errors").forEach(e -> paths.add(e.get("path").asText()));
        assertEquals(List.of("note", "outcome"), paths.stream().sorted().toList(), bad.body());
    }

    @Test
    void grantMyConsent_whenTheProjectHasNoSuchAsset_shouldAnswer404AndStoreNothing() {
        HttpResponse<String> r = api.send("POST", "/me/consents", Role.CITIZEN, GRANT.replace("research-dataset",
                "no-such-asset"), null);

        assertEquals(404, r.statusCode(), r.body());
        assertEquals(0, ApiFixture.json(api.get("/me/consents", Role.CITIZEN)).get("total").asInt());
    }

    @Test
    void decideLinkage_whenAProviderAsksForAnotherParty_shouldAnswer403AndLogNothing() {
        HttpResponse<String> r = api.send("POST", "/linkage-decisions", Role.PROVIDER, DECIDE, null);
        HttpResponse<String> own = api.send("POST", "/linkage-decisions", Role.PROVIDER,
                DECIDE.replace("university", "ai-developer"), null);

        assertEquals(403, r.statusCode(), r.body());
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(1, ApiFixture.json(api.get("/linkage-log/head", Role.AUDITOR)).get("treeSize").asInt());
    }

    @Test
    void linkageLogProofs_whenAnAuditorChecksThem_shouldVerifyAgainstTheSignedHead() {
        decide();
        decide();
        JsonNode first = ApiFixture.json(api.get("/linkage-log/head", Role.AUDITOR));
        decide();

        JsonNode inclusion = ApiFixture.json(api.get("/linkage-log/entries/1/proof", Role.AUDITOR));
        JsonNode consistency = ApiFixture.json(api.get("/linkage-log/consistency?from=2", Role.ADMIN));

        JsonNode head = inclusion.get("head");
        assertEquals(3, head.get("treeSize").asInt());
        assertEquals(Sha256.hex(Sha256.leafHash(inclusion.get("body").asText().getBytes(StandardCharsets.UTF_8))),
                inclusion.get("leafHash").asText());
        assertTrue(MerkleProofs.verifyInclusion(1, 3, Sha256.fromHex(inclusion.get("leafHash").asText()),
                hashes(inclusion.get("path")), Sha256.fromHex(head.get("rootHash").asText())));
        assertTrue(MerkleProofs.verifyConsistency(2, 3, Sha256.fromHex(first.get("rootHash").asText()),
                Sha256.fromHex(consistency.get("head").get("rootHash").asText()), hashes(consistency.get("path"))));
        assertEquals(404, api.get("/linkage-log/entries/3/proof", Role.AUDITOR).statusCode());
        assertEquals(404, api.get("/linkage-log/consistency?from=2&to=9", Role.AUDITOR).statusCode());
        assertEquals(400, api.get("/linkage-log/consistency?from=-1", Role.AUDITOR).statusCode());
    }

    private static List<byte[]> hashes(JsonNode path) {
        List<byte[]> hashes = new ArrayList<>();
        path.forEach(h -> hashes.add(Sha256.fromHex(h.asText())));
        return hashes;
    }
}
