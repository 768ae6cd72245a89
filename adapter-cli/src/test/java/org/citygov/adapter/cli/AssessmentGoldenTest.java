package org.citygov.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The full assessments of the three examples, compared with golden files field by field, and the findings each must
 * contain checked against the guideline. To accept a deliberate change of the analysis, regenerate with
 * {@code scripts/mvn -pl adapter-cli -am test -Dtest=AssessmentGoldenTest -Dgolden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and review the diff: every changed finding needs a reason from the guideline.
 */
class AssessmentGoldenTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode assess(String example, String... extra) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("assess", EXAMPLES.resolve(example + ".json").toString(),
                "--format", "json"));
        args.addAll(List.of(extra));
        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err),
                args.toArray(String[]::new));
        JsonNode assessment = JSON.readTree(out.toString());
        // exit 1 exactly when the rules part says the project is not approvable (SCENARIO.md)
        boolean approvable = assessment.path("rules").path("approvable").asBoolean(true);
        assertEquals(approvable ? CityGovCli.OK : CityGovCli.NOT_APPROVABLE, status, err.toString());
        return assessment;
    }

    private static JsonNode golden(String example) throws IOException {
        JsonNode actual = assess(example);
        Path file = GOLDEN.resolve(example + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
                    StandardCharsets.UTF_8);
        }
        JsonNode expected = JSON.readTree(file.toFile());
        assertEquals(expected, actual, "the assessment of " + example + " differs from " + file
                + "; if the change is intended, regenerate with -Dgolden.update=true and review the diff");
        return actual;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no entry with " + field + " = " + value + " in " + array);
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path(field).asText()));
        return ids;
    }

    @Test
    void assess_whenKashiwanohaAiCameras_shouldMatchGoldenAndFindTheCamerasAcceptable() throws IOException {
        JsonNode a = golden("kashiwanoha-ai-cameras");
        assertEquals("jp-2026.11", a.path("catalogVersion").asText());
        assertEquals(0, a.path("warnings").size());
        // 5.2: the camera images are personal data at the moment of capture, so APPI and Civil Code 709 apply;
        // footfall-insights is URBAN_DEVELOPMENT, so the urban-development laws of Table 5-2 concern it;
        // COMMUNITY_BUILDING adds no area law.
        assertEquals(List.of("appi", "civil-code-709", "city-planning-act", "road-act", "river-act",
                "urban-parks-act"), ids(a.path("laws"), "id"));
        // The Road, River and Urban Parks Acts govern places the plaza service does not name (no sites): to check,
        // never applying (SCENARIO.md, additions of 2026-11-29).
        assertEquals("APPLIES", find(a.path("laws"), "id", "city-planning-act").path("standing").asText());
        for (String placeTied : List.of("road-act", "river-act", "urban-parks-act")) {
            JsonNode law = find(a.path("laws"), "id", placeTied);
            assertEquals("TO_CHECK", law.path("standing").asText(), placeTied);
            assertTrue(law.path("reason").asText().contains("services[0].sites"), law.toString());
        }
        // Table 5-3: camera images -> the Camera Images Guidebook, nothing else.
        assertEquals(List.of("camera-image-guidebook-3"), ids(a.path("softLaws"), "id"));
        // 5.3 (1) 1): continuous capture, but images are deleted at once after attribute estimation, posters and a
        // briefing tell people, access is controlled: no tracking, no covert capture, no storage past need.
        JsonNode test = find(a.path("legalTests"), "flow", "capture-plaza");
        assertEquals("CAMERA", test.path("subject").asText());
        assertEquals("ACCEPTABLE", test.path("verdict").asText());
        // 5.3 (2): continuous observation remains a surveillance concern, softened because raw images are deleted.
        JsonNode surveillance = find(a.path("risks"), "id", "capture-plaza-surveillance");
        assertEquals("SURVEILLANCE", surveillance.path("harm").asText());
        assertEquals("MEDIUM", surveillance.path("level").asText());
        // 4.3: visitors are a HIGH stakeholder never engaged; the governance process lacks their view. HIGH and the
        // engagement format it is given are CityGov defaults, and the rationale says so.
        JsonNode visitors = find(a.path("risks"), "id", "engagement-visitors");
        assertEquals("OVERALL_GOVERNANCE", visitors.path("focalPoint").asText());
        assertTrue(visitors.path("rationale").asText().contains("CityGov default"), visitors.toString());
        // 5.4 (4): footfall-insights serves only the public interest; the UDCK expert committee's review (and the
        // published transparency rule) is the consideration the guideline asks for, so nothing is missing.
        assertTrue(a.path("rules").path("approvable").asBoolean());
        assertEquals(0, a.path("rules").path("missingRequired").size());
        assertEquals(0, a.path("rules").path("unsuitableFlows").size());
    }

    @Test
    void assess_whenKashiwanohaFrailty_shouldMatchGoldenWithHealthLawsAndNoLegalTest() throws IOException {
        JsonNode a = golden("kashiwanoha-frailty");
        // 5.2 names this very project: medical and care data of the municipality; Table 5-2 health and welfare laws
        // apply through HEALTH_AND_WELFARE and MEDICAL_CARE, and so do the two laws 5.2 names for it (edition
        // jp-2026.11): the Act on Assurance of Medical Care for Elderly People and the National Health Insurance Act.
        assertEquals(List.of("appi", "civil-code-709", "medical-service-act", "long-term-care-insurance-act",
                "elderly-medical-care-act", "national-health-insurance-act"), ids(a.path("laws"), "id"));
        for (JsonNode law : a.path("laws")) {
            assertEquals("APPLIES", law.path("standing").asText(), law.toString());
        }
        // APPI: the pseudonymous research dataset goes from the city to the university on PUBLIC_INTEREST for
        // research, an exception of the Act (Art. 69 (2) (iv) for a public body); no APPI finding.
        for (JsonNode risk : a.path("risks")) {
            assertFalse(risk.path("id").asText().contains("appi"), risk.toString());
        }
        // Table 5-3: health information -> PHR policy; medical information -> both medical safety guidelines.
        assertEquals(List.of("phr-basic-policy", "mhlw-medical-information-safety-5.2",
                "provider-medical-information-safety"), ids(a.path("softLaws"), "id"));
        // 5.3 (1) singles out cameras, location and education; this project uses none of them.
        assertEquals(0, a.path("legalTests").size());
        // Consent, notice and safeguards keep every risk below HIGH; joining fields in the scoring still raises
        // aggregation, lowered by consent and, in an ageing area, by the acceptance of watching over elderly people.
        for (JsonNode risk : a.path("risks")) {
            assertFalse(List.of("HIGH", "CRITICAL").contains(risk.path("level").asText()), risk.toString());
        }
        assertTrue(find(a.path("risks"), "id", "score-residents-aggregation").path("rationale").asText()
                .contains("ageing area"));
    }

    @Test
    void assess_whenEducationData_shouldMatchGoldenAndRejectDelinquencyPrediction() throws IOException {
        JsonNode a = golden("education-data");
        // 5.3 (1) 3): predicting delinquency is "highly rational" as a purpose (b met, though the school, not the
        // pupil, benefits); it labels children wrongly and denies their autonomy (c), and the flags have no safety
        // management (d): unsuitable on those two counts.
        JsonNode prediction = find(a.path("legalTests"), "flow", "predict-delinquency");
        assertEquals("UNSUITABLE", prediction.path("verdict").asText());
        assertEquals("MET", prediction.path("standing").path("purpose").asText());
        assertEquals("NOT_MET", prediction.path("standing").path("method").asText());
        assertEquals("NOT_MET", prediction.path("standing").path("management").asText());
        // the appendix: decisional interference follows from the prediction purpose at PROCESSING too
        assertEquals("DECISIONAL_INTERFERENCE", find(a.path("risks"), "id", "predict-delinquency-decisional-interference")
                .path("harm").asText());
        // The learning dashboard is for the pupils' benefit (b met) but observes children continuously and keeps the
        // logs for six years: conditional on those cautions, not unsuitable.
        assertEquals("CONDITIONAL", find(a.path("legalTests"), "flow", "teacher-dashboard").path("verdict").asText());
        // APPI: welfare records go to the board of education with no legal basis.
        assertEquals("CRITICAL", find(a.path("risks"), "id", "share-welfare-records-legal-basis")
                .path("level").asText());
        // The CRITICAL stakeholder pupils-and-parents was only sent a newsletter article (information distribution).
        assertEquals("CRITICAL", find(a.path("risks"), "id", "engagement-pupils-and-parents").path("level").asText());
        // Table 5-4 appropriate operation: predicting individuals is a fairness risk.
        assertEquals("APPROPRIATE_OPERATION", find(a.path("risks"), "id", "predict-delinquency-fairness")
                .path("focalPoint").asText());
        // No soft law of Table 5-3 covers education data.
        assertEquals(0, a.path("softLaws").size());
        // 5.3 (1): the UNSUITABLE flows keep the project not approvable whatever its rules; no rule kind is offered
        // for their legal risks.
        assertEquals(List.of("record-attendance", "predict-delinquency"),
                ids(a.path("rules").path("unsuitableFlows"), "flow"));
        assertEquals(0, find(a.path("rules").path("coverage"), "risk", "predict-delinquency-legal-education")
                .path("answerableBy").size());
        // the learning-log surveillance risk is answered by retention rules that keep no longer than the logs are
        // declared to be kept (the table's terms for RETENTION), with why
        JsonNode logs = find(a.path("rules").path("coverage"), "risk", "collect-learning-logs-surveillance");
        assertEquals(List.of("city-retention", "learning-log-retention"), ids(logs.path("mitigations"), "rule"));
    }

    @Test
    void assess_whenPlazaServiceNamesItsSites_shouldApplyOnlyTheLawsOfThosePlaces(@TempDir Path dir)
            throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(EXAMPLES.resolve("kashiwanoha-ai-cameras.json").toFile());
        ((ObjectNode) doc.get("services").get(0)).putArray("sites").add("URBAN_PARK").add("PRIVATE_PREMISES");
        Path file = dir.resolve("cameras-with-sites.json");
        Files.writeString(file, JSON.writeValueAsString(doc));

        JsonNode a = assessFile(file);

        // the plaza is an urban park: the Urban Parks Act applies; the service names no road or river
        assertEquals(List.of("appi", "civil-code-709", "city-planning-act", "urban-parks-act"),
                ids(a.path("laws"), "id"));
        assertEquals("APPLIES", find(a.path("laws"), "id", "urban-parks-act").path("standing").asText());
    }

    @Test
    void assess_whenEarlierBundledEditionChosenByName_shouldApplyItAndFireTheEditionChange() throws IOException {
        JsonNode a = assess("kashiwanoha-frailty", "--catalog", "jp-2023.02");

        assertEquals("jp-2023.02", a.path("catalogVersion").asText());
        assertEquals(List.of("appi", "civil-code-709", "medical-service-act", "long-term-care-insurance-act"),
                ids(a.path("laws"), "id"));
        // the example's rules were designed under jp-2026.11
        assertEquals("CATALOGUE_EDITION_CHANGE", a.path("evaluation").path("triggers").get(0).path("kind").asText());
    }

    @Test
    void assess_whenFlowIsUnusualButPlausible_shouldAssessAndWarnNotRefuse(@TempDir Path dir) throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(EXAMPLES.resolve("kashiwanoha-frailty.json").toFile());
        ((ObjectNode) doc.get("dataFlows").get(4)).put("covert", true).put("method", "ADMINISTRATIVE_RECORDS");
        Path file = dir.resolve("frailty-unusual.json");
        Files.writeString(file, JSON.writeValueAsString(doc));

        JsonNode a = assessFile(file);

        assertEquals(List.of("dataFlows[4].method", "dataFlows[4].covert"), ids(a.path("warnings"), "path"));
        assertEquals(List.of("COLLECTION_METHOD_AT_LATER_STAGE", "COVERT_BEYOND_COLLECTION"),
                ids(a.path("warnings"), "code"));
    }

    private static JsonNode assessFile(Path file) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err),
                "assess", file.toString(), "--format", "json");
        assertTrue(status == CityGovCli.OK || status == CityGovCli.NOT_APPROVABLE, status + ": " + err);
        return JSON.readTree(out.toString());
    }

    @Test
    void assess_whenCityCatalogueEdition_shouldApplyItsOrdinancesAndNameTheEdition() throws IOException {
        JsonNode a = assess("kashiwanoha-ai-cameras", "--catalog",
                Path.of("src", "test", "resources", "catalogues", "kashiwa-2024.json").toString());
        assertEquals("kashiwa-2024.1", a.path("catalogVersion").asText());
        List<String> laws = ids(a.path("laws"), "id");
        // the city's ordinance applies to personal data; its community area now covers COMMUNITY_BUILDING
        assertTrue(laws.contains("kashiwa-personal-information-ordinance"), laws.toString());
        assertTrue(laws.contains("kashiwa-community-ordinance"), laws.toString());
        // the city dropped the River Act from its edition
        assertFalse(laws.contains("river-act"), laws.toString());
    }

    @Test
    void assess_whenCatalogueFileIsBroken_shouldExitTwoListingPathsAndLines() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err),
                "assess", EXAMPLES.resolve("kashiwanoha-ai-cameras.json").toString(), "--catalog",
                Path.of("src", "test", "resources", "catalogues", "broken.json").toString());
        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("softLawTopics[0].sorce (line "), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void validate_whenCatalogueFileIsBroken_shouldExitTwo() {
        StringWriter out = new StringWriter();
        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(new StringWriter()),
                "validate", EXAMPLES.resolve("kashiwanoha-ai-cameras.json").toString(), "--catalog",
                Path.of("src", "test", "resources", "catalogues", "broken.json").toString());
        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(out.toString().contains("broken.json: 2 problems"), out.toString());
    }

    @Test
    void assess_whenTextFormat_shouldListPlaceTiedLawsToCheckApartFromThoseThatApply() {
        StringWriter out = new StringWriter();
        CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(new StringWriter()),
                "assess", EXAMPLES.resolve("kashiwanoha-ai-cameras.json").toString(), "--format", "text");
        String text = out.toString();
        String applying = text.substring(text.indexOf("Laws that apply"), text.indexOf("Laws to check"));
        String toCheck = text.substring(text.indexOf("Laws to check"), text.indexOf("Soft laws to consider"));
        assertTrue(applying.contains("city-planning-act") && !applying.contains("river-act"), applying);
        assertTrue(toCheck.contains("river-act") && toCheck.contains("road-act"), toCheck);
    }

    @Test
    void assess_whenTextFormat_shouldPrintAllFourParts() {
        StringWriter out = new StringWriter();
        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(new StringWriter()),
                "assess", EXAMPLES.resolve("education-data.json").toString(), "--format", "text");
        assertEquals(CityGovCli.NOT_APPROVABLE, status);
        String text = out.toString();
        for (String part : List.of("Laws that apply", "Soft laws to consider", "Four-factor overall judgment",
                "Risks (5.3", "Rules (5.4)", "NOT APPROVABLE", "Evaluation (5.5)")) {
            assertTrue(text.contains(part), part + " missing from\n" + text);
        }
    }
}
