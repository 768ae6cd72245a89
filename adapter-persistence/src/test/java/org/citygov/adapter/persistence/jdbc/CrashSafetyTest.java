package org.citygov.adapter.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is writing projects with SIGKILL, reopens the database, and checks that every save the store
 * had acknowledged is there and intact: on the embedded H2 file and on PostgreSQL.
 */
class CrashSafetyTest {

    private static final Pattern ACK = Pattern.compile("ACK (\\S+) (\\d+) END");
    /** Kill after this many acknowledged saves: enough that inserts and updates are both cut off mid-way. */
    private static final int ACKS_BEFORE_KILL = 40;

    @TempDir
    Path temp;

    @Test
    void save_whenTheWritingProcessIsKilled_shouldKeepEveryAcknowledgedSaveOnH2() throws Exception {
        Path data = temp.resolve("data");

        Map<ProjectId, Long> acknowledged = writeUntilKilled(List.of("h2", data.toString(), "h2"));

        try (Database reopened = Database.embedded(data)) {
            assertIntact(acknowledged, reopened.projects());
        }
    }

    @Test
    void save_whenTheWritingProcessIsKilled_shouldKeepEveryAcknowledgedSaveOnPostgres() throws Exception {
        String url = EmbeddedPostgresServer.newDatabase("crash");

        Map<ProjectId, Long> acknowledged = writeUntilKilled(List.of("postgres", url, EmbeddedPostgresServer.user(),
                EmbeddedPostgresServer.password(), "pg"));

        try (Database reopened = Database.postgres(url, EmbeddedPostgresServer.user(),
                EmbeddedPostgresServer.password())) {
            assertIntact(acknowledged, reopened.projects());
        }
    }

    private static void assertIntact(Map<ProjectId, Long> acknowledged, JdbcProjects projects) {
        assertTrue(acknowledged.size() >= ACKS_BEFORE_KILL / 3, "acknowledged: " + acknowledged);
        for (Map.Entry<ProjectId, Long> ack : acknowledged.entrySet()) {
            GovernanceProject found = projects.find(ack.getKey())
                    .orElseThrow(() -> new AssertionError("acknowledged project " + ack.getKey() + " is gone"));
            // a save can commit and the process die before it says so: the stored version may be newer, never older
            assertTrue(found.version() >= ack.getValue(), () -> ack.getKey() + " is at version " + found.version()
                    + ", but version " + ack.getValue() + " was acknowledged");
            GovernanceProject expected = CrashWriter.expected(ack.getKey(), found.version());
            assertEquals(expected.parts(), found.parts(), "parts of " + ack.getKey());
            assertEquals(found.version(), projects.history(ack.getKey(), Instant.MIN, Instant.MAX).size(),
                    "one audit entry per stored version of " + ack.getKey());
        }
    }

    /** Starts the writer in a new JVM, kills it with SIGKILL after some acknowledgements, returns them all. */
    private Map<ProjectId, Long> writeUntilKilled(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(), "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName()));
        command.addAll(arguments);
        Path errors = temp.resolve("writer-stderr.txt");
        Process writer = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the pipe closes when the process dies
            }
        });
        List<String> seen = new ArrayList<>();
        try {
            while (seen.stream().filter(l -> ACK.matcher(l).matches()).count() < ACKS_BEFORE_KILL) {
                // a generous bound against a writer that hangs: this is not a timing assertion
                String line = lines.poll(120, TimeUnit.SECONDS);
                if (line == null) {
                    fail("the writer acknowledged only " + seen.size() + " lines; alive " + writer.isAlive()
                            + "; stderr:\n" + read(errors));
                }
                seen.add(line);
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
            writer.waitFor();
        }
        reader.join();
        lines.drainTo(seen);
        assertEquals(137, writer.exitValue(), "the writer was killed by SIGKILL (128 + 9)");
        Map<ProjectId, Long> acknowledged = new LinkedHashMap<>();
        for (String line : seen) {
            Matcher ack = ACK.matcher(line);
            if (ack.matches()) {
                acknowledged.merge(ProjectId.of(ack.group(1)), Long.parseLong(ack.group(2)), Math::max);
            }
        }
        return acknowledged;
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
