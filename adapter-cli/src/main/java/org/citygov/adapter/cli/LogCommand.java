package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.domain.linkage.LogVerification;

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
                    + " signed tree head; names the first entry altered, removed or reordered. Exit 0: intact;"
                    + " 1: tampered.")
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

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path data = dataDirectory != null ? dataDirectory : DataDirectory.defaultDirectory();
            String password = System.getenv(StoreOptions.PASSWORD_VARIABLE);
            LogVerification result = CompositionRoot.verifyLinkageLog(data, Optional.ofNullable(jdbcUrl), jdbcUser,
                    password == null ? "" : password, Optional.ofNullable(publicKey));
            return switch (result) {
                case LogVerification.Intact intact -> {
                    out.println("intact: " + intact.size() + " entries, root " + intact.rootHex() + ", "
                            + intact.treeHeadsChecked() + " signed tree heads checked");
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
