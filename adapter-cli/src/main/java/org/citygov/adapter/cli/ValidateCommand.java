package org.citygov.adapter.cli;

import org.citygov.application.report.i18n.DomainTexts;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.project.Warning;

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

    private final CompositionRoot root;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private LanguageOption lang = new LanguageOption();

    @Option(names = "--catalog", paramLabel = "CATALOGUE",
            description = "Also check a catalogue edition file (citygov-catalogue/1, JSON or YAML).")
    private Path catalog;

    ValidateCommand(CompositionRoot root) {
        this.root = root;
    }

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
        List<Warning> warnings = reading instanceof ScenarioReading.Valid valid
                ? valid.scenario().parts().warnings() : List.of();
        List<Problem> catalogProblems = catalog == null ? List.of()
                : root.assessProjectWith(catalog) instanceof CompositionRoot.CatalogueChoice.Problems p
                ? p.problems() : List.of();
        if (format == ReportFormat.json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("file", ScenarioSource.name(file));
            report.put("valid", problems.isEmpty() && catalogProblems.isEmpty());
            report.put("problems", problems.stream().map(ProblemReport::of).toList());
            report.put("warnings", warnings.stream().map(w -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("path", w.path());
                entry.put("code", w.code().name());
                entry.put("text", w.text());
                return entry;
            }).toList());
            if (catalog != null) {
                report.put("catalog", catalog.toString());
                report.put("catalogProblems", catalogProblems.stream().map(ProblemReport::of).toList());
            }
            out.println(Json.write(report));
        } else {
            DomainTexts texts = lang.texts();
            report(out, ScenarioSource.name(file), problems, texts);
            if (!warnings.isEmpty()) {
                out.println(texts.text(warnings.size() + " warning(s): unusual but valid, assessed as written"));
                warnings.forEach(w -> out.println("  " + w.path() + " [" + w.code() + "]: " + texts.text(w.text())));
            }
            if (catalog != null) {
                report(out, catalog.toString(), catalogProblems, texts);
            }
        }
        out.flush();
        return problems.isEmpty() && catalogProblems.isEmpty() ? CityGovCli.OK : CityGovCli.INVALID_INPUT;
    }

    private static void report(PrintWriter out, String name, List<Problem> problems, DomainTexts texts) {
        if (problems.isEmpty()) {
            out.println(texts.text(name + ": valid"));
        } else {
            ProblemReport.print(out, name, problems, texts);
        }
    }
}
