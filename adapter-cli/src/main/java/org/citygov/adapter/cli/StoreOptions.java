package org.citygov.adapter.cli;

import java.nio.file.Path;

import org.citygov.adapter.cli.root.CompositionRoot;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which store a command works on: the embedded H2 database in a data directory (default {@code $CITYGOV_DATA} or
 * {@code ~/.citygov/data}), or a PostgreSQL database by JDBC URL, whose password comes from the environment variable
 * {@value #PASSWORD_VARIABLE} so that it never shows in a process list or a shell history.
 */
final class StoreOptions {

    static final String PASSWORD_VARIABLE = "CITYGOV_JDBC_PASSWORD";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the embedded database and the API tokens (default: $CITYGOV_DATA or"
                    + " ~/.citygov/data).")
    private Path dataDirectory;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "A PostgreSQL database instead, e.g. jdbc:postgresql://db.example:5432/citygov; the password"
                    + " is read from the environment variable " + PASSWORD_VARIABLE + ".")
    private String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "The PostgreSQL user (default: citygov).",
            defaultValue = "citygov")
    private String jdbcUser;

    @Option(names = "--signing-key", paramLabel = "FILE",
            description = "The Ed25519 key file that signs the linkage log's tree heads (default: linkage-signing.key"
                    + " in the data directory, created if missing). Every server in front of one PostgreSQL must be"
                    + " given the same file; see citygov log rotate-key.")
    private Path signingKey;

    /** The composition root wired to the chosen store; close it when done. */
    CompositionRoot open() {
        return open(true);
    }

    /**
     * The composition root wired to the chosen store; with {@code migrate} false a PostgreSQL schema is only
     * validated ({@link CompositionRoot.SchemaNotMigrated} when it is behind).
     */
    CompositionRoot open(boolean migrate) {
        if (jdbcUrl != null && dataDirectory != null) {
            throw new ParameterException(command.commandLine(), "choose one store: --data or --jdbc-url, not both");
        }
        if (jdbcUrl != null) {
            String password = System.getenv(PASSWORD_VARIABLE);
            return CompositionRoot.postgres(jdbcUrl, jdbcUser, password == null ? "" : password,
                    signingKeyFile(), migrate);
        }
        if (signingKey != null) {
            throw new ParameterException(command.commandLine(), "--signing-key is for a PostgreSQL store shared by"
                    + " several servers; the embedded store's key is linkage-signing.key in its data directory");
        }
        return CompositionRoot.embedded(dataDirectory != null ? dataDirectory : DataDirectory.defaultDirectory());
    }

    /** The signing key file: {@code --signing-key}, else linkage-signing.key in the data directory. */
    Path signingKeyFile() {
        return signingKey != null ? signingKey : CompositionRoot.linkageKeyFile(dataDirectory != null ? dataDirectory
                : DataDirectory.defaultDirectory());
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String jdbcUser() {
        return jdbcUser;
    }
}
