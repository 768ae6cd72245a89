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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code citygov log verify}: checks the whole data-linkage log and names the first tampered entry;
 * {@code citygov log seal-tail}: the operator's explicit signature over entries no signed head covers.
 */
@Command(name = "log", mixinStandardHelpOptions = true, description = "The tamper-evident data-linkage log.",
        subcommands = {LogCommand.Verify.class, LogCommand.SealTail.class, LogCommand.RotateKey.class})
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

        @Mixin
        private StoreOptions store;

        @Option(names = "--public-key", paramLabel = "FILE",
                description = "An Ed25519 public key the tree heads may be signed with (base64 X.509), as an auditor"
                        + " keeps it; repeat it for the keys a rotation replaced (each head names its key). Default:"
                        + " the keys in the signing key file (its own and those it replaced), else its .pub.")
        private java.util.List<Path> publicKeys = new java.util.ArrayList<>();

        @Option(names = "--trusted-head", paramLabel = "FILE",
                description = "A signed tree head kept outside the store: the JSON of GET /linkage-log/head, saved"
                        + " by an auditor. The log must still hold every entry it covers, with its root; without it,"
                        + " a log whose last entries were deleted together with their signed heads checks as intact.")
        private Path trustedHead;

        @Mixin
        private LanguageOption lang = new LanguageOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<String> jdbcUrl = store.jdbcUrl(true);
            org.citygov.domain.linkage.LogKeys keys = CompositionRoot.linkagePublicKeys(store.signingKeyFile(),
                    publicKeys);
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
                        if (!ok.value().namesKeyAmong(keys)) {
                            out.println("note: " + trustedHead + " names another public key than those the log is"
                                    + " checked with; its signature is checked with the latter");
                        }
                        trusted = Optional.of(ok.value().signedTreeHead());
                    }
                }
            }
            LogVerification result = CompositionRoot.verifyLinkageLog(store.dataDirectory(), jdbcUrl,
                    store.jdbcUser(), StoreOptions.password(), keys, trusted);
            org.citygov.application.report.i18n.DomainTexts texts = lang.texts();
            org.citygov.application.report.i18n.Labels l = org.citygov.application.report.i18n.Labels.of(
                    texts.language());
            return switch (result) {
                case LogVerification.Intact intact -> {
                    out.println(l.format("log.verify.intact", String.valueOf(intact.size()), intact.rootHex(),
                            String.valueOf(intact.treeHeadsChecked()))
                            + (trusted.isPresent() ? l.format("log.verify.trustedAmong",
                            String.valueOf(trusted.get().treeSize())) : l.get("log.verify.noTrusted")));
                    yield CityGovCli.OK;
                }
                case LogVerification.Tampered tampered -> {
                    out.println(l.format("log.verify.tampered", String.valueOf(tampered.sequence()),
                            tamperingName(l, tampered.how()), texts.text(tampered.detail())));
                    yield 1;
                }
                case LogVerification.Unsigned unsigned -> {
                    out.println(l.format("log.verify.unsigned", texts.text(unsigned.describe()),
                            String.valueOf(unsigned.size()), String.valueOf(unsigned.treeHeadsChecked()),
                            String.valueOf(unsigned.firstUnsigned()), String.valueOf(unsigned.size() - 1)));
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

        @Mixin
        private StoreOptions store;

        @Option(names = "--entries", paramLabel = "FIRST-LAST", required = true,
                description = "The unsigned entries, as log verify names them (e.g. 998-1000).")
        private String entries;

        @Mixin
        private LanguageOption lang = new LanguageOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            org.citygov.application.report.i18n.DomainTexts texts = lang.texts();
            org.citygov.application.report.i18n.Labels l = org.citygov.application.report.i18n.Labels.of(
                    texts.language());
            java.util.regex.Matcher range = java.util.regex.Pattern.compile("(\\d{1,18})-(\\d{1,18})")
                    .matcher(entries);
            if (!range.matches() || Long.parseLong(range.group(1)) > Long.parseLong(range.group(2))) {
                err.println(l.format("cli.seal.badEntries", entries));
                return CityGovCli.INVALID_INPUT;
            }
            long first = Long.parseLong(range.group(1));
            long last = Long.parseLong(range.group(2));
            LogVerification result = CompositionRoot.sealLinkageLogTail(store.dataDirectory(),
                    store.signingKeyFile(), store.jdbcUrl(true), store.jdbcUser(), StoreOptions.password(), first,
                    last);
            return switch (result) {
                case LogVerification.Intact intact -> {
                    out.println(l.format("cli.seal.nothing", String.valueOf(intact.size())));
                    yield CityGovCli.OK;
                }
                case LogVerification.Tampered tampered -> {
                    out.println(l.format("cli.seal.tampered", String.valueOf(tampered.sequence()),
                            tamperingName(l, tampered.how()), texts.text(tampered.detail())));
                    yield 1;
                }
                case LogVerification.Unsigned unsigned when unsigned.firstUnsigned() == first
                        && unsigned.size() - 1 == last -> {
                    out.println(l.format("cli.seal.sealed", String.valueOf(first), String.valueOf(last),
                            String.valueOf(unsigned.size())));
                    yield CityGovCli.OK;
                }
                case LogVerification.Unsigned unsigned -> {
                    err.println(l.format("cli.seal.mismatch", String.valueOf(unsigned.firstUnsigned()),
                            String.valueOf(unsigned.size() - 1), entries));
                    yield CityGovCli.CONFLICT;
                }
            };
        }
    }

    @Command(name = "rotate-key", mixinStandardHelpOptions = true,
            description = {"Replaces the key that signs the linkage log's tree heads with a new one. The key file keeps"
                    + " the public keys of the keys it replaced, so every head signed so far still verifies; FILE.pub"
                    + " becomes the new public key, and the old one is kept as FILE.<key id>.pub: give it, and the"
                    + " new one, to auditors (log verify --public-key OLD --public-key NEW).",
                    "Every server sharing the log must then be restarted with the new file (one at a time is fine:"
                            + " heads are checked with the key each names). Only --data and --signing-key of the"
                            + " store options are used: the key file is all this changes. Exit 0: rotated;"
                            + " 3: no key file."})
    static final class RotateKey implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StoreOptions store;

        @Override
        public Integer call() {
            Path file = store.signingKeyFile();
            if (!java.nio.file.Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("citygov: no signing key file " + file + "; nothing to rotate");
                return CityGovCli.NOT_FOUND;
            }
            java.util.List<String> ids = CompositionRoot.rotateLinkageKey(file);
            spec.commandLine().getOut().println("rotated: heads are now signed with key " + ids.get(0) + "; key "
                    + ids.get(1) + " is kept for verifying earlier heads (public key in " + file.getFileName() + "."
                    + ids.get(1) + ".pub). Restart every server with " + file);
            return CityGovCli.OK;
        }
    }

    /** A tampering kind: its code in English (as the output has always shown it), its name in Japanese. */
    static String tamperingName(org.citygov.application.report.i18n.Labels l, LogVerification.Tampering how) {
        return l.language() == org.citygov.application.report.i18n.Language.EN ? how.name() : l.of(how);
    }
}
