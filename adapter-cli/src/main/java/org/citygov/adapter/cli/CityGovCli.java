package org.citygov.adapter.cli;

import java.io.PrintWriter;

import org.citygov.adapter.cli.root.CompositionRoot;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code citygov} command: governance of smart-city data from the command line. */
@Command(name = "citygov",
        mixinStandardHelpOptions = true,
        versionProvider = CityGovCli.Version.class,
        description = "Smart-city data governance: validate and assess scenario files, suggest rules, import and"
                + " export projects, serve the HTTP API; assess data platforms and markets.")
public final class CityGovCli {

    /** Exit status: the command ran and found nothing to object to. */
    public static final int OK = 0;
    /** Exit status: assessed, and the project is not approvable. */
    public static final int NOT_APPROVABLE = 1;
    /** Exit status: the input is invalid (every problem listed), or the command line is wrong. */
    public static final int INVALID_INPUT = 2;
    /** Exit status: the project named does not exist in the store. */
    public static final int NOT_FOUND = 3;
    /** Exit status: the store's state refuses the operation (a project with that id is already stored). */
    public static final int CONFLICT = 4;
    /** Exit status: an unexpected fault inside CityGov. */
    public static final int INTERNAL_ERROR = 70;

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CityGovCli.class.getPackage().getImplementationVersion();
            return new String[] {"citygov " + (version == null ? "development build" : version)};
        }
    }

    /** Held so that the level set on it stays: Hibernate Validator announces its version at INFO otherwise. */
    private static final java.util.logging.Logger VALIDATOR_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(CompositionRoot.inMemory(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args));
    }

    /** Runs the command line and returns its exit status; output goes to {@code out} and {@code err}. */
    public static int run(CompositionRoot root, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new CityGovCli());
        commandLine.addSubcommand("validate", new ValidateCommand(root));
        commandLine.addSubcommand("assess", new AssessCommand(root));
        commandLine.addSubcommand("suggest-rules", new SuggestRulesCommand(root));
        commandLine.addSubcommand("import", new ImportCommand());
        commandLine.addSubcommand("log", new LogCommand());
        commandLine.addSubcommand("export", new ExportCommand());
        commandLine.addSubcommand("history", new HistoryCommand());
        commandLine.addSubcommand("serve", new ServeCommand());
        commandLine.addSubcommand("token", new TokenCommand());
        commandLine.addSubcommand("platform", PlatformCommand.command(root));
        commandLine.addSubcommand("help", new CommandLine.HelpCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        // a wrong command line already exits with picocli's usage status, 2, which is INVALID_INPUT
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("citygov: internal error: " + exception);
            exception.printStackTrace(failed.getErr());
            return INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }
}
