package org.citygov.adapter.cli;

import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Language;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.Syntax;
import org.citygov.application.report.AssessmentRenderer;
import org.citygov.application.report.AssessmentTables;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citygov assess FILE}: reads a scenario and prints its assessment; stores nothing. */
@Command(name = "assess",
        mixinStandardHelpOptions = true,
        description = {"Assess the project a scenario file describes (nothing is stored).",
                "CSV (--format csv): the tables stakeholders, laws (soft laws too), legal-tests, risks and coverage"
                        + " (risk x rule), RFC 4180 with a header row, one row per item. To standard output one table,"
                        + " named with --table; with --out DIR every table (or those named with --table) as DIR/NAME.csv.",
                "Exit status: 0 assessed, 1 assessed and not approvable, 2 invalid input (every problem listed on"
                        + " standard error) or csv without --table or --out, 70 internal fault."})
final class AssessCommand implements Callable<Integer> {

    private final CompositionRoot root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file; - reads standard input.")
    private Path file;

    /** What assess can write: the two report formats, and the assessment's tables. */
    enum Format {
        text, json, csv
    }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json or csv; default: text on a terminal, json otherwise.")
    private Format format;

    @Option(names = "--table", paramLabel = "NAME",
            description = "With --format csv, the table to write: stakeholders, laws, legal-tests, risks or coverage;"
                    + " repeat it with --out to write several (default with --out: all).")
    private java.util.List<String> tables = new java.util.ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "With --format csv, the directory to write the tables in, one NAME.csv each (created if"
                    + " missing; files of the same name are replaced).")
    private Path outDirectory;

    @Option(names = "--stdin-syntax", paramLabel = "SYNTAX", defaultValue = "JSON",
            description = "The syntax of standard input when FILE is -: ${COMPLETION-CANDIDATES}.")
    private Syntax stdinSyntax;

    @Option(names = "--catalog", paramLabel = "CATALOGUE",
            description = "A catalogue edition file (citygov-catalogue/1, JSON or YAML) to apply instead of the"
                    + " default bundled edition, e.g. with the city's ordinances or amended laws; or the name of an"
                    + " earlier bundled edition (jp-2023.02).")
    private Path catalog;

    @picocli.CommandLine.Mixin
    private LanguageOption lang = new LanguageOption();

    AssessCommand(CompositionRoot root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<java.util.List<AssessmentTables.Table>> chosenTables = tables(err);
        if (chosenTables.isEmpty()) {
            return CityGovCli.INVALID_INPUT;
        }
        Optional<CompositionRoot.CatalogueChoice.Ready> edition = ScenarioSource.catalogue(root, catalog, err);
        if (edition.isEmpty()) {
            return CityGovCli.INVALID_INPUT;
        }
        Optional<ProjectParts> parts = ScenarioSource.readOrReport(file, stdinSyntax, err, lang.texts());
        if (parts.isEmpty()) {
            return CityGovCli.INVALID_INPUT;
        }
        Result<ProjectAssessment> result = edition.get().assessProject().assess(parts.get());
        return switch (result) {
            case Result.Success<ProjectAssessment> success when format == Format.csv -> {
                try {
                    writeTables(success.value(), chosenTables.get(), out, err);
                } catch (java.io.IOException e) {
                    err.println("citygov assess: cannot write to " + outDirectory + ": " + e.getMessage());
                    yield CityGovCli.INVALID_INPUT;
                }
                yield success.value().approvable() ? CityGovCli.OK : CityGovCli.NOT_APPROVABLE;
            }
            case Result.Success<ProjectAssessment> success -> {
                AssessmentRenderer renderer = new AssessmentRenderer();
                Format chosen = format != null ? format : System.console() != null ? Format.text : Format.json;
                out.print(chosen == Format.json ? renderer.json(success.value()) + "\n"
                        : renderer.text(success.value(), texts(edition.get(), lang.resolve())));
                out.flush();
                yield success.value().approvable() ? CityGovCli.OK : CityGovCli.NOT_APPROVABLE;
            }
            case Result.Failure<ProjectAssessment> failure -> {
                err.println(ScenarioSource.name(file) + ": " + lang.texts().text(failure.message()));
                failure.violations().forEach(v -> err.println("  " + v));
                err.flush();
                yield failure.reason() == Result.Reason.INVALID ? CityGovCli.INVALID_INPUT : CityGovCli.INTERNAL_ERROR;
            }
        };
    }

    /** The domain's sentences in the language asked for, or the system's; catalogue entries by the edition applied. */
    static DomainTexts texts(CompositionRoot.CatalogueChoice.Ready edition, Language language) {
        return edition.assessProject().edition().map(e -> DomainTexts.of(language, e))
                .orElseGet(() -> DomainTexts.of(language));
    }

    /**
     * The tables asked for, or empty after saying on {@code err} what is wrong: --table and --out only with csv, a
     * known name, and one table to standard output.
     */
    private Optional<java.util.List<AssessmentTables.Table>> tables(PrintWriter err) {
        if (format != Format.csv) {
            if (!tables.isEmpty() || outDirectory != null) {
                err.println("citygov assess: --table and --out are for --format csv");
                return Optional.empty();
            }
            return Optional.of(java.util.List.of());
        }
        java.util.List<AssessmentTables.Table> chosen = new java.util.ArrayList<>();
        for (String name : tables) {
            Optional<AssessmentTables.Table> table = AssessmentTables.Table.named(name);
            if (table.isEmpty()) {
                err.println("citygov assess: --table " + name + ": no such table; the tables are "
                        + String.join(", ", AssessmentTables.Table.names()));
                return Optional.empty();
            }
            chosen.add(table.get());
        }
        if (outDirectory == null && chosen.size() != 1) {
            err.println("citygov assess: --format csv writes one table to standard output: name it with --table ("
                    + String.join(", ", AssessmentTables.Table.names()) + "), or write them all with --out DIR");
            return Optional.empty();
        }
        return Optional.of(chosen.isEmpty() ? java.util.List.of(AssessmentTables.Table.values()) : chosen);
    }

    private void writeTables(ProjectAssessment assessment, java.util.List<AssessmentTables.Table> chosen,
                             PrintWriter out, PrintWriter err) throws java.io.IOException {
        if (outDirectory == null) {
            out.print(AssessmentTables.csv(assessment, chosen.getFirst()));
            out.flush();
            return;
        }
        java.nio.file.Files.createDirectories(outDirectory);
        for (AssessmentTables.Table table : chosen) {
            java.nio.file.Files.writeString(outDirectory.resolve(table.fileName()),
                    AssessmentTables.csv(assessment, table), java.nio.charset.StandardCharsets.UTF_8);
        }
        err.println("citygov assess: wrote " + chosen.size() + (chosen.size() == 1 ? " table" : " tables") + " to "
                + outDirectory);
        err.flush();
    }
}
