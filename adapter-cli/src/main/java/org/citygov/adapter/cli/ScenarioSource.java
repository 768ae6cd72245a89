package org.citygov.adapter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.DocumentReader;
import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.project.ProjectParts;

/** Where a command reads its scenario: a file, or standard input when the file is {@code -}. */
final class ScenarioSource {

    private ScenarioSource() {
    }

    static ScenarioReading read(ScenarioLoader loader, Path file, Syntax stdinSyntax, InputStream stdin) {
        if (!file.toString().equals("-")) {
            return loader.read(file);
        }
        try {
            byte[] bytes = stdin.readNBytes(DocumentReader.MAX_BYTES + 1);
            if (bytes.length > DocumentReader.MAX_BYTES) {
                return new ScenarioReading.Invalid(List.of(new Problem("", OptionalInt.empty(),
                        "standard input is larger than " + DocumentReader.MAX_BYTES / (1024 * 1024) + " MiB")));
            }
            return loader.read(new String(bytes, StandardCharsets.UTF_8), stdinSyntax);
        } catch (IOException e) {
            return new ScenarioReading.Invalid(List.of(new Problem("", OptionalInt.empty(),
                    "cannot read standard input: " + e.getMessage())));
        }
    }

    /**
     * The scenario's parts, or empty after every problem was printed to {@code err} (the caller exits with
     * {@link CityGovCli#INVALID_INPUT}).
     */
    static Optional<ProjectParts> readOrReport(Path file, Syntax stdinSyntax, PrintWriter err) {
        return readOrReport(file, stdinSyntax, err, org.citygov.application.report.i18n.DomainTexts.of(
                org.citygov.application.report.i18n.Language.EN));
    }

    /** The same, the problems printed in the language of {@code texts}. */
    static Optional<ProjectParts> readOrReport(Path file, Syntax stdinSyntax, PrintWriter err,
                                               org.citygov.application.report.i18n.DomainTexts texts) {
        ScenarioReading reading = read(new ScenarioLoader(), file, stdinSyntax, System.in);
        if (reading instanceof ScenarioReading.Invalid invalid) {
            ProblemReport.print(err, name(file), invalid.problems(), texts);
            err.flush();
            return Optional.empty();
        }
        return Optional.of(((ScenarioReading.Valid) reading).scenario().parts());
    }

    /**
     * The use cases applying the catalogue a command was given ({@code --catalog FILE}, or the bundled edition when
     * null), or empty after the file's problems were printed to {@code err}.
     */
    static Optional<CompositionRoot.CatalogueChoice.Ready> catalogue(CompositionRoot root, Path catalog,
                                                                    PrintWriter err) {
        if (catalog == null) {
            return Optional.of(root.catalogueInUse());
        }
        return switch (root.assessProjectWith(catalog)) {
            case CompositionRoot.CatalogueChoice.Ready ready -> Optional.of(ready);
            case CompositionRoot.CatalogueChoice.Problems problems -> {
                ProblemReport.print(err, catalog.toString(), problems.problems());
                err.flush();
                yield Optional.empty();
            }
        };
    }

    static String name(Path file) {
        return file.toString().equals("-") ? "standard input" : file.toString();
    }
}
