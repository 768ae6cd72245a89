package org.citygov.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.Syntax;
import org.citygov.application.port.in.ReportProject;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code citygov report FILE | --project ID [--lang ja|en] [--out report.html]}: the governance report as one
 * self-contained HTML file (styles and SVG figures inline, no script, no network), of a scenario file or of a stored
 * project (with its revision history).
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {"Write the governance report of a scenario file or a stored project: one self-contained HTML"
                + " file with the stakeholder map, the data-flow diagram, the laws, the four-factor judgments, the"
                + " risk heat map, the rule coverage, KPI charts and (stored projects) the revision history.",
                "Exit status: 0 written, 2 invalid input or wrong command line, 3 no such project, 70 internal fault."})
final class ReportCommand implements Callable<Integer> {

    private final CompositionRoot root;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    static final class Source {
        @Parameters(index = "0", paramLabel = "FILE", description = "A scenario file; - reads standard input.")
        Path file;

        @Option(names = "--project", paramLabel = "ID", description = "A stored project instead of a file.")
        String project;
    }

    @Mixin
    private StoreOptions store;

    @Mixin
    private LanguageOption lang = new LanguageOption();

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Option(names = "--stdin-syntax", paramLabel = "SYNTAX", defaultValue = "JSON",
            description = "The syntax of standard input when FILE is -: ${COMPLETION-CANDIDATES}.")
    private Syntax stdinSyntax;

    ReportCommand(CompositionRoot root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Language chosen = lang.resolve();
        if (source.project != null) {
            ProjectId id;
            try {
                id = ProjectId.of(source.project);
            } catch (IllegalArgumentException e) {
                err.println("citygov report: " + e.getMessage());
                return CityGovCli.INVALID_INPUT;
            }
            try (CompositionRoot stored = store.open()) {
                return write(stored.reportProject().report(id, chosen), "project " + id, err, chosen);
            }
        }
        Optional<ProjectParts> parts = ScenarioSource.readOrReport(source.file, stdinSyntax, err,
                lang.texts());
        if (parts.isEmpty()) {
            return CityGovCli.INVALID_INPUT;
        }
        return write(root.reportProject().report(parts.get(), chosen), ScenarioSource.name(source.file), err, chosen);
    }

    private int write(Result<ReportProject.ProjectReport> result, String what, PrintWriter err, Language language)
            throws IOException {
        org.citygov.application.report.i18n.DomainTexts texts = org.citygov.application.report.i18n.DomainTexts.of(
                language);
        return switch (result) {
            case Result.Success<ReportProject.ProjectReport>(ReportProject.ProjectReport report) -> {
                if (out == null) {
                    PrintWriter stdout = spec.commandLine().getOut();
                    stdout.print(report.html());
                    stdout.flush();
                } else {
                    Files.writeString(out, report.html(), StandardCharsets.UTF_8);
                    err.println("citygov report: wrote the report of " + what + " (" + report.figures().size()
                            + " figures) to " + out);
                }
                yield CityGovCli.OK;
            }
            case Result.Failure<ReportProject.ProjectReport> failure -> {
                err.println("citygov report: " + what + ": " + texts.text(failure.message()));
                failure.violations().forEach(v -> err.println("  " + v));
                yield switch (failure.reason()) {
                    case NOT_FOUND -> CityGovCli.NOT_FOUND;
                    case INVALID -> CityGovCli.INVALID_INPUT;
                    default -> CityGovCli.INTERNAL_ERROR;
                };
            }
        };
    }
}
