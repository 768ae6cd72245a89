package org.citygov.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code citygov platform}: the examples in {@code examples/platform/} validated, assessed (compared with golden files
 * and checked against MARKET.md) and exported; the exports expanded by a real JSON-LD processor with no network.
 * Regenerate the golden files with {@code -Dgolden.update=true} and review the diff.
 */
class PlatformCommandTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "platform");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "platform");
    private static final String SAPPORO = EXAMPLES.resolve("sapporo-exchange-market.json").toString();
    private static final String MEDICAL = EXAMPLES.resolve("medical-storage-platform.yaml").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err), args);
    }

    private JsonNode golden(String name, JsonNode actual) throws IOException {
        Path file = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertEquals(JSON.readTree(file.toFile()), actual, "the assessment differs from " + file
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

    private static List<String> codes(JsonNode findings) {
        List<String> codes = new ArrayList<>();
        findings.forEach(f -> codes.add(f.path("code").asText()));
        return codes;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sapporo-exchange-market.json", "medical-storage-platform.yaml"})
    void validate_whenExample_shouldExitZero(String example) {
        int status = run("platform", "validate", EXAMPLES.resolve(example).toString());

        assertEquals(CityGovCli.OK, status, err::toString);
        assertTrue(out.toString().contains(": valid"), out::toString);
    }

    @Test
    void check_whenSapporoExchangeMarket_shouldRefuseTheReviewListingAndExitOne() throws IOException {
        int status = run("platform", "check", SAPPORO, "--at", "2025-06-01T09:00:00+09:00", "--format", "json");

        assertEquals(CityGovCli.NOT_APPROVABLE, status, err::toString);
        JsonNode a = golden("sapporo-exchange-market", JSON.readTree(out.toString()));
        assertEquals("citygov-platform-assessment/1", a.path("format").asText());
        assertEquals("2025-06-01T00:00:00Z", a.path("at").asText());
        assertEquals("SHARED", a.path("liability").path("security").asText());
        // one offer lacks the content warranties but its provider keeps it: content liability is shared
        assertEquals("SHARED", a.path("liability").path("content").asText());
        for (String listable : List.of("bus-ridership-2024", "population-flow-stats", "snowfall-forecast-api")) {
            assertEquals("LISTABLE", find(a.path("listings"), "offer", listable).path("status").asText());
        }
        JsonNode reviews = find(a.path("listings"), "offer", "restaurant-reviews");
        assertEquals("REFUSED", reviews.path("status").asText());
        assertEquals(Set.of("content-warranty-missing", "personal-data-warranty-missing", "third-party-rights-unclear",
                "user-generated-content", "identified-without-basis"), new TreeSet<>(codes(reviews.path("findings"))));
        a.path("agreements").forEach(agreement -> assertTrue(agreement.path("valid").asBoolean(), agreement::toString));
        assertTrue(a.path("framework").path("cooperative").asBoolean());
        assertFalse(a.path("acceptable").asBoolean());
    }

    @Test
    void check_whenMedicalStoragePlatform_shouldGiveTheOperatorStorageDutiesAndExitZero() throws IOException {
        int status = run("platform", "check", MEDICAL, "--at", "2025-09-01T00:00:00Z", "--format", "json");

        assertEquals(CityGovCli.OK, status, () -> err + out.toString());
        JsonNode a = golden("medical-storage-platform", JSON.readTree(out.toString()));
        assertEquals("PLATFORM", a.path("liability").path("security").asText());
        assertEquals("PROVIDERS", a.path("liability").path("content").asText());
        JsonNode monitoring = find(a.path("duties"), "id", "platform:monitoring");
        assertEquals("prefectural-health-bureau", monitoring.path("holder").asText());
        assertTrue(monitoring.path("met").asBoolean());
        find(a.path("duties"), "id", "platform:storage-security");
        find(a.path("duties"), "id", "platform:response");
        JsonNode incident = a.path("incidents").get(0);
        // special-care medical data: reportable to the PPC (APPI Art. 26, Enforcement Rules Art. 7 (i))
        assertTrue(incident.path("reportable").asBoolean());
        JsonNode preliminary = incident.path("deadlines").get(3);
        assertEquals("PPC", preliminary.path("to").asText());
        assertEquals("PRELIMINARY", preliminary.path("kind").asText());
        assertEquals("2025-06-08T00:00:00Z", preliminary.path("due").asText());
        incident.path("deadlines").forEach(d -> assertEquals("MET", d.path("status").asText(), d::toString));
        assertEquals(List.of("HEALTH_AND_WELFARE", "MEDICAL_CARE"),
                JSON.convertValue(incident.path("impact").path("criticalServices"), List.class));
        assertTrue(a.path("acceptable").asBoolean());
    }

    @Test
    void check_whenTextAsked_shouldSummarizeForAPerson() {
        int status = run("platform", "check", SAPPORO, "--at", "2025-06-01T00:00:00Z", "--format", "text");

        assertEquals(CityGovCli.NOT_APPROVABLE, status);
        assertTrue(out.toString().contains("REFUSED       restaurant-reviews"), out::toString);
        assertTrue(out.toString().contains("Not acceptable: 1 refused listing(s)"), out::toString);
    }

    @Test
    void check_whenDocumentInvalid_shouldExitTwoAndListEveryProblemWithItsLine(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of(SAPPORO))
                .replace("\"design\": \"EXCHANGE\"", "\"design\": \"BAZAAR\"")
                .replace("\"user\": \"route-startup\"", "\"user\": \"nobody\""));

        int status = run("platform", "check", broken.toString(), "--format", "json");

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("1 problem"), err::toString);
        assertTrue(err.toString().contains("platform.design (line 7): \"BAZAAR\" is not one of"), err::toString);
    }

    @Test
    void check_whenInstantMalformed_shouldExitTwo() {
        assertEquals(CityGovCli.INVALID_INPUT, run("platform", "check", SAPPORO, "--at", "yesterday"));
        assertTrue(err.toString().contains("not an instant"), err::toString);
    }

    // ---- exports, expanded by a JSON-LD 1.1 processor that may not fetch anything ---------------------------------

    private static JsonArray expand(String jsonLd) throws JsonLdError {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in tests: " + url);
        });
        return JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).options(options).get();
    }

    private static List<String> typesOf(JsonArray expanded) {
        List<String> types = new ArrayList<>();
        collectTypes(expanded, types);
        return types;
    }

    private static void collectTypes(JsonValue value, List<String> types) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collectTypes(v, types));
        } else if (value instanceof JsonObject object) {
            // a node's @type is an array of IRIs; a value object's (@value) is its datatype, not a node type
            if (object.get("@type") instanceof JsonArray nodeTypes) {
                nodeTypes.forEach(t -> types.add(((jakarta.json.JsonString) t).getString()));
            }
            object.values().forEach(v -> collectTypes(v, types));
        }
    }

    @Test
    void exportDcat_whenExpanded_shouldGiveACatalogOfDatasetsWithLicencesAndDistributions() throws Exception {
        int status = run("platform", "export", SAPPORO, "--as", "dcat", "--at", "2025-06-01T00:00:00Z");

        assertEquals(CityGovCli.OK, status, err::toString);
        assertTrue(err.toString().contains("left out REFUSED listings: restaurant-reviews"), err::toString);
        JsonArray expanded = expand(out.toString());
        List<String> types = typesOf(expanded);
        assertTrue(types.contains("http://www.w3.org/ns/dcat#Catalog"), types::toString);
        assertEquals(3, types.stream().filter("http://www.w3.org/ns/dcat#Dataset"::equals).count());
        assertEquals(3, types.stream().filter("http://www.w3.org/ns/dcat#Distribution"::equals).count());
        JsonObject dataset = expanded.getJsonObject(0).getJsonArray("http://www.w3.org/ns/dcat#dataset")
                .getJsonObject(0);
        assertEquals("urn:citygov:offer:bus-ridership-2024", dataset.getString("@id"));
        JsonObject licence = dataset.getJsonArray("http://purl.org/dc/terms/license").getJsonObject(0);
        assertEquals("urn:citygov:licence:CC-BY-4.0", licence.getString("@id"));
        assertTrue(dataset.containsKey("http://www.w3.org/ns/dcat#distribution"));
    }

    @Test
    void exportOdrl_whenExpanded_shouldGiveAnOfferPerListingAndAnAgreementPerValidAgreement(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("policies.jsonld");

        int status = run("platform", "export", MEDICAL, "--as", "odrl", "--out", file.toString(),
                "--at", "2025-09-01T00:00:00Z");

        assertEquals(CityGovCli.OK, status, err::toString);
        List<String> types = typesOf(expand(Files.readString(file)));
        assertEquals(2, types.stream().filter("http://www.w3.org/ns/odrl/2/Offer"::equals).count(), types::toString);
        assertEquals(3, types.stream().filter("http://www.w3.org/ns/odrl/2/Agreement"::equals).count());
        String text = Files.readString(file);
        assertTrue(text.contains("odrl:compensate") && text.contains("cg:reidentify"), text);
        JsonObject agreement = expand(text).stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("@id").equals("urn:citygov:agreement:centre-diabetes")).findFirst()
                .orElseThrow();
        JsonObject permission = agreement.getJsonArray("http://www.w3.org/ns/odrl/2/permission").getJsonObject(0);
        assertEquals("http://www.w3.org/ns/odrl/2/use", permission.getJsonArray("http://www.w3.org/ns/odrl/2/action")
                .getJsonObject(0).getString("@id"));
        assertEquals("urn:citygov:participant:medical-research-centre", agreement
                .getJsonArray("http://www.w3.org/ns/odrl/2/assignee").getJsonObject(0).getString("@id"));
    }

    @Test
    void export_whenFormatMissing_shouldExitTwo() {
        assertEquals(CityGovCli.INVALID_INPUT, run("platform", "export", SAPPORO));
    }
}
