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
import org.citygov.application.report.i18n.Labels;
import org.citygov.application.report.i18n.Language;
import org.citygov.application.report.publish.DpvRecord;
import org.citygov.application.report.publish.PublicPage;
import org.citygov.domain.disclosure.PublicDisclosure;
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
 * {@code citygov publish FILE | --project ID --out DIR}: the public pages of a project for a static site —
 * {@code DIR/<id>/index.html} (English), {@code index.ja.html} (Japanese) and {@code record.jsonld} (the record of
 * processing in DPV) — showing what the project's transparency and notice rules promise, and nothing about anyone.
 */
@Command(name = "publish",
        mixinStandardHelpOptions = true,
        description = {"Write the public pages of a scenario file's or a stored project's data use for a static site:"
                + " DIR/<id>/index.html (English), index.ja.html (Japanese) and record.jsonld (W3C DPV JSON-LD)."
                + " They show what the project's transparency and notice rules promise to publish, and its data"
                + " policy; never anything about an individual.",
                "Exit status: 0 written, 2 invalid input or wrong command line, 3 no such project, 4 the stored project is"
                        + " not marked published by an ADMIN, 70 internal fault."})
final class PublishCommand implements Callable<Integer> {

    static final String ENGLISH_PAGE = "index.html";
    static final String JAPANESE_PAGE = "index.ja.html";
    static final String RECORD = "record.jsonld";

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

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The site's directory (created if"
            + " missing); the pages go to DIR/<project id>/.")
    private Path out;

    @Mixin
    private LanguageOption lang = new LanguageOption();

    @Option(names = "--stdin-syntax", paramLabel = "SYNTAX", defaultValue = "JSON",
            description = "The syntax of standard input when FILE is -: ${COMPLETION-CANDIDATES}.")
    private Syntax stdinSyntax;

    PublishCommand(CompositionRoot root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (source.project != null) {
            ProjectId id;
            try {
                id = ProjectId.of(source.project);
            } catch (IllegalArgumentException e) {
                err.println("citygov publish: " + e.getMessage());
                return CityGovCli.INVALID_INPUT;
            }
            try (CompositionRoot stored = store.open()) {
                Result<PublicDisclosure> published = stored.publishProject().publishedDisclosure(id);
                if (!(published instanceof Result.Failure<PublicDisclosure> failure
                        && failure.reason() == Result.Reason.NOT_FOUND)) {
                    return write(published, "project " + id, err);
                }
                Result<PublicDisclosure> stated = stored.publishProject().disclosure(id);
                if (stated instanceof Result.Success<PublicDisclosure>) {
                    // stored but not marked: the same rule as GET /public/projects/{id}
                    err.println("citygov publish: project " + id + " is not marked published; an ADMIN marks it"
                            + " with POST /projects/" + id + "/publication (recorded with who and when), then run"
                            + " publish again. Nothing was written.");
                    return CityGovCli.CONFLICT;
                }
                return write(stated, "project " + id, err);
            }
        }
        Optional<ProjectParts> parts = ScenarioSource.readOrReport(source.file, stdinSyntax, err, lang.texts());
        if (parts.isEmpty()) {
            return CityGovCli.INVALID_INPUT;
        }
        return write(root.publishProject().disclosure(parts.get()), ScenarioSource.name(source.file), err);
    }

    private int write(Result<PublicDisclosure> result, String what, PrintWriter err) throws IOException {
        return switch (result) {
            case Result.Success<PublicDisclosure>(PublicDisclosure disclosure) -> {
                Path folder = Files.createDirectories(out.resolve(disclosure.project().value()));
                Files.writeString(folder.resolve(ENGLISH_PAGE), PublicPage.render(disclosure,
                        Labels.of(Language.EN), JAPANESE_PAGE, RECORD), StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(JAPANESE_PAGE), PublicPage.render(disclosure,
                        Labels.of(Language.JA), ENGLISH_PAGE, RECORD), StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(RECORD), DpvRecord.jsonLd(disclosure,
                        "urn:citygov:project:" + disclosure.project().value()), StandardCharsets.UTF_8);
                err.println("citygov publish: wrote the public pages of " + what + " to " + folder + " ("
                        + ENGLISH_PAGE + ", " + JAPANESE_PAGE + ", " + RECORD + ")");
                yield CityGovCli.OK;
            }
            case Result.Failure<PublicDisclosure> failure -> {
                err.println("citygov publish: " + what + ": " + failure.message());
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
