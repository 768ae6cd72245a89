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

    private static ProjectParts parts(ScenarioReading reading) {
        return assertInstanceOf(ScenarioReading.Valid.class, reading, reading::toString).scenario().parts();
    }
}
