package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.citygov.domain.access.Role;

/**
 * What the web server answers itself, and the headers every answer carries. Requests the server refuses before they
 * reach the API (a NUL in the path, a URI or headers too large) are answered with a problem document and
 * {@code Connection: close}, then the connection is closed; every answer, from the API, the {@code /docs} page, its
 * static files or the server itself, forbids content sniffing and framing.
 */
class WebServerAnswersTest {

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    /** A raw HTTP exchange: the status, the headers (names in lower case), the body, and whether the server closed. */
    private record Exchange(int status, Map<String, String> headers, String body, boolean closed) {
    }

    private Exchange raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.api.port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            int b;
            while (!head.toString().endsWith("\r\n\r\n") && (b = in.read()) != -1) {
                head.append((char) b);
            }
            String[] lines = head.toString().split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            boolean closed;
            try {
                socket.setSoTimeout(5_000);
                closed = in.read() == -1;
            } catch (SocketTimeoutException e) {
                closed = false;
            }
            return new Exchange(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    new String(body, StandardCharsets.UTF_8), closed);
        }
    }

    static List<String> refusedRequests() {
        List<String> requests = new ArrayList<>();
        requests.add("GET /projects/%00 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        requests.add("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        requests.add("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");
        requests.add("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n");
        return requests;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void refusedRequest_whenTheServerAnswersItself_shouldSendAProblemAndCloseTheConnection(int which)
            throws IOException {
        Exchange answer = raw(refusedRequests().get(which));

        int expected = switch (which) {
            case 0, 3 -> 400;
            case 1 -> 414;
            default -> 431;
        };
        assertEquals(expected, answer.status(), answer::toString);
        assertEquals("close", answer.headers().get("connection"), answer::toString);
        assertEquals("application/problem+json", answer.headers().get("content-type"), answer::toString);
        JsonNode problem = RestApi.JSON.readTree(answer.body());
        assertEquals(expected, problem.get("status").asInt());
        assertTrue(answer.closed(), "the server keeps the connection open after " + expected);
        assertSecurityHeaders(answer.headers(), "refused request " + which);
    }

    @Test
    void everyKindOfAnswer_whenSent_shouldForbidSniffingAndFraming() throws IOException {
        List<String> paths = List.of("/health", "/openapi.json", "/docs", "/no-such-route", "/projects");
        for (String path : paths) {
            HttpResponse<String> r = api.get(path, null);
            Map<String, String> headers = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.getFirst()));
            assertSecurityHeaders(headers, path + " (" + r.statusCode() + ")");
        }
        String swagger = api.get("/docs", null).body().replaceAll("(?s).*href=\"([^\"]+\\.css)\".*", "$1");
        HttpResponse<String> css = api.get(swagger, null);
        assertEquals(200, css.statusCode(), swagger);
        Map<String, String> headers = new LinkedHashMap<>();
        css.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.getFirst()));
        assertSecurityHeaders(headers, swagger);
        HttpResponse<String> fault = api.send("POST", "/projects", Role.ADMIN, "{", null);
        headers.clear();
        fault.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.getFirst()));
        assertSecurityHeaders(headers, "a 400 from the API");
    }

    private static void assertSecurityHeaders(Map<String, String> headers, String what) {
        assertEquals("nosniff", headers.get("x-content-type-options"), what);
        assertEquals("DENY", headers.get("x-frame-options"), what);
        assertEquals("frame-ancestors 'none'", headers.get("content-security-policy"), what);
    }
}
