package org.citygov.application.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    record Item(@NotNull String name, @NotNull @Min(1) Integer count) { }

    record Doc(@NotNull List<@NotNull @Valid Item> items, LocalDate on) { }

    private final DocumentReader reader = new DocumentReader();

    @Test
    void read_whenSound_shouldReturnTheValueAndLocateFields() {
        String text = "{\n  \"items\": [\n    {\"name\": \"a\", \"count\": 2}\n  ],\n  \"on\": \"2024-05-18\"\n}";

        Parsed.Ok<Doc> ok = assertInstanceOf(Parsed.Ok.class, reader.read(text, Syntax.JSON, Doc.class));

        assertEquals(new Doc(List.of(new Item("a", 2)), LocalDate.of(2024, 5, 18)), ok.value());
        assertEquals(OptionalInt.of(3), ok.lines().of("items[0].count"));
        assertEquals(OptionalInt.of(5), ok.lines().of("on"));
    }

    @Test
    void read_whenSyntaxError_shouldGiveTheLine() {
        String text = "{\n  \"items\": [\n    {\"name\": \"a\" \"count\": 2}\n  ]\n}";

        List<Problem> problems = problems(reader.read(text, Syntax.JSON, Doc.class));

        assertEquals(1, problems.size());
        assertEquals(OptionalInt.of(3), problems.getFirst().line());
        assertTrue(problems.getFirst().message().startsWith("not valid JSON"));
    }

    @Test
    void read_whenFieldRepeated_shouldReportBothLines() {
        String text = "{\n  \"items\": [],\n  \"items\": []\n}";

        List<Problem> problems = problems(reader.read(text, Syntax.JSON, Doc.class));

        assertEquals(1, problems.size());
        assertEquals("items", problems.getFirst().path());
        assertEquals(OptionalInt.of(3), problems.getFirst().line());
        assertTrue(problems.getFirst().message().contains("first on line 2"));
    }

    @Test
    void read_whenDateMalformed_shouldSayHowToWriteIt() {
        List<Problem> problems = problems(reader.read("{\"items\": [], \"on\": \"18/05/2024\"}", Syntax.JSON,
                Doc.class));

        assertEquals("on", problems.getFirst().path());
        assertTrue(problems.getFirst().message().contains("YYYY-MM-DD"), problems::toString);
    }

    @Test
    void read_whenSeveralElementsWrong_shouldReportEachElement() {
        String text = "{\"items\": [{\"name\": \"a\", \"count\": \"x\"}, {\"name\": \"b\", \"count\": 0},"
                + " {\"count\": 1}]}";

        List<Problem> problems = problems(reader.read(text, Syntax.JSON, Doc.class));

        assertEquals(List.of("items[0].count", "items[1].count", "items[2].name"),
                problems.stream().map(Problem::path).sorted().toList(), problems::toString);
    }

    @Test
    void read_whenTopLevelIsNotAnObject_shouldSaySo() {
        List<Problem> problems = problems(reader.read("[1, 2]", Syntax.JSON, Doc.class));

        assertTrue(problems.getFirst().message().contains("must be an object"));
    }

    @Test
    void read_whenEmptyOrTrailingContent_shouldRefuse() {
        assertTrue(problems(reader.read("  ", Syntax.JSON, Doc.class)).getFirst().message().contains("empty"));
        assertTrue(problems(reader.read("{\"items\": []} {}", Syntax.JSON, Doc.class)).getFirst().message()
                .contains("after the end"));
    }

    @Test
    void read_whenFileIsNotUtf8_shouldSaySo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});

        List<Problem> problems = problems(reader.read(file, Doc.class));

        assertTrue(problems.getFirst().message().contains("not UTF-8"), problems::toString);
    }

    @Test
    void read_whenYamlGivesAList_shouldStillCheckFields() {
        String yaml = "items:\n  - name: a\n    count: 1\n    size: 3\n";

        List<Problem> problems = problems(reader.read(yaml, Syntax.YAML, Doc.class));

        assertEquals("items[0].size", problems.getFirst().path());
        assertEquals(OptionalInt.of(4), problems.getFirst().line());
    }

    @SuppressWarnings("unchecked")
    private static List<Problem> problems(Parsed<?> parsed) {
        return assertInstanceOf(Parsed.Problems.class, parsed, parsed::toString).problems();
    }
}
