package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.adapter.cli.root.StartupFailure;

/**
 * What an operator meets when the surroundings are wrong: each is one line on standard error that says what is wrong
 * and what to do, with an exit status of its own, never an internal fault (70) with a stack trace.
 */
class OperationalErrorsTest {

    private static final String EXAMPLE = Path.of("..", "examples", "kashiwanoha-frailty.json").toString();

    /** A PostgreSQL that asks every user but its superuser for a password (scram-sha-256). */
    private static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectoryCustomizer(data -> {
            try {
                Files.writeString(data.toPath().resolve("pg_hba.conf"), String.join("\n",
                        "local all all trust",
                        "host all postgres 127.0.0.1/32 trust",
                        "host all postgres ::1/128 trust",
                        "host all all 127.0.0.1/32 scram-sha-256",
                        "host all all ::1/128 scram-sha-256", ""));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE citygov_app LOGIN PASSWORD 'right-password'");
            s.execute("CREATE DATABASE citygov OWNER citygov_app");
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    private record Run(int status, String out, String err, String logged) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Runs the command line; {@code logged} is what went to the process's standard error (the log). */
    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out, true),
                    new PrintWriter(err, true), args);
            return new Run(status, out.toString(), err.toString(), log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(stderr);
        }
    }

    private static void assertOneLine(Run run, int status, String contains) {
        assertEquals(status, run.status(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("citygov: ") && run.err().contains(contains), run::toString);
        assertTrue(!run.err().contains("\tat ") && !run.logged().contains("\tat "), run::toString);
        assertTrue(run.logged().lines().noneMatch(line -> line.contains("\"level\":\"ERROR\"")), run::toString);
    }

    @Test
    @Timeout(120)
    void import_whenAnotherProcessHoldsTheEmbeddedDatabase_shouldSaySoAndExit75() throws Exception {
        Path data = dir.resolve("data");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldEmbeddedStore.class.getName(), data.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = said.readLine()) != null && !line.equals("held")) {
                // the holder's start-up output, if any
            }
            assertEquals("held", line, "the second process did not open the store");

            Run run = run("import", EXAMPLE, "--data", data.toString());

            assertOneLine(run, CityGovCli.DATABASE_IN_USE, "in use by another process");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    @Timeout(120)
    void serve_whenThePortIsInUse_shouldSaySoAndExit78() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Run run = run("serve", "--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()),
                    "--data", dir.resolve("data").toString());

            assertOneLine(run, CityGovCli.PORT_UNAVAILABLE, "127.0.0.1:" + taken.getLocalPort()
                    + ": the port is in use");
        }
        // the store the failed serve opened was closed again: another command can open it
        assertEquals(CityGovCli.OK, run("import", EXAMPLE, "--data", dir.resolve("data").toString()).status());
    }

    @Test
    @Timeout(120)
    void import_whenNothingListensAtThePostgresAddress_shouldSaySoAndExit69() throws IOException {
        int unused;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            unused = probe.getLocalPort();
        }

        Run run = run("import", EXAMPLE, "--jdbc-url", "jdbc:postgresql://127.0.0.1:" + unused + "/citygov",
                "--jdbc-user", "citygov");

        assertOneLine(run, CityGovCli.DATABASE_UNREACHABLE, "cannot reach PostgreSQL");
    }

    @Test
    @Timeout(120)
    void import_whenNoPasswordIsGiven_shouldSaySoAndExit77() {
        Assumptions.assumeTrue(System.getenv(StoreOptions.PASSWORD_VARIABLE) == null,
                "this test runs without " + StoreOptions.PASSWORD_VARIABLE);

        Run run = run("import", EXAMPLE, "--jdbc-url", url(), "--jdbc-user", "citygov_app");

        assertOneLine(run, CityGovCli.DATABASE_CREDENTIALS_REFUSED, "set CITYGOV_JDBC_PASSWORD");
    }

    @Test
    @Timeout(120)
    void postgres_whenThePasswordIsWrong_shouldFailAsRefusedCredentialsWhichExit77() {
        StartupFailure failure = assertThrows(StartupFailure.class,
                () -> CompositionRoot.postgres(url(), "citygov_app", "wrong-password", dir.resolve("key")));

        assertEquals(StartupFailure.Kind.DATABASE_CREDENTIALS_REFUSED, failure.kind());
        assertTrue(failure.getMessage().contains("wrong password"), failure.getMessage());
        assertEquals(CityGovCli.DATABASE_CREDENTIALS_REFUSED, CityGovCli.exitStatus(failure.kind()));
        // and the right one opens it: the refusal was the password's
        CompositionRoot.postgres(url(), "citygov_app", "right-password", dir.resolve("key")).close();
    }

    private static String url() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/citygov";
    }
}
