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

import org.citygov.adapter.cli.root.CompositionRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store and server options from the environment and a config file: each source, their precedence (command line,
 * environment, config file, built-in default), and bad values refused with exit 2 and their source named.
 */
class OptionDefaultsTest {

    private static final String EXAMPLE = Path.of("..", "examples", "education-data.json").toString();

    @TempDir
    Path temp;

    private StringWriter out;
    private StringWriter err;

    private int run(Map<String, String> environment, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CityGovCli.run(CompositionRoot.inMemory(), environment, new PrintWriter(out, true),
                new PrintWriter(err, true), args);
    }

    /** Imports the example, so that the store it lands in shows which data directory was chosen. */
    private int importInto(Map<String, String> environment, String... more) {
        String[] args = new String[2 + more.length];
        args[0] = "import";
        args[1] = EXAMPLE;
        System.arraycopy(more, 0, args, 2, more.length);
        return run(environment, args);
    }

    private static boolean holdsDatabase(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (var files = Files.list(directory)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"));
        }
    }

    private Path config(String text) throws IOException {
        Path file = temp.resolve("citygov.properties");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void import_whenTheJdbcUrlIsNotPostgres_shouldRefuseItAsInvalidInputNamingItsSource() {
        String h2 = "jdbc:h2:file:" + temp.resolve("other") + ";WRITE_DELAY=0";

        int fromCommandLine = importInto(Map.of(), "--jdbc-url", h2);
        String commandLineError = err.toString();
        int fromEnvironment = importInto(Map.of("CITYGOV_JDBC_URL", h2));

        assertEquals(CityGovCli.INVALID_INPUT, fromCommandLine, commandLineError);
        assertTrue(commandLineError.contains("--jdbc-url must be a PostgreSQL JDBC URL"), commandLineError);
        assertEquals(CityGovCli.INVALID_INPUT, fromEnvironment, err::toString);
        assertTrue(err.toString().contains("CITYGOV_JDBC_URL must be a PostgreSQL JDBC URL"), err::toString);
        assertTrue(!err.toString().contains("internal error"), err::toString);
    }

    @Test
    void import_whenDataDirectoryInEnvironment_shouldUseIt() throws IOException {
        Path fromEnvironment = temp.resolve("env");

        int status = importInto(Map.of("CITYGOV_DATA", fromEnvironment.toString()));

        assertEquals(CityGovCli.OK, status, () -> err.toString());
        assertTrue(holdsDatabase(fromEnvironment));
    }

    @Test
    void import_whenDataDirectoryInConfigFile_shouldUseIt() throws IOException {
        Path fromFile = temp.resolve("file");
        Path file = config("# the city's settings\ndata = " + fromFile + "\n");

        int status = importInto(Map.of(), "--config", file.toString());

        assertEquals(CityGovCli.OK, status, () -> err.toString());
        assertTrue(holdsDatabase(fromFile));
    }

    @Test
    void import_whenConfigFileNamedByEnvironment_shouldReadIt() throws IOException {
        Path fromFile = temp.resolve("file");
        Path file = config("data=" + fromFile + "\n");

        int status = importInto(Map.of("CITYGOV_CONFIG", file.toString()));

        assertEquals(CityGovCli.OK, status, () -> err.toString());
        assertTrue(holdsDatabase(fromFile));
    }

    @Test
    void import_whenSetEverywhere_shouldPreferCommandLineThenEnvironmentThenFile() throws IOException {
        Path cli = temp.resolve("cli");
        Path env = temp.resolve("env");
        Path fromFile = temp.resolve("file");
        Path file = config("data=" + fromFile + "\n");

        assertEquals(CityGovCli.OK, importInto(Map.of("CITYGOV_DATA", env.toString()), "--config", file.toString(),
                "--data", cli.toString()), () -> err.toString());
        assertTrue(holdsDatabase(cli));
        assertFalse(holdsDatabase(env));
        assertFalse(holdsDatabase(fromFile));

        assertEquals(CityGovCli.OK, importInto(Map.of("CITYGOV_DATA", env.toString()), "--config", file.toString()),
                () -> err.toString());
        assertTrue(holdsDatabase(env));
        assertFalse(holdsDatabase(fromFile));
    }

    @Test
    void import_whenDataOnCommandLineAndJdbcUrlInEnvironment_shouldUseTheEmbeddedStore() throws IOException {
        Path cli = temp.resolve("cli");

        // nothing listens on port 1: had the environment's URL been taken, the import would fail with status 69
        int status = importInto(Map.of("CITYGOV_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/citygov"),
                "--data", cli.toString());

        assertEquals(CityGovCli.OK, status, () -> err.toString());
        assertTrue(holdsDatabase(cli));
    }

    @Test
    void import_whenJdbcUrlInEnvironmentAndNoData_shouldUsePostgres() {
        int status = importInto(Map.of("CITYGOV_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/citygov",
                "CITYGOV_DATA", temp.resolve("keys").toString()));

        assertEquals(CityGovCli.DATABASE_UNREACHABLE, status, () -> err.toString());
    }

    @Test
    void serve_whenPortInEnvironmentIsNotANumber_shouldExitTwoNamingTheVariable() {
        int status = run(Map.of("CITYGOV_PORT", "abc", "CITYGOV_DATA", temp.toString()), "serve");

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("CITYGOV_PORT=abc: not a port number"), () -> err.toString());
    }

