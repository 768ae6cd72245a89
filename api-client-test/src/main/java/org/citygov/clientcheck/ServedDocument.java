package org.citygov.clientcheck;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Writes the document the running API serves at /openapi.json to the file named by the first argument. */
public final class ServedDocument {

    private ServedDocument() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path target = Path.of(args[0]);
        try (ApiServer server = new ApiServer(); HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> served = client.send(HttpRequest.newBuilder(URI.create(server.baseUri()
                    + "/openapi.json")).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (served.statusCode() != 200) {
                throw new IllegalStateException("GET /openapi.json answered " + served.statusCode());
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(target, served.body());
        }
    }
}
