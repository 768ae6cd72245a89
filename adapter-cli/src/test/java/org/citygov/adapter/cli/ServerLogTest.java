package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.citygov.adapter.cli.root.CompositionRoot;

/**
 * The command line's one logging backend: a fault of the server is logged, as a JSON line on standard error, with
 * the request id its 500 answer names; Hibernate Validator's version banner is not.
 */
class ServerLogTest {

    @TempDir
    Path data;

    @Test
    void logging_whenTheCommandLineRuns_shouldHaveOneBackendThatLogsAndSilencesTheValidatorBanner() {
        assertEquals("ch.qos.logback.classic.LoggerContext", LoggerFactory.getILoggerFactory().getClass().getName());
        assertTrue(LoggerFactory.getLogger("org.citygov.adapter.rest.RestApi").isErrorEnabled());
        assertFalse(LoggerFactory.getLogger("org.hibernate.validator.internal.util.Version").isInfoEnabled());
    }

    @Test
    void serve_whenARequestFails_shouldLogTheFaultAsAJsonLineWithTheRequestIdOfThe500() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err),
                "token", "create", "--role", "AUDITOR", "--name", "auditor", "--data", data.toString()), err::toString);
        String token = out.toString().strip();
        CompositionRoot root = CompositionRoot.embedded(data);
        CompositionRoot.HttpServer server = root.startHttp("127.0.0.1", 0, 1 << 20, List.of(), line -> { }, () -> true);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        HttpResponse<String> fault;
        try {
            root.close(); // the store is gone under the running server: its next read fails
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            fault = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + server.port() + "/projects")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            System.setErr(stderr);
            server.stop();
        }

        assertEquals(500, fault.statusCode(), fault.body());
        ObjectMapper json = new ObjectMapper();
        String requestId = json.readTree(fault.body()).get("requestId").asText();
        List<JsonNode> faults = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).lines().toList()) {
            JsonNode entry = json.readTree(line);
            if (entry.path("level").asText().equals("ERROR")) {
                faults.add(entry);
            }
        }
        assertEquals(1, faults.size(), captured::toString);
        assertEquals(requestId, faults.getFirst().path("mdc").path("requestId").asText(), captured::toString);
        assertTrue(faults.getFirst().path("formattedMessage").asText().contains(requestId), captured::toString);
        assertTrue(faults.getFirst().has("throwable"), captured::toString);
    }
}
