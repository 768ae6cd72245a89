package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code citygov db migrate}: creates or upgrades a PostgreSQL database's schema as the role that owns the tables, so
 * that servers can run as a role that may not create or alter them ({@code serve --no-migrate}).
 */
@Command(name = "db", mixinStandardHelpOptions = true, description = "The PostgreSQL database's schema.", subcommands = DbCommand.Migrate.class)
final class DbCommand {

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = {"Creates or upgrades the schema of a PostgreSQL database (Flyway, forward-only), as"
                    + " --jdbc-user, which should be the role that owns the tables; the password is read from "
                    + StoreOptions.PASSWORD_VARIABLE + ".",
                    "With --grant-to ROLE, then grants ROLE what a server needs and no more: read every table, insert"
                            + " into the append-only ones (audit trail, linkage log, consent events), update the"
                            + " others; never create, alter, delete or own anything. Start servers as ROLE with"
                            + " serve --no-migrate.",
                    "Exit 0: migrated (the schema version is printed); 2: wrong command line, or no --jdbc-url; 69: database unreachable;"
                            + " 73: a migration or the grants failed (e.g. the role may not create tables, or ROLE"
                            + " does not exist); 77: credentials refused."})
    static final class Migrate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StoreOptions store;

        @Mixin
        private LanguageOption lang = new LanguageOption();

        @Option(names = "--grant-to", paramLabel = "ROLE",
                description = "An existing role the servers log in as, to be granted the rights a server needs.")
        private String grantTo;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            org.citygov.application.report.i18n.Labels l = org.citygov.application.report.i18n.Labels.of(
                    lang.resolve());
            if (grantTo != null && !grantTo.matches("[a-z_][a-z0-9_]{0,62}")) {
                spec.commandLine().getErr().println(l.format("cli.db.badRole", grantTo));
                return CityGovCli.INVALID_INPUT;
            }
            if (store.jdbcUrl().isEmpty()) {
                spec.commandLine().getErr().println(l.format("cli.db.noUrl", OptionDefaults.variable("jdbc-url")));
                return CityGovCli.INVALID_INPUT;
            }
            String version = CompositionRoot.migrateDatabase(store.jdbcUrl().get(), store.jdbcUser(),
                    StoreOptions.password(), Optional.ofNullable(grantTo));
            out.println(l.format("cli.db.migrated", version) + (grantTo == null ? ""
                    : l.format("cli.db.granted", grantTo)));
            return CityGovCli.OK;
        }
    }
}
