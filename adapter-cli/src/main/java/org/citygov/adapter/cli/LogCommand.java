package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.DocumentReader;
import org.citygov.application.input.Parsed;
import org.citygov.application.input.Problem;
import org.citygov.application.report.TreeHeadDocument;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.SignedTreeHead;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code citygov log verify}: checks the whole data-linkage log and names the first tampered entry. */
@Command(name = "log", description = "The tamper-evident data-linkage log.",
        subcommands = LogCommand.Verify.class)
final class LogCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Checks every entry of the linkage log (leaf and chain hashes, sequence, order) and every"
                    + " signed tree head; names the first entry altered, removed or reordered. Entries cut from the"
                    + " end together with their signed heads leave a shorter log that checks: only a head kept outside"
                    + " the store (--trusted-head) shows them. Exit 0: intact; 1: tampered; 2: the trusted head file"
                    + " is invalid.")
    static final class Verify implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR",
                description = "Directory of the embedded database and the signing key (default: $CITYGOV_DATA or"
                        + " ~/.citygov/data).")
        private Path dataDirectory;

        @Option(names = "--jdbc-url", paramLabel = "URL",
                description = "A PostgreSQL database instead; the password is read from " + StoreOptions.PASSWORD_VARIABLE
                        + ".")
        private String jdbcUrl;

        @Option(names = "--jdbc-user", paramLabel = "USER", defaultValue = "citygov",
                description = "The PostgreSQL user (default: citygov).")
        private String jdbcUser;

        @Option(names = "--public-key", paramLabel = "FILE",
                description = "The Ed25519 public key the tree heads must be signed with (base64 X.509), as an auditor"
                        + " keeps it (default: linkage-signing.key.pub in the data directory).")
        private Path publicKey;

        @Option(names = "--trusted-head", paramLabel = "FILE",
                description = "A signed tree head kept outside the store: the JSON of GET /linkage-log/head, saved"
                        + " by an auditor. The log must still hold every entry it covers, with its root; without it,"
                        + " a log whose last entries were deleted together with their signed heads checks as intact.")
        private Path trustedHead;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path data = dataDirectory != null ? dataDirectory : DataDirectory.defaultDirectory();
            PublicKey key = CompositionRoot.linkagePublicKey(data, Optional.ofNullable(publicKey));
            Optional<SignedTreeHead> trusted = Optional.empty();
            if (trustedHead != null) {
                switch (new DocumentReader().read(trustedHead, TreeHeadDocument.class)) {
                    case Parsed.Problems<TreeHeadDocument> problems -> {
                        err.println(trustedHead + ": " + problems.problems().size()
                                + (problems.problems().size() == 1 ? " problem" : " problems")
                                + "; the log was not verified");
                        for (Problem problem : problems.problems()) {
                            err.println("  " + problem);
                        }
                        return CityGovCli.INVALID_INPUT;
                    }
                    case Parsed.Ok<TreeHeadDocument> ok -> {
                        if (!ok.value().namesKey(key)) {
                            out.println("note: " + trustedHead + " names another public key than the one the log is"
                                    + " checked with; its signature is checked with the latter");
                        }
                        trusted = Optional.of(ok.value().signedTreeHead());
                    }
                }
            }
            String password = System.getenv(StoreOptions.PASSWORD_VARIABLE);
            LogVerification result = CompositionRoot.verifyLinkageLog(data, Optional.ofNullable(jdbcUrl), jdbcUser,
                    password == null ? "" : password, key, trusted);
            return switch (result) {
                case LogVerification.Intact intact -> {
                    out.println("intact: " + intact.size() + " entries, root " + intact.rootHex() + ", "
                            + intact.treeHeadsChecked() + " signed tree heads checked"
                            + (trusted.isPresent() ? ", the trusted one of " + trusted.get().treeSize()
                            + " entries among them" : " (none kept outside the store: a tail cut together with its"
                            + " heads would not show; see --trusted-head)"));
                    yield CityGovCli.OK;
                }
                case LogVerification.Tampered tampered -> {
                    out.println("TAMPERED: entry " + tampered.sequence() + " " + tampered.how() + ": "
                            + tampered.detail());
                    yield 1;
                }
            };
        }
    }
}
