package org.citygov.application.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;

import org.citygov.application.input.Syntax;
import org.citygov.domain.project.ProjectParts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioWriterTest {

    private final ScenarioLoader loader = new ScenarioLoader();
    private final ScenarioWriter writer = new ScenarioWriter();

    static List<Path> examples() {
        return Examples.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void json_whenReadBack_shouldGiveEqualParts(Path example) {
        ProjectParts original = parts(loader.read(example));

        String written = writer.json(original);
        ProjectParts again = parts(loader.read(written, Syntax.JSON));

        assertEquals(original, again);
        assertEquals(written, writer.json(again), "the same parts always give the same text");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void write_whenYamlReadBack_shouldGiveEqualParts(Path example) {
        ProjectParts original = parts(loader.read(example));

        ProjectParts again = parts(loader.read(writer.write(original, Syntax.YAML), Syntax.YAML));

        assertEquals(original, again);
    }

    @org.junit.jupiter.api.Test
    void json_whenServicesNameSites_shouldWriteThemSortedAndReadThemBack() {
        ProjectParts original = parts(loader.read(Examples.named("kashiwanoha-ai-cameras.json")));
        org.citygov.domain.project.Service first = original.services().getFirst();
        ProjectParts withSites = original.withServices(List.of(new org.citygov.domain.project.Service(first.id(),
                first.name(), first.field(), first.benefit(), java.util.Set.of(
                org.citygov.domain.project.Site.URBAN_PARK, org.citygov.domain.project.Site.ROAD)),
                original.services().get(1)));

        String written = writer.json(withSites);

        org.junit.jupiter.api.Assertions.assertTrue(written.replaceAll("\\s", "")
                .contains("\"sites\":[\"ROAD\",\"URBAN_PARK\"]"), written);
        assertEquals(withSites, parts(loader.read(written, Syntax.JSON)));
        // a service that names no sites is written without the field
        org.junit.jupiter.api.Assertions.assertFalse(writer.json(original).contains("\"sites\""));
    }

    private static ProjectParts parts(ScenarioReading reading) {
        return assertInstanceOf(ScenarioReading.Valid.class, reading, reading::toString).scenario().parts();
    }
}
