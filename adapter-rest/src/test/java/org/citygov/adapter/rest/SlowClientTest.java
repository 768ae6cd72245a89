package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citygov.domain.access.Role;

/**
 * Clients that send a request body one byte at a time (a "slow POST"): more of them than the server has threads. The
 * API must stay available to everyone else, and each slow request must end with 408 once its body timeout has passed.
 */
class SlowClientTest {

    private static final int SLOW_CLIENTS = 300;

    private final ApiFixture api = new ApiFixture(ServerLimits.defaults().withBodyTimeout(Duration.ofSeconds(3)));
    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        drip.shutdownNow();
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        api.close();
    }

    @Test
    void health_whenManyClientsSendTheirBodiesOneByteAtATime_shouldStillAnswer() throws Exception {
        String head = "POST /projects HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + api.tokens.get(Role.ADMIN)
                + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{";
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            Socket socket = new Socket("127.0.0.1", api.api.port());
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            sockets.add(socket);
        }
        drip.scheduleAtFixedRate(() -> {
            for (Socket socket : sockets) {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(' ');
                    out.flush();
                } catch (IOException e) {
                    // answered and closed: nothing more to send
                }
            }
        }, 500, 1000, TimeUnit.MILLISECONDS);

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> health = api.send(HttpRequest.newBuilder(api.uri("/health"))
                    .timeout(Duration.ofSeconds(15)).GET().build());
            assertEquals(200, health.statusCode(), health::body);
            Thread.sleep(300);
        }

        Map<String, Integer> answers = new TreeMap<>();
        for (Socket socket : sockets) {
            answers.merge(statusAndConnection(socket.getInputStream()), 1, Integer::sum);
        }
        assertEquals(Map.of("408 close", SLOW_CLIENTS), answers);
    }

    @Test
    void body_whenSentAtOnceAfterTheHeaders_shouldBeReadAsUsual() {
        // ADMIN: the example carries approved rules, which only a role that approves rules may register
        HttpResponse<String> r = api.send("POST", "/projects", Role.ADMIN, ApiFixture.example("kashiwanoha-frailty"),
                null);

        assertEquals(201, r.statusCode(), r::body);
        assertTrue(api.get("/projects/kashiwanoha-frailty", Role.AUDITOR).statusCode() == 200);
    }

    /** {@code "408 close"}: the answer's status and whether it says {@code Connection: close}. */
    private static String statusAndConnection(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            head.append((char) b);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        String[] lines = head.toString().split("\r\n");
        if (lines.length == 0 || lines[0].isEmpty()) {
            return "no answer";
        }
        String status = lines[0].split(" ")[1];
        boolean close = false;
        for (String line : lines) {
            close |= line.toLowerCase(java.util.Locale.ROOT).equals("connection: close");
        }
        return status + (close ? " close" : " keep-alive");
    }
}