    @Test
    void serve_whenPortInConfigFileOutOfRange_shouldExitTwoNamingFileAndLine() throws IOException {
        Path file = config("host=0.0.0.0\nport=70000\n");

        int status = run(Map.of("CITYGOV_DATA", temp.toString()), "serve", "--config", file.toString());

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains(file + ":2: port=70000: not a port number"), () -> err.toString());
    }

    @Test
    void serve_whenBadEnvironmentValueOverriddenOnCommandLine_shouldTakeTheCommandLine() {
        // the command line's --drain-seconds -1 is what serve refuses (before opening any store), not the variable
        int status = run(Map.of("CITYGOV_DRAIN_SECONDS", "soon", "CITYGOV_DATA", temp.toString()), "serve",
                "--drain-seconds", "-1");

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("--drain-seconds must be 0 or more, got -1"), () -> err.toString());
        assertFalse(err.toString().contains("CITYGOV_DRAIN_SECONDS"), () -> err.toString());
    }

    @Test
    void serve_whenThePortIsOutOfRangeOnTheCommandLine_shouldExitTwoAndNotStart() {
        int status = run(Map.of("CITYGOV_DATA", temp.toString()), "serve", "--port", "99999");

        assertEquals(CityGovCli.INVALID_INPUT, status, err::toString);
        assertTrue(err.toString().contains("--port must be a port number from 0 to 65535 (0: any free port), got"
                + " 99999"), err::toString);
        assertFalse(err.toString().contains("internal error"), err::toString);
    }

    @Test
    void serve_whenTheBodyLimitFromTheEnvironmentIsZero_shouldExitTwoNamingTheVariable() {
        int status = run(Map.of("CITYGOV_MAX_BODY_BYTES", "0", "CITYGOV_DATA", temp.toString()), "serve");

        assertEquals(CityGovCli.INVALID_INPUT, status, err::toString);
        assertTrue(err.toString().contains("CITYGOV_MAX_BODY_BYTES must be 1 byte or more, got 0"), err::toString);
    }

    @Test
    void serve_whenTheHostIsNotAnAddressOfThisMachine_shouldExitTwoNamingIt() {
        // 192.0.2.1 is a documentation address (RFC 5737): no interface here has it, and no name lookup is needed
        int status = run(Map.of("CITYGOV_DATA", temp.toString()), "serve", "--port", "0", "--host", "192.0.2.1");

        assertEquals(CityGovCli.INVALID_INPUT, status, err::toString);
        assertTrue(err.toString().contains("--host 192.0.2.1 is neither an address of this machine"), err::toString);
        assertTrue(ServeCommand.isOwnAddress("127.0.0.1") && ServeCommand.isOwnAddress("0.0.0.0"),
                "the loopback and wildcard addresses are this machine's");
    }

    @Test
    void serve_whenEnvironmentSetsDrainSeconds_shouldApplyItsValue() {
        int status = run(Map.of("CITYGOV_DRAIN_SECONDS", "-5", "CITYGOV_DATA", temp.toString()), "serve");

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("CITYGOV_DRAIN_SECONDS=-5: not a whole number of 0 or more"),
                () -> err.toString());
    }

    @Test
    void run_whenConfigFileHasUnknownKey_shouldExitTwoNamingFileLineAndKey() throws IOException {
        Path file = config("data=/tmp/x\njdbc_url=jdbc:postgresql://db/citygov\n");

        int status = importInto(Map.of(), "--config", file.toString());

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains(file + ":2: unknown key \"jdbc_url\""), () -> err.toString());
    }

    @Test
    void run_whenConfigFileLineHasNoValue_shouldExitTwo() throws IOException {
        Path file = config("port 8080\n");

        int status = importInto(Map.of(), "--config", file.toString());

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains(file + ":1: expected option=value"), () -> err.toString());
    }

    @Test
    void run_whenConfigFileMissing_shouldExitTwoNamingIt() {
        Path missing = temp.resolve("missing.properties");

        int status = importInto(Map.of("CITYGOV_CONFIG", missing.toString()));

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains(missing + ": cannot read the config file (CITYGOV_CONFIG="),
                () -> err.toString());
    }

    @Test
    void serveHelp_shouldShowTheEnvironmentsValueAndThePrecedence() {
        int status = run(Map.of("CITYGOV_PORT", "9090"), "serve", "--help");

        assertEquals(CityGovCli.OK, status);
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("(default: 9090)"), help);
        assertTrue(help.contains("CITYGOV_MAX_BODY_BYTES"), help);
        assertTrue(help.contains("Precedence: command line, then environment, then"
                + " config file, then the built-in default."), help);
    }

    @Test
    void dbMigrate_whenNoJdbcUrlFromAnySource_shouldExitTwoSayingSo() {
        int status = run(Map.of(), "db", "migrate");

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("a PostgreSQL database is needed"), () -> err.toString());
    }

    @Test
    void variable_shouldBeTheOptionInUpperSnakeCase() {
        assertEquals("CITYGOV_MAX_BODY_BYTES", OptionDefaults.variable("max-body-bytes"));
        assertEquals("CITYGOV_JDBC_URL", OptionDefaults.variable("jdbc-url"));
    }
}
