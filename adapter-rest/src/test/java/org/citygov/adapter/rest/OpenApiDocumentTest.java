package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.domain.rule.RuleKind;

/** What a client generator and a reader of /docs get from the served document. */
class OpenApiDocumentTest {

    /** Names a generated client would have to qualify or rename: none may name a schema alone. */
    private static final Set<String> GENERIC = Set.of("Date", "Kind", "Status", "State", "Type", "Direction",
            "Entry", "Level", "Outcome", "Trend", "Language", "Object", "String", "List", "Map", "Code");

    private final ApiFixture api = new ApiFixture();
    private final JsonNode document = ApiFixture.json(api.get("/openapi.json", null));

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void examples_whenCheckedAgainstTheirSchemas_shouldEachBeValidAndEveryRequestBodyShouldHaveOne() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : entries(document.get("paths"))) {
            for (Map.Entry<String, JsonNode> op : entries(path.getValue())) {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode body = op.getValue().at("/requestBody/content/application~1json");
                if (!body.isMissingNode() && !body.has("example")) {
                    wrong.add(where + ": the request body has no example");
                }
                List<JsonNode> media = new ArrayList<>();
                if (!body.isMissingNode()) {
                    media.add(body);
                }
                op.getValue().get("responses").forEach(r -> r.path("content").forEach(media::add));
                for (JsonNode m : media) {
                    if (m.has("example")) {
                        checked++;
                        Set<ValidationMessage> messages = validate(m.get("schema"), m.get("example"));
                        if (!messages.isEmpty()) {
                            wrong.add(where + ": " + messages);
                        }
                    }
                }
            }
        }

        assertEquals(List.of(), wrong);
        assertTrue(checked > 100, "examples checked: " + checked);
        JsonNode assessment = document.at("/paths/~1projects~1{projectId}~1assessment/get/responses/200/content/"
                + "application~1json/example");
        assertEquals("kashiwanoha-frailty", assessment.get("project").asText());
        assertFalse(assessment.get("risks").isEmpty());
    }

    @Test
    void assessment_whenDescribed_shouldTypeEveryPartSoAStrictClientReadsRulesApprovableAndARisksLevel() {
        JsonNode schemas = document.at("/components/schemas");
        JsonNode assessment = schemas.get("Assessment").get("properties");

        for (String part : List.of("laws", "softLaws", "legalTests", "risks")) {
            assertTrue(assessment.at("/" + part + "/items/$ref").asText().startsWith("#/components/schemas/"
                    + "Assessment"), part + ": " + assessment.get(part));
        }
        assertEquals("#/components/schemas/RiskLevel", schemas.at("/AssessmentRisk/properties/level/$ref").asText());
        assertEquals(List.of("LOW", "MEDIUM", "HIGH", "CRITICAL"), texts(schemas.at("/RiskLevel/enum")));
        assertEquals("boolean", schemas.at("/AssessmentRules/properties/approvable/type").asText());
        assertTrue(texts(schemas.at("/AssessmentRules/required")).contains("approvable"));
        assertEquals("#/components/schemas/AssessmentEvaluation",
                assessment.at("/evaluation/$ref").asText(assessment.at("/evaluation/anyOf/0/$ref").asText()));
    }

    @Test
    void rule_whenDescribed_shouldBeOneSchemaPerKindUnderAKindDiscriminatorWithItsTermsRequired() {
        JsonNode schemas = document.at("/components/schemas");
        JsonNode rule = schemas.get("Rule");

        assertEquals("kind", rule.at("/discriminator/propertyName").asText());
        assertEquals(RuleKind.values().length, rule.get("oneOf").size());
        for (RuleKind kind : RuleKind.values()) {
            String ref = rule.at("/discriminator/mapping/" + kind.name()).asText();
            JsonNode schema = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            assertEquals(List.of(kind.name()), texts(schema.at("/properties/kind/enum")), ref);
            assertTrue(texts(schema.get("required")).containsAll(ScenarioDocument.ruleTerms(kind)), ref);
            for (RuleKind other : RuleKind.values()) {
                for (String term : ScenarioDocument.ruleTerms(other)) {
                    assertEquals(ScenarioDocument.ruleTerms(kind).contains(term), schema.get("properties").has(term),
                            ref + " and " + term);
                }
            }
        }
    }

    @Test
    void schemaNames_whenListed_shouldHoldNoGenericName() {
        Set<String> generic = new HashSet<>();
        document.at("/components/schemas").fieldNames().forEachRemaining(name -> {
            if (GENERIC.contains(name)) {
                generic.add(name);
            }
        });

        assertEquals(Set.of(), generic);
        assertTrue(document.at("/components/schemas").has("EventKind"));
        assertTrue(document.at("/components/schemas").has("CalendarDate"));
    }

    @Test
    void operations_whenRead_shouldShowTheirRolesInTheDescriptionAndAsAnExtension() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : entries(document.get("paths"))) {
            for (Map.Entry<String, JsonNode> op : entries(path.getValue())) {
                List<String> roles = texts(op.getValue().get("x-citygov-roles"));
                String description = op.getValue().get("description").asText();
                boolean shown = roles.isEmpty() ? description.contains("Public")
                        : description.contains(String.join(", ", roles));
                if (!shown) {
                    wrong.add(op.getKey() + " " + path.getKey() + ": " + description);
                }
            }
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    void descriptions_whenRenderedAsMarkdown_shouldKeepAngleBracketsInsideCodeSpans() {
        List<String> texts = new ArrayList<>();
        texts.add(document.at("/info/description").asText());
        document.get("paths").forEach(item -> item.forEach(op -> {
            texts.add(op.path("description").asText());
            op.path("parameters").forEach(p -> texts.add(p.path("description").asText()));
        }));

        for (String text : texts) {
            assertFalse(text.replaceAll("`[^`]*`", "").contains("<"), text);
        }
        assertTrue(texts.getFirst().contains("`\"<id>-v<version>\"`"), texts.getFirst());
    }

    @Test
    void problemTypes_whenAProblemIsAnswered_shouldResolveToAPageThatExplainsIt() {
        HttpResponse<String> problem = api.get("/projects/nowhere", org.citygov.domain.access.Role.ADMIN);
        String type = ApiFixture.json(problem).get("type").asText();

        HttpResponse<String> page = api.get(type, null);

        assertEquals("/problems/not-found", type);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("No such resource"), page.body());
        for (String slug : ProblemTypes.all().keySet()) {
            assertEquals(200, api.get("/problems/" + slug, null).statusCode(), slug);
        }
        assertEquals(200, api.get("/problems/http-431", null).statusCode());
        assertEquals(404, api.get("/problems/no-such-type", null).statusCode());
    }

    private Set<ValidationMessage> validate(JsonNode schema, JsonNode value) {
        ObjectNode root = document.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root).validate(value);
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode object) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            entries.add(it.next());
        }
        return entries;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
