package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.port.in.IssueToken;
import org.citygov.domain.access.Role;
import org.citygov.domain.linkage.LogVerification;

/**
 * The composition root's platform wiring: in the embedded database a stored platform, an agreement concluded over
 * HTTP and its entry in the linkage log survive a restart, and the log (linkage and market entries together) verifies.
 */
class PlatformWiringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLATFORM = "/platforms/sapporo-area-data-market";

    @TempDir
    Path data;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(int port, String token, String method, String path, String body,
                                      String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return client.send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static CompositionRoot.HttpServer serve(CompositionRoot root) {
        return root.startHttp("127.0.0.1", 0, 1 << 20, List.of(), line -> { }, () -> true);
    }

    @Test
    void storedPlatform_whenTheServerRestarts_shouldKeepItsAgreementAndLogEntryAndTheLogShouldVerify()
            throws Exception {
        String operator;
        String lab;
        String bus;
        long sequence;
        try (CompositionRoot root = CompositionRoot.embedded(data)) {
            operator = root.issueToken().issue(new IssueToken.Command("city-digital-bureau", Role.OPERATOR))
                    .orElseThrow().token();
            lab = root.issueToken().issue(new IssueToken.Command("hokudai-mobility-lab", Role.USER)).orElseThrow()
                    .token();
            bus = root.issueToken().issue(new IssueToken.Command("hokkaido-bus", Role.PROVIDER)).orElseThrow()
                    .token();
            CompositionRoot.HttpServer server = serve(root);
            try {
                HttpResponse<String> registered = send(server.port(), operator, "POST", "/platforms",
                        Files.readString(Path.of("..", "examples", "platform", "sapporo-exchange-market.json")), null);
                assertEquals(201, registered.statusCode(), registered.body());
                HttpResponse<String> concluded = send(server.port(), lab, "POST", PLATFORM + "/agreements",
                        "{\"id\": \"lab-research\", \"offer\": \"bus-ridership-2024\", \"user\":"
                                + " \"hokudai-mobility-lab\", \"purpose\": \"RESEARCH\"}",
                        registered.headers().firstValue("ETag").orElseThrow());
                assertEquals(201, concluded.statusCode(), concluded.body());
                sequence = JSON.readTree(concluded.body()).get("sequence").asLong();
            } finally {
                server.stop();
            }
        }
        try (CompositionRoot root = CompositionRoot.embedded(data)) {
            CompositionRoot.HttpServer server = serve(root);
            try {
                JsonNode agreements = JSON.readTree(send(server.port(), lab, "GET", PLATFORM + "/agreements", null,
                        null).body());
                JsonNode entries = JSON.readTree(send(server.port(), bus, "GET", PLATFORM + "/log-entries", null,
                        null).body());
                JsonNode history = JSON.readTree(send(server.port(), operator, "GET", PLATFORM + "/history", null,
                        null).body());

                assertEquals(2, agreements.get("version").asInt());
                assertEquals("lab-research", agreements.at("/items/2/id").asText());
                assertEquals(sequence, entries.at("/items/0/sequence").asLong());
                assertEquals("hokudai-mobility-lab", entries.at("/items/0/user").asText());
                assertEquals("hokudai-mobility-lab", history.at("/items/1/actor").asText());
            } finally {
                server.stop();
            }
        }
        assertInstanceOf(LogVerification.Intact.class, CompositionRoot.verifyLinkageLog(data, Optional.empty(), null,
                null, CompositionRoot.linkagePublicKey(data, Optional.empty()), Optional.empty()));
    }
}
