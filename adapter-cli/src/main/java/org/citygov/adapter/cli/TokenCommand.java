package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.port.in.IssueToken;
import org.citygov.application.port.in.TokenInfo;
import org.citygov.domain.access.Role;
import org.citygov.domain.shared.Result;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code citygov token create|list|revoke}: the API's bearer tokens, kept as hashes in the data directory, or in the
 * PostgreSQL database with {@code --jdbc-url}.
 */
@Command(name = "token",
        mixinStandardHelpOptions = true,
        description = "Create, list and revoke the HTTP API's bearer tokens (only their SHA-256 is stored).",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say create, list or revoke");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a token and print it once: it cannot be shown again.",
                    "Roles: ADMIN (secretariat), ANALYST (edits projects, runs assessments), APPROVER (expert"
                            + " committee), PROVIDER (reads the projects where a stakeholder has NAME as id),"
                            + " AUDITOR (reads everything, changes nothing), CITIZEN (a data subject whose subject id"
                            + " is NAME: their own linkages, consents and correction requests only); on data"
                            + " platforms, OPERATOR, PROVIDER and USER act for the participant whose id is NAME."})
    static final class Create implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @CommandLine.Mixin
        private StoreOptions store;

        @CommandLine.Mixin
        private LanguageOption lang = new LanguageOption();

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "${COMPLETION-CANDIDATES}")
        private Role role;

        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "Who holds it, kebab-case (a PROVIDER's stakeholder or participant id, a CITIZEN's"
                        + " subject id, an OPERATOR's or USER's participant id).")
        private String name;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Result<IssueToken.IssuedToken> issued;
            try (CompositionRoot root = store.openTokens()) {
                issued = root.issueToken().issue(new IssueToken.Command(name, role));
            }
            return switch (issued) {
                case Result.Success<IssueToken.IssuedToken> s -> {
                    out.println(s.value().token());
                    out.flush();
                    err.println(org.citygov.application.report.i18n.Labels.of(lang.resolve()).format(
                            "cli.token.created", name, role.name()));
                    err.flush();
                    yield CityGovCli.OK;
                }
                case Result.Failure<IssueToken.IssuedToken> f -> {
                    err.println("citygov: " + lang.texts().text(f.message()));
                    err.flush();
                    yield CityGovCli.INVALID_INPUT;
                }
            };
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their values).")
    static final class ListTokens implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @CommandLine.Mixin
        private StoreOptions store;

        @CommandLine.Mixin
        private LanguageOption lang = new LanguageOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            org.citygov.application.report.i18n.Labels l = org.citygov.application.report.i18n.Labels.of(
                    lang.resolve());
            java.util.List<TokenInfo> tokens;
            try (CompositionRoot root = store.openTokens()) {
                tokens = root.manageTokens().list();
            }
            for (TokenInfo t : tokens) {
                // the role column: the code --role takes (English), its Japanese name with that code in Japanese
                out.println(t.name() + "\t" + l.get("cli.token.role." + t.role().name()) + "\t" + l.format("cli.token.created.at", t.createdAt().toString())
                        + "\t" + t.revokedAt().map(at -> l.format("cli.token.revoked.at", at.toString()))
                        .orElse(l.get("cli.token.active")));
            }
            out.flush();
            return CityGovCli.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke the active token of a name.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @CommandLine.Mixin
        private StoreOptions store;

        @Option(names = "--name", required = true, paramLabel = "NAME")
        private String name;

        @CommandLine.Mixin
        private LanguageOption lang = new LanguageOption();

        @Override
        public Integer call() {
            Result<TokenInfo> revoked;
            try (CompositionRoot root = store.openTokens()) {
                revoked = root.manageTokens().revoke(name);
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(revoked.isSuccess()
                    ? org.citygov.application.report.i18n.Labels.of(lang.resolve()).format("cli.token.revoked", name)
                    : "citygov: " + lang.texts().text(((Result.Failure<TokenInfo>) revoked).message()));
            err.flush();
            return revoked.isSuccess() ? CityGovCli.OK : CityGovCli.INVALID_INPUT;
        }
    }
}
