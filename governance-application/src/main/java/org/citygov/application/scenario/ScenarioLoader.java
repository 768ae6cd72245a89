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
 * (flows naming missing assets, …). When an earlier pass fails, the references are still checked on what could be
 * read ({@link ScenarioReferences}), so one run lists structural and reference problems together. A file with any
 * problem yields no scenario at all; what is only unusual is no problem here but a warning of the assessment.
 */
public final class ScenarioLoader {

    private static final com.fasterxml.jackson.databind.ObjectMapper TREES = new com.fasterxml.jackson.databind
            .ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());

    private final DocumentReader reader = new DocumentReader();

    public ScenarioReading read(Path file) {
        return check(reader.read(file, ScenarioDocument.class));
    }

    public ScenarioReading read(String text, Syntax syntax) {
        return check(reader.read(text, syntax, ScenarioDocument.class));
    }

    private static ScenarioReading check(Parsed<ScenarioDocument> parsed) {
        return switch (parsed) {
            case Parsed.Problems<ScenarioDocument> p -> {
                List<Problem> problems = new ArrayList<>(p.problems());
                p.document().ifPresent(d -> problems.addAll(ScenarioReferences.of(d.tree(), d.lines(),
                        p.problems())));
                problems.sort(Problem.IN_DOCUMENT_ORDER);
                yield new ScenarioReading.Invalid(problems);
            }
            case Parsed.Ok<ScenarioDocument> ok -> {
                List<Problem> problems = new ArrayList<>();
                Lines lines = ok.lines();
                Optional<ProjectParts> parts = ScenarioMapper.toParts(ok.value(), lines, problems);
                if (parts.isPresent()) {
                    parts.get().violations().forEach(v -> problems.add(lines.problem(v.path(), v.message())));
                } else {
                    problems.addAll(ScenarioReferences.of(TREES.valueToTree(ok.value()), lines,
                            List.copyOf(problems)));
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
