import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed-loop load client for a running `citygov serve` (loopback only): N connections, each its own HTTP client on
 * its own thread, sending the next request when the last one answered. Prints throughput, p50 and p99, and errors.
 * Usage: java scripts/Load.java BASE_URL TOKEN SCENARIO (read|assess|write|mixed) CONNECTIONS SECONDS
 * ({@code mixed}: connection i reads, assesses or writes as i mod 3 is 0, 1 or 2.)
 */
public class Load {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1]")) {
            throw new IllegalArgumentException("the load client only targets this machine (loopback)");
        }
        String token = args[1];
        String scenario = args[2];
        int connections = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String example = Files.readString(Path.of("examples/kashiwanoha-frailty.json"));
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> latencies = new ArrayList<>();
        long[] counts = new long[connections];
        long[] errors = new long[connections];
        List<Thread> threads = new ArrayList<>();
        boolean readProjectMade = false;
        for (int c = 0; c < connections; c++) {
            int me = c;
            String role = scenario.equals("mixed") ? List.of("read", "assess", "write").get(me % 3) : scenario;
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String project = "load-" + scenario + "-" + me + "-" + System.nanoTime() % 100000;
            String own = example.replace("\"kashiwanoha-frailty\"", "\"" + project + "\"");
            String[] etag = {null};
            if (role.equals("read") && !readProjectMade) {
                client.send(post(base + "/projects", token, example.replace("\"kashiwanoha-frailty\"",
                        "\"load-read\""), null), HttpResponse.BodyHandlers.ofString());
                readProjectMade = true;
            }
            if (role.equals("write")) {
                HttpResponse<String> r = client.send(post(base + "/projects", token, own, null),
                        HttpResponse.BodyHandlers.ofString());
                etag[0] = r.headers().firstValue("ETag").orElseThrow();
            }
            threads.add(Thread.ofPlatform().start(() -> {
                int n = 0;
                boolean add = true;
                while (running.get()) {
                    HttpRequest request = switch (role) {
                        case "read" -> HttpRequest.newBuilder(URI.create(base + "/projects/load-read")).header("Authorization", "Bearer " + token).GET().build();
                        case "assess" -> post(base + "/assessments", token, example, null);
                        default -> add
                                ? post(base + "/projects/" + project + "/services", token, "{\"id\": \"extra\", \"name\":"
                                        + " \"Extra\", \"field\": \"TOURISM\", \"benefit\": \"INDIVIDUAL\"}", etag[0])
                                : HttpRequest.newBuilder(URI.create(base + "/projects/" + project + "/services/extra"))
                                        .header("Authorization", "Bearer " + token).header("If-Match", etag[0])
                                        .DELETE().build();
                    };
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - start;
                        if (r.statusCode() >= 400) {
                            errors[me]++;
                        } else {
                            if (n < mine.length) {
                                mine[n++] = took;
                            }
                            counts[me]++;
                            if (role.equals("write")) {
                                etag[0] = r.headers().firstValue("ETag").orElseThrow();
                                add = !add;
                            }
                        }
                    } catch (Exception e) {
                        errors[me]++;
                    }
                }
                mine[mine.length - 1] = n;
            }));
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        long total = Arrays.stream(counts).sum();
        long failed = Arrays.stream(errors).sum();
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1])).sorted()
                .toArray();
        System.out.printf("%s c=%d %ds: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors%n", scenario, connections,
                seconds, total / (double) seconds, pct(all, 0.50), pct(all, 0.99), failed);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
                / 1e6;
    }

    private static HttpRequest post(String url, String token, String body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return b.POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
