package org.citygov.application.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.Test;

import org.citygov.application.scenario.Examples;
import org.citygov.application.scenario.PartReader;
import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;

/**
 * The bad-document corpus ({@link BadDocuments}) over every example scenario and every part a request body carries:
 * each mutant is refused, with a problem at the path it broke, never read (a wrong type coerced) and never thrown.
 */
class BadDocumentCorpusTest {

    private static final Map<String, String> LONG_NAME = Map.of("project.name",
            "n".repeat(ScenarioDocument.MAX_PROJECT_NAME_LENGTH + 1));

    private final ScenarioLoader loader = new ScenarioLoader();
    private final PartReader parts = new PartReader();

    @Test
    void read_whenAnExampleHasAnyFieldBroken_shouldRefuseItNamingThatField() throws IOException {
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (Path example : Examples.all()) {
            for (BadDocuments.Mutant mutant : BadDocuments.of(Files.readString(example), LONG_NAME)) {
                count++;
                check(example.getFileName() + " " + mutant, mutant.path(), () -> loader.read(mutant.json(),
                        Syntax.JSON), wrong);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(count > 500, "the corpus has " + count + " documents");
    }

    @Test
    void read_whenAYamlScenarioHasAnyFieldBroken_shouldRefuseItNamingThatField() throws IOException {
        List<String> wrong = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        YAMLMapper yaml = new YAMLMapper();
        String good = Files.readString(Examples.named("kashiwanoha-frailty.json"));
        for (BadDocuments.Mutant mutant : BadDocuments.of(good, LONG_NAME)) {
            String text = yaml.writeValueAsString(json.readTree(mutant.json()));
            check("YAML " + mutant, mutant.path(), () -> loader.read(text, Syntax.YAML), wrong);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void partReaders_whenAPartHasAnyFieldBroken_shouldRefuseItNamingThatField() throws IOException {
        JsonNode frailty = JsonMapper.builder().build().readTree(Files.readString(
                Examples.named("kashiwanoha-frailty.json")));
        Map<String, Function<String, Parsed<?>>> readers = new java.util.LinkedHashMap<>();
        readers.put("project", t -> parts.overview(t, Syntax.JSON));
        readers.put("services", t -> parts.service(t, Syntax.JSON));
        readers.put("stakeholders", t -> parts.stakeholder(t, Syntax.JSON));
        readers.put("dataAssets", t -> parts.dataAsset(t, Syntax.JSON));
        readers.put("dataFlows", t -> parts.dataFlow(t, Syntax.JSON));
        readers.put("rules", t -> parts.rule(t, Syntax.JSON));
        readers.put("kpis", t -> parts.kpi(t, Syntax.JSON));
        List<String> wrong = new ArrayList<>();
        for (var reader : readers.entrySet()) {
            JsonNode part = frailty.get(reader.getKey());
            String good = (part.isArray() ? part.get(0) : part).toString();
            Map<String, String> extra = reader.getKey().equals("project") ? Map.of("name",
                    "n".repeat(ScenarioDocument.MAX_PROJECT_NAME_LENGTH + 1)) : Map.of();
            for (BadDocuments.Mutant mutant : BadDocuments.of(good, extra)) {
                check(reader.getKey() + " " + mutant, mutant.path(), () -> reader.getValue().apply(mutant.json()),
                        wrong);
            }
        }
        Map<String, Function<String, Parsed<?>>> small = Map.of(
                "{\"method\": \"BRIEFING\", \"heldOn\": \"2024-05-18\", \"note\": \"residents' briefing\"}",
                t -> parts.engagement(t, Syntax.JSON),
                "{\"on\": \"2025-03-31\", \"value\": 0.12}", t -> parts.measurement(t, Syntax.JSON),
                "{\"kind\": \"TECHNOLOGY_CHANGE\", \"on\": \"2025-01-10\", \"note\": \"new camera model\","
                        + " \"handledInRevision\": 2}", t -> parts.event(t, Syntax.JSON));
        small.forEach((good, reader) -> {
            for (BadDocuments.Mutant mutant : BadDocuments.of(good, Map.of())) {
                check(mutant.toString(), mutant.path(), () -> reader.apply(mutant.json()), wrong);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void read_whenScalarsWouldBeCoerced_shouldRefuseEachAsTheWrongType() throws IOException {
        String good = Files.readString(Examples.named("kashiwanoha-frailty.json"));
        JsonNode tree = JsonMapper.builder().build().readTree(good);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("dataFlows").get(0)).put("continuous", 12345);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("dataAssets").get(0)).put("specialCare", 12345);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("kpis").get(0).get("measurements").get(0))
                .put("on", 12345);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("kpis").get(0).get("threshold"))
                .put("value", new java.math.BigDecimal("1e309"));

        List<Problem> problems = problemsOf(loader.read(tree.toPrettyString(), Syntax.JSON));

        assertEquals(List.of("dataAssets[0].specialCare: expected true or false, found the number 12345",
                        "dataFlows[0].continuous: expected true or false, found the number 12345",
                        "kpis[0].threshold.value: the number 1E+309 is out of range: expected a finite number, at"
                                + " most 1.7976931348623157E308 in size",
                        "kpis[0].measurements[0].on: expected a date written YYYY-MM-DD, found the number 12345"),
                problems.stream().map(p -> p.path() + ": " + p.message()).toList());
        assertTrue(problems.stream().allMatch(p -> p.line().isPresent()), problems.toString());
    }

    private static void check(String what, String path, java.util.function.Supplier<Object> read,
                              List<String> wrong) {
        List<Problem> problems;
        try {
            problems = problemsOf(read.get());
        } catch (RuntimeException e) {
            wrong.add(what + ": threw " + e);
            return;
        }
        if (problems == null) {
            wrong.add(what + ": accepted");
        } else if (problems.stream().noneMatch(p -> p.path().equals(path))) {
            wrong.add(what + ": refused, but not at " + path + ": " + problems);
        }
    }

    /** The problems of a reading, or null if it was accepted. */
    private static List<Problem> problemsOf(Object reading) {
        return switch (reading) {
            case ScenarioReading.Invalid invalid -> invalid.problems();
            case Parsed.Problems<?> p -> p.problems();
            default -> null;
        };
    }
}
