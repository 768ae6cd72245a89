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
                "Exit status: 0 assessed, 1 assessed and not approvable, 2 invalid input (every problem listed on"
                        + " standard error), 70 internal fault."})
final class AssessCommand implements Callable<Integer> {

    private final CompositionRoot root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file; - reads standard input.")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text or json; default: text on a terminal, json otherwise.")
    private ReportFormat format;

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
            case Result.Success<ProjectAssessment> success -> {
                AssessmentRenderer renderer = new AssessmentRenderer();
                ReportFormat chosen = format != null ? format
                        : System.console() != null ? ReportFormat.text : ReportFormat.json;
                out.print(chosen == ReportFormat.json ? renderer.json(success.value()) + "\n"
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
}
