package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.citygov.adapter.cli.root.CompositionRoot;

/** {@code citygov token create} then the server the composition root starts: what a newcomer does first. */
class TokenAndServeTest {

    @TempDir
    Path data;

    private String run(StringWriter err, String... args) {
        StringWriter out = new StringWriter();
        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, status, err.toString());
        return out.toString().strip();
    }

    @Test
    void tokenCreate_whenRun_shouldPrintTheTokenOnceAndStoreOnlyItsHash() throws Exception {
        String token = run(new StringWriter(), "token", "create", "--role", "ADMIN", "--name", "secretariat",
                "--data", data.toString());

        String file = Files.readString(data.resolve("tokens.json"));
        assertTrue(token.startsWith("cgv_") && token.length() > 40, token);
        assertFalse(file.contains(token));
        assertTrue(file.contains("\"secretariat\""));
        StringWriter err = new StringWriter();
        assertTrue(run(err, "token", "list", "--data", data.toString()).contains("secretariat\tADMIN"));
    }

    @Test
    void tokenCreate_whenNameIsNotKebabCase_shouldRefuseWithStatus2() {
        StringWriter err = new StringWriter();
        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(new StringWriter()),
                new PrintWriter(err), "token", "create", "--role", "ADMIN", "--name", "Not A Name", "--data",
                data.toString());

        assertEquals(2, status);
        assertFalse(Files.exists(data.resolve("tokens.json")));
    }

    @Test
    void startHttp_whenATokenWasCreatedByTheCommand_shouldAcceptItAndLogEachRequest() throws Exception {
        String token = run(new StringWriter(), "token", "create", "--role", "AUDITOR", "--name", "auditor",
                "--data", data.toString());
        List<String> log = new ArrayList<>();
        CompositionRoot root = CompositionRoot.embedded(data);
        CompositionRoot.HttpServer server = root.startHttp("127.0.0.1", 0, 1 << 20, List.of(), log::add, () -> true);
        try {
            HttpClient client = HttpClient.newHttpClient();
            URI projects = URI.create("http://127.0.0.1:" + server.port() + "/projects");
            HttpResponse<String> withToken = client.send(HttpRequest.newBuilder(projects)
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> without = client.send(HttpRequest.newBuilder(projects).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, withToken.statusCode());
            assertEquals(401, without.statusCode());
            assertEquals(2, log.size());
            assertTrue(log.getFirst().contains("\"caller\":\"auditor\""), log.getFirst());
        } finally {
            server.stop();
            root.close();
        }
    }
}
