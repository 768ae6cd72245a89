package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.Syntax;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.access.Role;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.shared.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code citygov import FILE}: registers the project a scenario file describes in the store. The file is checked
 * completely before the store is even opened, so a file with problems writes nothing. Whoever runs it holds the store
 * itself (and can issue ADMIN tokens), so the import acts as ADMIN: rules the file carries as approved or in force are
 * accepted, and the audit trail names them and the importer.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"Register the project a scenario file (citygov/1, JSON or YAML) describes.",
                "Exit status: 0 imported, 2 invalid file (every problem listed; nothing written),"
                        + " 4 a project with that id is already stored, 70 internal fault."})
final class ImportCommand implements Callable<Integer> {

    /** The longest actor name the audit trail keeps (its {@code actor} columns). */
    static final int MAX_ACTOR_LENGTH = 2000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file; - reads standard input.")
    private Path file;

    @Option(names = "--stdin-syntax", paramLabel = "SYNTAX", defaultValue = "JSON",
            description = "The syntax of standard input when FILE is -: ${COMPLETION-CANDIDATES}.")
    private Syntax stdinSyntax;

    @Option(names = "--actor", paramLabel = "NAME",
            description = "Who imports, for the audit trail (default: the operating-system user).")
    private String actor;

    @Mixin
    private LanguageOption lang = new LanguageOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (actor != null && actor.length() > MAX_ACTOR_LENGTH) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--actor is " + actor.length()
                    + " characters long; the audit trail keeps names of at most " + MAX_ACTOR_LENGTH);
        }
        ScenarioReading reading = ScenarioSource.read(new ScenarioLoader(), file, stdinSyntax, System.in);
        if (reading instanceof ScenarioReading.Invalid invalid) {
            ProblemReport.print(err, ScenarioSource.name(file), invalid.problems(), lang.texts());
            return CityGovCli.INVALID_INPUT;
        }
        ScenarioReading.Valid valid = (ScenarioReading.Valid) reading;
        Actor importer = Actor.of(actor != null && !actor.isBlank() ? actor
                : System.getProperty("user.name", "citygov"));
        try (CompositionRoot root = store.open()) {
            Result<GovernanceProject> imported = root.importScenario()
                    .importScenario(new ImportScenario.Command(valid.scenario(), importer, Role.ADMIN));
            return switch (imported) {
                case Result.Success<GovernanceProject>(GovernanceProject project) -> {
                    out.println("imported project " + project.id() + " (version " + project.version() + ") into the "
                            + root.description());
                    yield CityGovCli.OK;
                }
                case Result.Failure<GovernanceProject> failure -> {
                    org.citygov.application.report.i18n.DomainTexts texts = lang.texts();
                    err.println("citygov import: " + texts.text(failure.message()));
                    failure.violations().forEach(v -> err.println("  " + (v.path().isEmpty() ? ""
                            : v.path() + ": ") + texts.text(v.message())));
                    yield switch (failure.reason()) {
                        case CONFLICT, STALE -> CityGovCli.CONFLICT;
                        case NOT_FOUND -> CityGovCli.NOT_FOUND;
                        case INVALID, FORBIDDEN -> CityGovCli.INVALID_INPUT;
                    };
                }
            };
        }
    }
}
