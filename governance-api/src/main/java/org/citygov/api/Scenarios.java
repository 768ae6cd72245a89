package org.citygov.api;

import java.nio.file.Path;
import java.util.List;

import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;

/** Reading scenarios, their problems turned into the domain's violations (the line kept in the message). */
final class Scenarios {

    private Scenarios() {
    }

    static Result<ProjectParts> read(Path file) {
        return parts(file.toString(), new ScenarioLoader().read(file));
    }

    static Result<ProjectParts> read(String source, String text, Syntax syntax) {
        return parts(source, new ScenarioLoader().read(text, syntax));
    }

    private static Result<ProjectParts> parts(String source, ScenarioReading reading) {
        return switch (reading) {
            case ScenarioReading.Valid valid -> Result.success(valid.scenario().parts());
            case ScenarioReading.Invalid invalid -> invalid(source, invalid.problems());
        };
    }

    static <T> Result<T> invalid(Object source, List<Problem> problems) {
        return Result.invalid(problems.stream().map(p -> new Violation(p.path().isEmpty() ? source.toString()
                : p.path(), p.line().isPresent() ? source + " line " + p.line().getAsInt() + ": " + p.message()
                : source + ": " + p.message())).toList());
    }
}
