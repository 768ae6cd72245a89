package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.port.out.LinkageLogNotVerified;
import org.citygov.domain.catalogue.MonitoringThresholds;
import org.citygov.domain.shared.Result;
import org.citygov.domain.linkage.LogVerification;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code citygov serve}: the HTTP API, until SIGTERM or Ctrl-C, then a graceful stop. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API (document at /openapi.json, browsable at /docs).",
                "Prints one JSON line per request on standard output. Stops gracefully on SIGTERM or Ctrl-C:"
                        + " /ready turns 503, requests in progress finish (for at most --drain-seconds), then the"
                        + " server stops.",
                "Several servers may share one PostgreSQL database: give each the same --signing-key file; each"
                        + " follows the consents and rule changes the others store. Exit 76: the schema is not"
                        + " migrated (with --no-migrate)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port to listen on; 0 for any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    private String host;

    @Mixin
    private StoreOptions store;

    @Mixin
    private LanguageOption lang = new LanguageOption();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            description = "An origin whose browser pages may call the API, e.g. https://portal.example.org;"
                    + " repeat for more, or separate them with commas (default: none).")
    private List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Larger request bodies are refused with 413 (default: ${DEFAULT-VALUE}).")
    private long maxBodyBytes;

    @Option(names = "--no-migrate",
            description = "Do not create or upgrade the PostgreSQL schema, only check that it is migrated (run citygov"
                    + " db migrate as the owning role first); the server may then log in as a role that cannot"
                    + " create or alter tables.")
    private boolean noMigrate;

    @Option(names = "--drain-seconds", paramLabel = "S", defaultValue = "30",
            description = "On SIGTERM, how long requests in progress may take to finish before the server stops"
                    + " anyway (default: ${DEFAULT-VALUE}).")
    private int drainSeconds;

    @Option(names = "--monitoring", paramLabel = "KEY=VALUE",
            description = {"A threshold of the linkage monitor (issue 13), repeatable; every one is a CityGov"
                    + " default, not the guideline's or a law's: burstWindow=PT10M and burstDenials=10 (DENIAL_BURST),"
                    + " outsideWindow=PT1H and outsideRequests=1 (OUTSIDE_AGREEMENTS), volumeWindow=PT1H,"
                    + " baselineWindows=24, minimumHistory=6, volumeFactor=5 and volumeMinimum=50"
                    + " (VOLUME_ABOVE_BASELINE). Durations are ISO 8601. Unknown keys and bad values: exit 2.",
                    "Each server watches the decisions it makes itself; alerts are stored in the database, each"
                            + " once (its id is made from kind, party and instant)."})
    private java.util.Map<String, String> monitoring = new java.util.LinkedHashMap<>();

    /**
     * Whether the server can listen on {@code host}: the wildcard address, a loopback address, or an address of one of
     * this machine's interfaces, given as such or as a name that resolves to one.
     */
    static boolean isOwnAddress(String host) {
        try {
            java.net.InetAddress address = java.net.InetAddress.getByName(host);
            return address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || java.net.NetworkInterface.getByInetAddress(address) != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Exit status when the schema is not migrated and serve was told not to migrate it (sysexits EX_CONFIG). */
    static final int SCHEMA_NOT_MIGRATED = 76;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        org.citygov.application.report.i18n.Labels l = org.citygov.application.report.i18n.Labels.of(lang.resolve());
        if (drainSeconds < 0) {
            err.println(l.format("cli.serve.badDrain", String.valueOf(drainSeconds)));
            return CityGovCli.INVALID_INPUT;
        }
        if (port < 0 || port > 65535) {
            err.println(l.format("cli.serve.badPort", OptionDefaults.describe(spec, "port"), String.valueOf(port)));
            return CityGovCli.INVALID_INPUT;
        }
        if (maxBodyBytes < 1) {
            err.println(l.format("cli.serve.badBodyLimit", OptionDefaults.describe(spec, "max-body-bytes"),
                    String.valueOf(maxBodyBytes)));
            return CityGovCli.INVALID_INPUT;
        }
        if (!isOwnAddress(host)) {
            err.println(l.format("cli.serve.badHost", OptionDefaults.describe(spec, "host"), host));
            return CityGovCli.INVALID_INPUT;
        }
        Result<MonitoringThresholds> thresholds = CompositionRoot.monitoringThresholds(monitoring);
        if (thresholds instanceof Result.Failure<MonitoringThresholds> bad) {
            bad.violations().forEach(v -> err.println("citygov: --monitoring " + v.path().replaceFirst(
                    "^monitoring\\.?", "") + ": " + v.message()));
            return CityGovCli.INVALID_INPUT;
        }
        CompositionRoot root;
        try {
            root = store.open(!noMigrate).monitoringWith(thresholds.orElseThrow());
        } catch (CompositionRoot.SchemaNotMigrated notMigrated) {
            err.println(l.format("cli.serve.notServing", notMigrated.getMessage()));
            return SCHEMA_NOT_MIGRATED;
        }
        AtomicBoolean ready = new AtomicBoolean(true);
        CompositionRoot.HttpServer server;
        try {
            server = root.startHttp(host, port, maxBodyBytes, corsOrigins, line -> System.out.println(line),
                    ready::get);
        } catch (LinkageLogNotVerified refused) {
            root.close();
            err.println(l.format("cli.serve.notServing", refused.getMessage()));
            return refused.verification() instanceof LogVerification.Unsigned ? LogCommand.UNSIGNED : 1;
        } catch (RuntimeException e) {
            root.close();
            throw e;
        }
        err.println(l.format("cli.serve.serving", host, String.valueOf(server.port()), root.description()));
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ready.set(false);
            if (!server.stop(java.time.Duration.ofSeconds(drainSeconds))) {
                System.err.println(l.format("cli.serve.cutOff", String.valueOf(drainSeconds)));
            }
            root.close();
            System.err.println(l.get("cli.serve.stopped"));
            stopped.countDown();
        }, "citygov-shutdown"));
        stopped.await();
        return CityGovCli.OK;
    }
}
