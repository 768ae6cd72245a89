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

/**
 * {@code citygov log verify}: checks the whole data-linkage log and names the first tampered entry;
 * {@code citygov log seal-tail}: the operator's explicit signature over entries no signed head covers.
 */
@Command(name = "log", description = "The tamper-evident data-linkage log.",
        subcommands = {LogCommand.Verify.class, LogCommand.SealTail.class})
final class LogCommand {

    /**
     * Exit status of {@code log verify}: every entry chains, but the last ones are covered by no signed tree head, so
     * the log is not verified (anyone who can write the database could have appended them).
     */
    static final int UNSIGNED = 5;

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Checks every entry of the linkage log (leaf and chain hashes, sequence, order) and every"
                    + " signed tree head; names the first entry altered, removed or reordered. Entries cut from the"
                    + " end together with their signed heads leave a shorter log that checks: only a head kept outside"
                    + " the store (--trusted-head) shows them. Exit 0: intact; 1: tampered; 2: the trusted head file"
                    + " is invalid; 5: not verified, entries no signed head covers (see log seal-tail).")
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
                case LogVerification.Unsigned unsigned -> {
                    out.println("NOT VERIFIED: " + unsigned.describe() + " (" + unsigned.size()
                            + " entries, " + unsigned.treeHeadsChecked() + " signed tree heads checked). CityGov"
                            + " seals every batch in its commit, so unless the log was written before schema V7"
                            + " these entries were not written by CityGov. Entries the operator has checked are"
                            + " signed with: citygov log seal-tail --entries " + unsigned.firstUnsigned() + "-"
                            + (unsigned.size() - 1));
                    yield UNSIGNED;
                }
            };
        }
    }

    @Command(name = "seal-tail", mixinStandardHelpOptions = true,
            description = "Signs, with the data directory's signing key, a tree head over entries of the linkage log"
                    + " that no signed head covers, once the operator has checked that they are the city's own (a"
                    + " crash of a CityGov older than schema V7 between storing entries and signing their head)."
                    + " --entries must name exactly the entries log verify reported; nothing is signed otherwise,"
                    + " nor when the log is tampered. Exit 0: sealed, or nothing to seal; 1: tampered, nothing"
                    + " signed; 2: wrong command line; 4: the unsigned entries are not those named, nothing signed.")
    static final class SealTail implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR",
                description = "Directory of the embedded database and the signing key (default: $CITYGOV_DATA or"
                        + " ~/.citygov/data).")
        private Path dataDirectory;

        @Option(names = "--jdbc-url", paramLabel = "URL",
                description = "A PostgreSQL database instead; the password is read from " + StoreOptions.PASSWORD_VARIABLE
                        + ". The signing key is still the data directory's.")
        private String jdbcUrl;

        @Option(names = "--jdbc-user", paramLabel = "USER", defaultValue = "citygov",
                description = "The PostgreSQL user (default: citygov).")
        private String jdbcUser;

        @Option(names = "--entries", paramLabel = "FIRST-LAST", required = true,
                description = "The unsigned entries, as log verify names them (e.g. 998-1000).")
        private String entries;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            java.util.regex.Matcher range = java.util.regex.Pattern.compile("(\\d{1,18})-(\\d{1,18})")
                    .matcher(entries);
            if (!range.matches() || Long.parseLong(range.group(1)) > Long.parseLong(range.group(2))) {
                err.println("--entries: expected FIRST-LAST, two entry numbers with FIRST <= LAST, got " + entries);
                return CityGovCli.INVALID_INPUT;
            }
            long first = Long.parseLong(range.group(1));
            long last = Long.parseLong(range.group(2));
            Path data = dataDirectory != null ? dataDirectory : DataDirectory.defaultDirectory();
            String password = System.getenv(StoreOptions.PASSWORD_VARIABLE);
            LogVerification result = CompositionRoot.sealLinkageLogTail(data, Optional.ofNullable(jdbcUrl), jdbcUser,
                    password == null ? "" : password, first, last);
            return switch (result) {
                case LogVerification.Intact intact -> {
                    out.println("nothing to seal: every one of the " + intact.size() + " entries is covered by a"
                            + " signed tree head");
                    yield CityGovCli.OK;
                }
                case LogVerification.Tampered tampered -> {
                    out.println("TAMPERED: entry " + tampered.sequence() + " " + tampered.how() + ": "
                            + tampered.detail() + "; nothing was signed");
                    yield 1;
                }
                case LogVerification.Unsigned unsigned when unsigned.firstUnsigned() == first
                        && unsigned.size() - 1 == last -> {
                    out.println("sealed: entries " + first + " to " + last + " are now covered by a signed tree head"
                            + " of " + unsigned.size() + " entries");
                    yield CityGovCli.OK;
                }
                case LogVerification.Unsigned unsigned -> {
                    err.println("the unsigned entries are " + unsigned.firstUnsigned() + "-" + (unsigned.size() - 1)
                            + ", not " + entries + "; nothing was signed. Check them, then name them exactly");
                    yield CityGovCli.CONFLICT;
                }
            };
        }
    }
}
