package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.adapter.cli.root.StartupFailure;

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
    /** Exit status: the database cannot be reached (nothing answers at the address, or no such database). */
    public static final int DATABASE_UNREACHABLE = 69;
    /** Exit status: an unexpected fault inside CityGov. */
    public static final int INTERNAL_ERROR = 70;
    /** Exit status: {@code db migrate} could not apply a migration or grant the server's role its rights. */
    public static final int MIGRATION_FAILED = 73;
    /** Exit status: the embedded database is held by another process; try again once it is free. */
    public static final int DATABASE_IN_USE = 75;
    /** Exit status: the database refused the user or password (or none was given). */
    public static final int DATABASE_CREDENTIALS_REFUSED = 77;
    /** Exit status: the server cannot listen on the port asked for (in use, or not this process's to take). */
    public static final int PORT_UNAVAILABLE = 78;

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
        return run(root, System.getenv(), out, err, args);
    }

    /**
     * As {@link #run(CompositionRoot, PrintWriter, PrintWriter, String...)}, the store and server options' defaults
     * taken from {@code environment} and the config file it or {@code --config} names ({@link OptionDefaults}).
     */
    static int run(CompositionRoot root, Map<String, String> environment, PrintWriter out, PrintWriter err,
                   String... args) {
        OptionDefaults defaults;
        try {
            defaults = OptionDefaults.load(environment, args);
        } catch (OptionDefaults.ConfigProblem problem) {
            err.println("citygov: " + problem.getMessage());
            err.flush();
            return INVALID_INPUT;
        }
        return commandLine(root, defaults).setOut(out).setErr(err).execute(args);
    }

    /** Every command, wired to {@code root}, its store and server options defaulting through {@code defaults}. */
    static CommandLine commandLine(CompositionRoot root, OptionDefaults defaults) {
        CommandLine commandLine = new CommandLine(new CityGovCli());
        commandLine.addSubcommand("validate", new ValidateCommand(root));
        commandLine.addSubcommand("assess", new AssessCommand(root));
        commandLine.addSubcommand("suggest-rules", new SuggestRulesCommand(root));
        commandLine.addSubcommand("import", new ImportCommand());
        commandLine.addSubcommand("log", new LogCommand());
        commandLine.addSubcommand("db", new DbCommand());
        commandLine.addSubcommand("export", new ExportCommand());
        commandLine.addSubcommand("report", new ReportCommand(root));
        commandLine.addSubcommand("publish", new PublishCommand(root));
        commandLine.addSubcommand("history", new HistoryCommand());
        commandLine.addSubcommand("serve", new ServeCommand());
        commandLine.addSubcommand("token", new TokenCommand());
        commandLine.addSubcommand("platform", PlatformCommand.command(root));
        commandLine.addSubcommand("incidents", IncidentsCommand.command(root));
        commandLine.addSubcommand("sweep", new SweepCommand());
        commandLine.addSubcommand("completion", new CompletionCommand());
        commandLine.addSubcommand("help", new CommandLine.HelpCommand());
        commandLine.setDefaultValueProvider(defaults);
        documentDefaults(commandLine);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // a wrong command line already exits with picocli's usage status, 2, which is INVALID_INPUT
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            if (exception instanceof StartupFailure failure) {
                failed.getErr().println("citygov: " + failure.getMessage());
                return exitStatus(failure.kind());
            }
            java.nio.file.FileSystemException file = fileProblem(exception);
            if (file != null) {
                // a path the user gave (an --out file, a data directory) that cannot be written or read as asked
                org.citygov.application.report.i18n.Labels labels = org.citygov.application.report.i18n.Labels.of(
                        languageOf(failed));
                failed.getErr().println(labels.format("cli.fileRefused", file.getFile(), describe(file, labels)));
                return INVALID_INPUT;
            }
            failed.getErr().println("citygov: internal error: " + exception);
            exception.printStackTrace(failed.getErr());
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    /** The file-system refusal behind {@code exception}, if that is what it is. */
    static java.nio.file.FileSystemException fileProblem(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.file.FileSystemException file && file.getFile() != null) {
                return file;
            }
        }
        return null;
    }

    private static String describe(java.nio.file.FileSystemException file,
                                   org.citygov.application.report.i18n.Labels labels) {
        return switch (file) {
            case java.nio.file.NoSuchFileException e -> labels.format("cli.fileRefused.missing");
            case java.nio.file.AccessDeniedException e -> labels.format("cli.fileRefused.denied");
            case java.nio.file.FileAlreadyExistsException e -> labels.format("cli.fileRefused.exists");
            case java.nio.file.NotDirectoryException e -> labels.format("cli.fileRefused.notFolder");
            case java.nio.file.DirectoryNotEmptyException e -> labels.format("cli.fileRefused.notEmpty");
            default -> labels.format("cli.fileRefused.other", file.getReason() != null ? file.getReason()
                    : file.getClass().getSimpleName());
        };
    }

    /** The language the failed command was asked to speak ({@code --lang}), else the system's. */
    private static org.citygov.application.report.i18n.Language languageOf(CommandLine failed) {
        return failed.getCommandSpec().mixins().values().stream()
                .map(CommandLine.Model.CommandSpec::userObject)
                .filter(LanguageOption.class::isInstance).map(LanguageOption.class::cast)
                .findFirst().orElseGet(LanguageOption::new).resolve();
    }

    /** Adds to the help of every command with options the environment or a config file may set how to set them. */
    private static void documentDefaults(CommandLine command) {
        List<String> settable = command.getCommandSpec().options().stream()
                .map(option -> option.longestName().replaceFirst("^--", ""))
                .filter(OptionDefaults.SETTABLE::contains).toList();
        if (!settable.isEmpty()) {
            CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
            List<String> footer = new ArrayList<>(List.of(usage.footer()));
            footer.add(OptionDefaults.footer(settable));
            usage.footer(footer.toArray(String[]::new));
        }
        command.getSubcommands().values().stream().distinct().forEach(CityGovCli::documentDefaults);
    }

    /** The exit status of a failure to start for a reason of operation. */
    static int exitStatus(StartupFailure.Kind kind) {
        return switch (kind) {
            case DATABASE_UNREACHABLE -> DATABASE_UNREACHABLE;
            case DATABASE_CREDENTIALS_REFUSED -> DATABASE_CREDENTIALS_REFUSED;
            case DATABASE_IN_USE -> DATABASE_IN_USE;
            case PORT_UNAVAILABLE -> PORT_UNAVAILABLE;
            case MIGRATION_FAILED -> MIGRATION_FAILED;
        };
    }
}
