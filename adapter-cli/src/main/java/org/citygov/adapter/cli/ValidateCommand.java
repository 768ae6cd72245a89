package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citygov validate FILE}: checks a scenario file and lists every problem with its path and line. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Check a scenario file (citygov/1, JSON or YAML) without assessing it.",
                "Lists every problem with its field path and line. Exit status: 0 valid, 2 invalid."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file; - reads standard input.")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--stdin-syntax", paramLabel = "SYNTAX", defaultValue = "JSON",
            description = "The syntax of standard input when FILE is -: ${COMPLETION-CANDIDATES}.")
    private Syntax stdinSyntax;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioReading reading = ScenarioSource.read(new ScenarioLoader(), file, stdinSyntax, System.in);
        List<Problem> problems = reading instanceof ScenarioReading.Invalid invalid ? invalid.problems() : List.of();
        if (format == ReportFormat.json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("file", ScenarioSource.name(file));
            report.put("valid", problems.isEmpty());
            report.put("problems", problems.stream().map(ProblemReport::of).toList());
            out.println(Json.write(report));
        } else if (problems.isEmpty()) {
            out.println(ScenarioSource.name(file) + ": valid");
        } else {
            ProblemReport.print(out, ScenarioSource.name(file), problems);
        }
        out.flush();
        return problems.isEmpty() ? CityGovCli.OK : CityGovCli.INVALID_INPUT;
    }
}
