package org.citygov.application.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLoaderTest {

    private final ScenarioLoader loader = new ScenarioLoader();
    private final ObjectMapper json = new ObjectMapper();

    static List<Path> examples() {
        return Examples.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void read_whenExample_shouldBeValid(Path example) {
        ScenarioReading reading = loader.read(example);

        assertInstanceOf(ScenarioReading.Valid.class, reading, () -> example + ": " + reading);
    }

    @Test
    void read_whenCameraExample_shouldCarryEveryFieldIntoTheDomain() {
        ProjectParts parts = valid(loader.read(Examples.named("kashiwanoha-ai-cameras.json")));

        assertEquals("kashiwanoha-ai-cameras", parts.overview().id().value());
        assertEquals(2, parts.services().size());
        assertEquals(6, parts.stakeholders().size());
        assertEquals(EngagementMethod.BRIEFING, parts.stakeholders().get(3).engagements().getFirst().method());
        assertTrue(parts.dataAssets().getFirst().has(Safeguard.IMMEDIATE_DELETION));
        DataFlow capture = parts.dataFlows().getFirst();
        assertTrue(capture.continuous());
        assertEquals(3, capture.notice().size());
        assertEquals(0.55, parts.overview().region().acceptance().getFirst().share());
    }

    @Test
    void read_whenUnknownFieldsAtSeveralLevels_shouldReportEachWithPathAndLine() throws IOException {
        ObjectNode doc = example("kashiwanoha-frailty.json");
        doc.put("colour", "blue");
        ((ObjectNode) doc.get("dataFlows").get(2).get("purpose")).put("kinds", "RESEARCH");

        List<Problem> problems = invalid(loader.read(pretty(doc), Syntax.JSON));

        Map<String, Problem> byPath = byPath(problems);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(byPath.get("colour").message().contains("unknown field \"colour\""));
        assertTrue(byPath.get("dataFlows[2].purpose.kinds").message().contains("did you mean \"kind\"?"));
        assertTrue(byPath.get("dataFlows[2].purpose.kinds").line().isPresent());
    }

    @Test
    void read_whenWrongTypesAndEnumValues_shouldReportEveryOneNotOnlyTheFirst() throws IOException {
        ObjectNode doc = example("kashiwanoha-frailty.json");
        ((ObjectNode) doc.get("stakeholders").get(0)).put("impact", "high");
        ((ObjectNode) doc.get("stakeholders").get(1)).put("category", "PROFESSOR");
        ((ObjectNode) doc.get("dataAssets").get(0)).put("specialCare", "yes");
        ((ObjectNode) doc.get("dataFlows").get(0)).put("stage", "GATHERING");

        List<Problem> problems = invalid(loader.read(pretty(doc), Syntax.JSON));

        Map<String, Problem> byPath = byPath(problems);
        assertEquals(4, problems.size(), problems::toString);
        assertEquals("expected a whole number, found \"high\"", byPath.get("stakeholders[0].impact").message());
        assertTrue(byPath.get("stakeholders[1].category").message().startsWith("\"PROFESSOR\" is not one of"));
        assertTrue(byPath.get("dataAssets[0].specialCare").message().contains("true or false"));
        assertTrue(byPath.get("dataFlows[0].stage").message().contains("COLLECTION, PROCESSING"));
    }

    @Test
    void read_whenConstraintsBroken_shouldNameFieldAndLine() throws IOException {
        ObjectNode doc = example("kashiwanoha-frailty.json");
        ((ObjectNode) doc.get("stakeholders").get(0)).put("impact", 6);
        ((ObjectNode) doc.get("services").get(0)).put("id", "Frailty_Screening");
        ((ObjectNode) doc.get("project")).remove("objective");
        doc.put("format", "citygov/0");

        List<Problem> problems = invalid(loader.read(pretty(doc), Syntax.JSON));

        Map<String, Problem> byPath = byPath(problems);
        assertEquals(4, problems.size(), problems::toString);
        assertEquals("must be less than or equal to 5", byPath.get("stakeholders[0].impact").message());
        assertTrue(byPath.get("services[0].id").message().contains("kebab-case"));
        assertEquals("is required", byPath.get("project.objective").message());
        assertTrue(byPath.get("format").message().contains("citygov/1"));
        assertEquals(OptionalInt.of(2), byPath.get("format").line());
    }

    @Test
    void read_whenDomainInvariantsBroken_shouldReportThemWithLines() throws IOException {
        ObjectNode doc = example("kashiwanoha-ai-cameras.json");
        ((ObjectNode) doc.get("dataFlows").get(0)).put("asset", "no-such-asset");
        ((ObjectNode) doc.get("dataFlows").get(1)).put("to", "nobody");
        ((ObjectNode) doc.get("stakeholders").get(5)).put("id", "udck");

        List<Problem> problems = invalid(loader.read(pretty(doc), Syntax.JSON));

        Map<String, Problem> byPath = byPath(problems);
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(byPath.get("dataFlows[0].asset").message().contains("\"no-such-asset\""));
        assertTrue(byPath.get("dataFlows[1].to").message().contains("\"nobody\""));
        assertTrue(byPath.get("stakeholders[5].id").message().contains("duplicate stakeholder id \"udck\""));
        assertTrue(problems.stream().allMatch(p -> p.line().isPresent()), problems::toString);
    }

    @Test
    void read_whenStructuralAndReferenceProblems_shouldListBothInOneRun() throws IOException {
        ObjectNode doc = example("kashiwanoha-ai-cameras.json");
        ((ObjectNode) doc.get("dataFlows").get(0)).put("stage", "GATHERING");
        ((ObjectNode) doc.get("dataFlows").get(0)).put("typo", true);
        ((ObjectNode) doc.get("dataFlows").get(1)).put("asset", "no-such-asset");
        ((ObjectNode) doc.get("dataFlows").get(2)).put("from", "nobody");
        ((ObjectNode) doc.get("stakeholders").get(5)).put("id", "udck");

        List<Problem> problems = invalid(loader.read(pretty(doc), Syntax.JSON));

        Map<String, Problem> byPath = byPath(problems);
        assertEquals(5, problems.size(), problems::toString);
        assertTrue(byPath.get("dataFlows[0].stage").message().contains("GATHERING"));
        assertTrue(byPath.get("dataFlows[0].typo").message().contains("unknown field"));
        assertTrue(byPath.get("dataFlows[1].asset").message().contains("\"no-such-asset\""));
        assertTrue(byPath.get("dataFlows[2].from").message().contains("\"nobody\""));
        assertTrue(byPath.get("stakeholders[5].id").message().contains("duplicate stakeholder id \"udck\""));
        assertTrue(problems.stream().allMatch(p -> p.line().isPresent()), problems::toString);
    }

    @Test
    void read_whenAReferencedListHasAnUnreadableId_shouldNotGuessAboutItsReferences() throws IOException {
        ObjectNode doc = example("kashiwanoha-ai-cameras.json");
        ((ObjectNode) doc.get("stakeholders").get(0)).putArray("id").add("udck");
        ((ObjectNode) doc.get("dataFlows").get(2)).put("from", "nobody");

        List<Problem> problems = invalid(loader.read(pretty(doc), Syntax.JSON));

        // "nobody" might be the stakeholder whose id could not be read: only the type problem is certain
        assertEquals(List.of("stakeholders[0].id"), problems.stream().map(Problem::path).toList(),
                problems::toString);
    }

    @Test
    void read_whenARepeatedValueAndABrokenReference_shouldListBoth() throws IOException {
        ObjectNode doc = example("kashiwanoha-ai-cameras.json");
        ((ArrayNode) doc.get("dataAssets").get(1).get("safeguards")).add("ANONYMIZATION");
        ((ObjectNode) doc.get("dataFlows").get(1)).put("to", "nobody");

        List<Problem> problems = invalid(loader.read(pretty(doc), Syntax.JSON));

        assertEquals(List.of("dataAssets[1].safeguards[3]", "dataFlows[1].to"),
                problems.stream().map(Problem::path).toList(), problems::toString);
    }

    @Test
    void read_whenCovertProcessingAndAdministrativeRecordsLater_shouldReadThemForWarningsNotRefuse()
            throws IOException {
        ObjectNode doc = example("kashiwanoha-frailty.json");
        ObjectNode scoring = (ObjectNode) doc.get("dataFlows").get(4);
        scoring.put("covert", true).put("method", "ADMINISTRATIVE_RECORDS");

        ScenarioReading reading = loader.read(pretty(doc), Syntax.JSON);

        ScenarioReading.Valid valid = assertInstanceOf(ScenarioReading.Valid.class, reading, reading::toString);
        assertEquals(List.of("dataFlows[4].method", "dataFlows[4].covert"), valid.scenario().parts().warnings()
                .stream().map(w -> w.path()).toList());
    }

    @Test
    void read_whenServiceSitesRepeated_shouldReportTheRepeat() throws IOException {
        ObjectNode doc = example("kashiwanoha-ai-cameras.json");
        ((ObjectNode) doc.get("services").get(0)).putArray("sites").add("ROAD").add("ROAD");

        List<Problem> problems = invalid(loader.read(pretty(doc), Syntax.JSON));

        assertEquals(List.of("services[0].sites[1]"), problems.stream().map(Problem::path).toList(),
                problems::toString);
    }

    @Test
    void read_whenServiceNamesSites_shouldCarryThemIntoTheDomain() throws IOException {
        ObjectNode doc = example("kashiwanoha-ai-cameras.json");
        ((ObjectNode) doc.get("services").get(0)).putArray("sites").add("URBAN_PARK").add("ROAD");

        ScenarioReading.Valid valid = assertInstanceOf(ScenarioReading.Valid.class,
                loader.read(pretty(doc), Syntax.JSON));

        assertEquals(java.util.Set.of(org.citygov.domain.project.Site.URBAN_PARK,
                org.citygov.domain.project.Site.ROAD), valid.scenario().parts().services().getFirst().sites());
    }

    @Test
    void read_whenEnumerationValueRepeated_shouldReportTheRepeat() throws IOException {
        ObjectNode doc = example("kashiwanoha-ai-cameras.json");
        ((ArrayNode) doc.get("dataAssets").get(1).get("safeguards")).add("ANONYMIZATION");

        List<Problem> problems = invalid(loader.read(pretty(doc), Syntax.JSON));

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("dataAssets[1].safeguards[3]", problems.getFirst().path());
        assertTrue(problems.getFirst().message().contains("listed twice"));
    }

    @Test
    void read_whenRuleHasTermsOfAnotherKind_shouldReportEachRatherThanIgnoreIt() throws IOException {
        ObjectNode doc = example("kashiwanoha-ai-cameras.json");
        ObjectNode rule = doc.putArray("rules").addObject();
        rule.put("id", "image-retention").put("version", 1).put("level", "PROGRAM").put("kind", "RETENTION")
                .put("text", "Images are deleted at once.").put("status", "IN_FORCE")
                .put("notificationHours", 24);
        rule.putArray("appliesTo").add("capture-plaza");
        rule.putArray("mitigates").add("SURVEILLANCE");

        List<Problem> problems = invalid(loader.read(pretty(doc), Syntax.JSON));

        Map<String, Problem> byPath = byPath(problems);
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(byPath.get("rules[0].notificationHours").message().contains("does not take notificationHours"));
        assertTrue(byPath.get("rules[0].retentionDays").message().contains("needs retentionDays"));
        assertTrue(byPath.get("rules[0].status").message().contains("approvedBy and approvedOn"));
    }

    @Test
    void read_whenRuleAppliesToUnknownFlow_shouldSaySo() throws IOException {
        ObjectNode doc = example("kashiwanoha-ai-cameras.json");
        ObjectNode rule = doc.putArray("rules").addObject();
        rule.put("id", "image-retention").put("version", 1).put("level", "PROGRAM").put("kind", "RETENTION")
                .put("text", "Images are deleted at once.").put("status", "DRAFT").put("retentionDays", 0);
        rule.putArray("appliesTo").add("capture-plazza");
        rule.putArray("mitigates");

        List<Problem> problems = invalid(loader.read(pretty(doc), Syntax.JSON));

        assertEquals("rules[0].appliesTo", problems.getFirst().path(), problems::toString);
        assertTrue(problems.getFirst().message().contains("capture-plazza"));
    }

    @Test
    void read_whenYamlOfAnExample_shouldGiveTheSameParts(@TempDir Path dir) throws IOException {
        Path example = Examples.named("kashiwanoha-frailty.json");
        ProjectParts fromJson = valid(loader.read(example));
        Path yaml = dir.resolve("frailty.yaml");
        Files.writeString(yaml, new ScenarioWriter().write(fromJson, Syntax.YAML));

        ProjectParts fromYaml = valid(loader.read(yaml));

        assertEquals(fromJson, fromYaml);
    }

    @Test
    void read_whenYamlHasAProblem_shouldGiveItsLine() {
        String yaml = """
                format: citygov/1
                project:
                  id: p
                  name: P
                  objective: O
                  stage: PLANNING
                  region:
                    name: R
                    profile: [RURAL]
                services: []
                stakeholders:
                  - id: s
                    name: S
                    category: RESIDENT
                    involvement: DIRECT
                    impact: 9
                    uncertainty: 1
                dataAssets: []
                dataFlows: []
                """;

        List<Problem> problems = invalid(loader.read(yaml, Syntax.YAML));

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("stakeholders[0].impact", problems.getFirst().path());
        assertEquals(OptionalInt.of(16), problems.getFirst().line());
    }

    @Test
    void read_whenFileMissing_shouldSaySo(@TempDir Path dir) {
        List<Problem> problems = invalid(loader.read(dir.resolve("absent.json")));

        assertTrue(problems.getFirst().message().startsWith("no such file"), problems::toString);
    }

    private ObjectNode example(String name) throws IOException {
        return (ObjectNode) json.readTree(Examples.named(name).toFile());
    }

    private String pretty(ObjectNode doc) throws IOException {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    private static ProjectParts valid(ScenarioReading reading) {
        return assertInstanceOf(ScenarioReading.Valid.class, reading, reading::toString).scenario().parts();
    }

    private static List<Problem> invalid(ScenarioReading reading) {
        return assertInstanceOf(ScenarioReading.Invalid.class, reading, reading::toString).problems();
    }

    private static Map<String, Problem> byPath(List<Problem> problems) {
        return problems.stream().collect(Collectors.toMap(Problem::path, p -> p, (a, b) -> a));
    }
}
