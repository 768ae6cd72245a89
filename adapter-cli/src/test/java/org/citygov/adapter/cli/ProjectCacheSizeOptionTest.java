package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code --project-cache-size}: a store option like the others (command line, {@code CITYGOV_PROJECT_CACHE_SIZE},
 * config key {@code project-cache-size}, built-in default), a bad value a usage error (exit 2) naming its source rather
 * than an internal error at startup.
 */
class ProjectCacheSizeOptionTest {

    private static final String EXAMPLE = Path.of("..", "examples", "education-data.json").toString();

    @TempDir
    Path temp;

    private StringWriter err;
    private int runs;

    private int importExample(Map<String, String> environment, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "import";
        args[1] = EXAMPLE;
        args[2] = "--data";
        args[3] = temp.resolve("data-" + ++runs).toString();
        System.arraycopy(more, 0, args, 4, more.length);
        err = new StringWriter();
        return CityGovCli.run(CompositionRoot.inMemory(), environment, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), args);
    }

    /** A command with only the store options, that answers the cache size they chose. */
    @CommandLine.Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store;

        int chosen = -1;

        @Override
        public Integer call() {
            chosen = store.projectCacheSize();
            return 0;
        }
    }

    private Probe probe(Map<String, String> environment, String... args) throws OptionDefaults.ConfigProblem {
        Probe probe = new Probe();
        CommandLine commandLine = new CommandLine(probe).setDefaultValueProvider(OptionDefaults.load(environment,
                args));
        err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        assertEquals(0, commandLine.execute(args), () -> err.toString());
        return probe;
    }

    @Test
    void projectCacheSize_whenGivenByEachSource_shouldTakeTheOneOfHighestPrecedence() throws Exception {
        Path file = temp.resolve("citygov.properties");
        Files.writeString(file, "project-cache-size=7\n");

        assertEquals(CompositionRoot.DEFAULT_PROJECT_CACHE_SIZE, probe(Map.of()).chosen);
        assertEquals(7, probe(Map.of(), "--config", file.toString()).chosen);
        assertEquals(5, probe(Map.of("CITYGOV_PROJECT_CACHE_SIZE", "5"), "--config", file.toString()).chosen);
        assertEquals(0, probe(Map.of("CITYGOV_PROJECT_CACHE_SIZE", "5"), "--project-cache-size", "0").chosen);
    }

    @Test
    void import_whenTheCacheSizeIsGood_shouldOpenTheStoreWithIt() {
        assertEquals(CityGovCli.OK, importExample(Map.of("CITYGOV_PROJECT_CACHE_SIZE", "0")), () -> err.toString());
        assertEquals(CityGovCli.OK, importExample(Map.of(), "--project-cache-size", "3"),
                () -> err.toString());
    }

    @Test
    void import_whenTheEnvironmentsCacheSizeIsNotANumber_shouldExitTwoNamingTheVariable() {
        int status = importExample(Map.of("CITYGOV_PROJECT_CACHE_SIZE", "lots"));

        assertEquals(CityGovCli.INVALID_INPUT, status, () -> err.toString());
        assertTrue(err.toString().lines().findFirst().orElse("")
                .contains("CITYGOV_PROJECT_CACHE_SIZE=lots: not a whole number of 0 or more"), () -> err.toString());
        assertFalse(err.toString().contains("internal error"), () -> err.toString());
    }

    @Test
    void import_whenTheConfigFilesCacheSizeIsNegative_shouldExitTwoNamingFileAndLine() throws IOException {
        Path file = temp.resolve("citygov.properties");
        Files.writeString(file, "# city\nproject-cache-size=-3\n");

        int status = importExample(Map.of(), "--config", file.toString());

        assertEquals(CityGovCli.INVALID_INPUT, status, () -> err.toString());
        assertTrue(err.toString().contains(file + ":2: project-cache-size=-3: not a whole number of 0 or more"),
                () -> err.toString());
    }

    @Test
    void import_whenTheCommandLinesCacheSizeIsNegative_shouldExitTwoNamingTheOption() {
        int status = importExample(Map.of(), "--project-cache-size", "-1");

        assertEquals(CityGovCli.INVALID_INPUT, status, () -> err.toString());
        assertTrue(err.toString().lines().findFirst().orElse("")
                .contains("--project-cache-size: a number of projects, 0 or more (0: no cache), got -1"),
                () -> err.toString());
        assertFalse(holdsDatabase(), "nothing was opened");
    }

    private boolean holdsDatabase() {
        return Files.exists(temp.resolve("data-" + runs).resolve("citygov.mv.db"));
    }
}
