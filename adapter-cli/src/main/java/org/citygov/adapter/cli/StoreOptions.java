package org.citygov.adapter.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.citygov.adapter.cli.root.CompositionRoot;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which store a command works on, the one set of options every command that opens a store takes: the embedded H2
 * database in a data directory (default {@code $CITYGOV_DATA} or {@code ~/.citygov/data}), or a PostgreSQL database by
 * JDBC URL, whose password comes from the environment variable {@value #PASSWORD_VARIABLE} so that it never shows in a
 * process list or a shell history. Each option may also come from the environment or a config file
 * ({@link OptionDefaults}).
 *
 * <p>Which store: the one named at the higher level of precedence (command line, environment, config file); naming
 * both {@code --data} and {@code --jdbc-url} on the command line is refused. When both come from the environment or
 * the config file, the store is PostgreSQL and the data directory only holds the default signing key.
 */
final class StoreOptions {

    static final String PASSWORD_VARIABLE = "CITYGOV_JDBC_PASSWORD";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the embedded database, the API tokens and the signing key (default:"
                    + " $CITYGOV_DATA or ~/.citygov/data).")
    private Path dataDirectory;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "A PostgreSQL database instead, e.g. jdbc:postgresql://db.example:5432/citygov; the password"
                    + " is read from the environment variable " + PASSWORD_VARIABLE + ".")
    private String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "The PostgreSQL user (default:"
            + " ${DEFAULT-VALUE}).", defaultValue = "citygov")
    private String jdbcUser;

    @Option(names = "--signing-key", paramLabel = "FILE",
            description = "The Ed25519 key file that signs the linkage log's tree heads (default: linkage-signing.key"
                    + " in the data directory, created if missing). Every server in front of one PostgreSQL must be"
                    + " given the same file; see citygov log rotate-key.")
    private Path signingKey;

    @Option(names = "--project-cache-size", paramLabel = "N",
            description = "Parsed projects kept in memory for reads of an unchanged version, 0 to turn the cache"
                    + " off (default: ${DEFAULT-VALUE}, a CityGov default; see docs/scaling.md).",
            defaultValue = "" + CompositionRoot.DEFAULT_PROJECT_CACHE_SIZE)
    private int projectCacheSize;

    @Option(names = OptionDefaults.CONFIG_OPTION, paramLabel = "FILE",
            description = "A properties file of defaults for these options, keyed by option name (e.g."
                    + " jdbc-url=jdbc:postgresql://db/citygov); default: $" + OptionDefaults.CONFIG_VARIABLE + ".")
    private Path config;

    /** The composition root wired to the chosen store; close it when done. */
    CompositionRoot open() {
        return open(true);
    }

    /**
     * The composition root wired to the chosen store; with {@code migrate} false a PostgreSQL schema is only
     * validated ({@link CompositionRoot.SchemaNotMigrated} when it is behind).
     */
    CompositionRoot open(boolean migrate) {
        int cacheSize = projectCacheSize();
        Optional<String> url = jdbcUrl();
        if (url.isPresent()) {
            return CompositionRoot.postgres(url.get(), jdbcUser, password(), signingKeyFile(), migrate, cacheSize);
        }
        if (signingKey != null) {
            throw new ParameterException(command.commandLine(), OptionDefaults.describe(command, "signing-key")
                    + " is for a PostgreSQL store shared by several servers; the embedded store's key is"
                    + " linkage-signing.key in its data directory");
        }
        return CompositionRoot.embedded(dataDirectory(), cacheSize);
    }

    /**
     * {@code --project-cache-size}: 0 or more, else a usage error (exit 2) naming where the value came from (the
     * environment and the config file are checked as they are read, {@link OptionDefaults}).
     */
    int projectCacheSize() {
        if (projectCacheSize < 0) {
            throw new ParameterException(command.commandLine(), OptionDefaults.describe(command, "project-cache-size")
                    + ": a number of projects, 0 or more (0: no cache), got " + projectCacheSize);
        }
        return projectCacheSize;
    }

    /**
     * Only the API tokens of the chosen store: {@code tokens.json} in the data directory (beside the embedded
     * database, which a running server holds open, so it is not opened here), or the PostgreSQL database.
     */
    CompositionRoot openTokens() {
        Optional<String> url = jdbcUrl();
        return url.isPresent() ? CompositionRoot.tokensOnlyPostgres(url.get(), jdbcUser, password())
                : CompositionRoot.tokensOnly(dataDirectory());
    }

    /**
     * The PostgreSQL database chosen, if any: {@code --jdbc-url} unless {@code --data} was given at a higher level of
     * precedence (then the embedded store is meant).
     */
    Optional<String> jdbcUrl() {
        return jdbcUrl(false);
    }

    /**
     * As {@link #jdbcUrl()}; with {@code dataForKeysOnly}, for the log commands, {@code --data} and {@code --jdbc-url}
     * both on the command line mean PostgreSQL with the signing key in the data directory.
     */
    Optional<String> jdbcUrl(boolean dataForKeysOnly) {
        if (jdbcUrl == null) {
            return Optional.empty();
        }
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            // the embedded H2 store is chosen with --data; another database is not supported
            throw new ParameterException(command.commandLine(), OptionDefaults.describe(command, "jdbc-url")
                    + " must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE), got \"" + jdbcUrl
                    + "\"; the embedded store is chosen with --data");
        }
        if (dataDirectory == null) {
            return Optional.of(jdbcUrl);
        }
        OptionDefaults.Source url = OptionDefaults.source(command, "jdbc-url");
        OptionDefaults.Source data = OptionDefaults.source(command, "data");
        if (url == OptionDefaults.Source.COMMAND_LINE && data == OptionDefaults.Source.COMMAND_LINE
                && !dataForKeysOnly) {
            throw new ParameterException(command.commandLine(), "choose one store: --data or --jdbc-url, not both");
        }
        return data.compareTo(url) < 0 ? Optional.empty() : Optional.of(jdbcUrl);
    }

    /** The data directory: {@code --data} (or its environment variable or config key), else the default. */
    Path dataDirectory() {
        return dataDirectory != null ? dataDirectory : DataDirectory.defaultDirectory();
    }

    /** The signing key file: {@code --signing-key}, else linkage-signing.key in the data directory. */
    Path signingKeyFile() {
        return signingKey != null ? signingKey : CompositionRoot.linkageKeyFile(dataDirectory());
    }

    String jdbcUser() {
        return jdbcUser;
    }

    /** The PostgreSQL password, from {@value #PASSWORD_VARIABLE} only (empty when unset). */
    static String password() {
        String password = System.getenv(PASSWORD_VARIABLE);
        return password == null ? "" : password;
    }
}
