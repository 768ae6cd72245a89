package org.citygov.application.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citygov.application.input.DocumentReader;
import org.citygov.application.input.Lines;
import org.citygov.application.input.Parsed;
import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.domain.project.ProjectParts;

/**
 * Reads scenario files (SCENARIO.md, {@code citygov/1}, JSON or YAML) in three passes, each reporting every problem
 * it finds with its path and line: the document's syntax and fields ({@link DocumentReader}: unknown fields, wrong
 * types, Bean Validation), what the types cannot say (repeated values), and the domain's invariants across parts
 * (flows naming missing assets, methods at the wrong stage, …). A file with any problem yields no scenario at all.
 */
public final class ScenarioLoader {

    private final DocumentReader reader = new DocumentReader();

    public ScenarioReading read(Path file) {
        return check(reader.read(file, ScenarioDocument.class));
    }

    public ScenarioReading read(String text, Syntax syntax) {
        return check(reader.read(text, syntax, ScenarioDocument.class));
    }

    private static ScenarioReading check(Parsed<ScenarioDocument> parsed) {
        return switch (parsed) {
            case Parsed.Problems<ScenarioDocument> p -> new ScenarioReading.Invalid(p.problems());
            case Parsed.Ok<ScenarioDocument> ok -> {
                List<Problem> problems = new ArrayList<>();
                Lines lines = ok.lines();
                Optional<ProjectParts> parts = ScenarioMapper.toParts(ok.value(), lines, problems);
                if (parts.isPresent()) {
                    parts.get().violations().forEach(v -> problems.add(lines.problem(v.path(), v.message())));
                }
                if (!problems.isEmpty() || parts.isEmpty()) {
                    problems.sort(Problem.IN_DOCUMENT_ORDER);
                    yield new ScenarioReading.Invalid(problems);
                }
                yield new ScenarioReading.Valid(new Scenario(parts.get()));
            }
        };
    }
}
