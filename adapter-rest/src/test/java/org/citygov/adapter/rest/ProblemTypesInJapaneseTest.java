package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.citygov.application.report.i18n.Language;
import org.citygov.domain.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every problem type of {@link ProblemTypes}, answered to {@code Accept-Language: ja}: its title and detail (and its
 * errors' messages) are Japanese, not the English of the same request; and the adapter's own sentences
 * ({@code problem-texts*.properties}) exist in both languages with the same arguments.
 */
class ProblemTypesInJapaneseTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final String PLATFORM = "/platforms/sapporo-area-data-market";

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    /** One request, sent twice: asking for Japanese and for English. */
    private record Answered(int jaStatus, String contentLanguage, JsonNode ja, JsonNode en) {
    }

    private Answered both(Function<String, HttpResponse<String>> send) {
        HttpResponse<String> ja = send.apply("ja");
        HttpResponse<String> en = send.apply("en");
        return new Answered(ja.statusCode(), ja.headers().firstValue("Content-Language").orElse(""),
                ApiFixture.json(ja), ApiFixture.json(en));
    }

    private Function<String, HttpResponse<String>> request(String method, String path, String token, String json,
                                                           String contentType, String ifMatch) {
        return language -> {
            HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path)).header("Accept-Language", language);
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            if (ifMatch != null) {
                b.header("If-Match", ifMatch);
            }
            return api.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).build());
        };
    }

    private Function<String, HttpResponse<String>> as(Role role, String method, String path, String json,
                                                      String ifMatch) {
        return request(method, path, api.tokens.get(role), json, json == null ? null : "application/json", ifMatch);
    }

    @Test
    void everyProblemType_whenAnsweredToAcceptLanguageJa_shouldHaveAJapaneseTitleAndDetail() throws IOException {
        String etag = api.register("education-data");
        String project = "/projects/education-data";
        String operator = api.token("city-digital-bureau", Role.OPERATOR);
        String bus = api.token("hokkaido-bus", Role.PROVIDER);
        String startup = api.token("route-startup", Role.USER);
        HttpResponse<String> platform = api.sendAs(operator, "POST", "/platforms", PlatformAssessmentApiTest.sapporo(),
                null);
        assertEquals(201, platform.statusCode(), platform.body());
        String platformTag = platform.headers().firstValue("ETag").orElseThrow();
        String example = ApiFixture.example("education-data");

        Map<String, Answered> answers = new LinkedHashMap<>();
        answers.put("bad-request", both(as(Role.ADMIN, "GET", "/projects", "{}", null)));
        answers.put("invalid-body", both(as(Role.ADMIN, "POST", "/projects",
                "{\"format\": \"citygov/1\", \"project\": {\"id\": \"Bad Id\"}}", null)));
        answers.put("invalid-query", both(as(Role.ADMIN, "GET", "/projects?limit=0&offset=x", null, null)));
        String flow = RestApi.JSON.readTree(example).get("dataFlows").get(0).toString()
                .replace("\"collect-learning-logs\"", "\"collect-more-logs\"")
                .replace("\"learning-logs\"", "\"no-such-asset\"");
        answers.put("invalid", both(as(Role.ADMIN, "POST", project + "/data-flows", flow, etag)));
        answers.put("unauthorized", both(request("GET", "/projects", null, null, null, null)));
        answers.put("forbidden", both(as(Role.CITIZEN, "POST", "/projects", example, null)));
        answers.put("not-found", both(as(Role.ADMIN, "GET", project + "/rules/no-such-rule", null, null)));
        answers.put("method-not-allowed", both(as(Role.ADMIN, "DELETE", "/health", null, null)));
        answers.put("conflict", both(as(Role.ADMIN, "POST", "/projects", example, null)));
        answers.put("precondition-failed", both(as(Role.ADMIN, "DELETE", project + "/services/no-such-service",
                null, "\"another-project-v1\"")));
        answers.put("content-too-large", both(as(Role.ADMIN, "POST", "/projects",
                "{\"pad\": \"" + "x".repeat((int) ApiFixture.MAX_BODY) + "\"}", null)));
        answers.put("unsupported-media-type", both(request("POST", "/projects", api.tokens.get(Role.ADMIN), "x",
                "text/plain", null)));
        answers.put("precondition-required", both(as(Role.ADMIN, "DELETE", project + "/services/no-such-service",
                null, null)));
        answers.put("listing-refused", both(request("POST", PLATFORM + "/offers", bus, PlatformApiTest.NEW_OFFER
                .replace("\"NO_DEFAMATORY_CONTENT\", ", ""), "application/json", platformTag)));
        answers.put("agreement-refused", both(request("POST", PLATFORM + "/agreements", startup, "{\"id\":"
                + " \"startup-ads\", \"offer\": \"population-flow-stats\", \"user\": \"route-startup\", \"purpose\":"
                + " \"ADVERTISING\"}", "application/json", platformTag)));
        answers.put("malformed-request", refusedByTheServer("GET /projects/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept-Language: "));
        answers.put("uri-too-long", refusedByTheServer("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1"
                + "\r\nAccept-Language: "));
        answers.put("headers-too-large", refusedByTheServer("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "b".repeat(20_000) + "\r\nAccept-Language: "));
        // a body that does not come in time, a fault and a server not ready are not provoked here (the slow-client,
        // fault and graceful-stop tests do): their problems are made as the adapter makes them
        answers.put("request-timeout", made(408, "request-timeout", ProblemText.of("body.slow", 20)));
        answers.put("internal-error", made(500, "internal-error", ProblemText.of("internal.fault", "4f1c2b9e")));
        answers.put("not-ready", made(503, "not-ready", ProblemText.of("system.notReady")));

        assertEquals(new TreeSet<>(ProblemTypes.all().keySet()), new TreeSet<>(answers.keySet()),
                "every problem type is walked");
        List<String> english = new ArrayList<>();
        answers.forEach((slug, a) -> {
            String what = slug + ": " + a.ja();
            assertEquals("/problems/" + slug, a.ja().get("type").asText(), what);
            assertEquals(a.en().get("type").asText(), a.ja().get("type").asText(), what);
            assertEquals(ProblemTypes.all().get(slug).status(), a.jaStatus(), what);
            assertEquals("ja", a.contentLanguage(), what);
            for (String field : List.of("title", "detail")) {
                String ja = a.ja().get(field).asText();
                String en = a.en().get(field).asText();
                if (!JAPANESE.matcher(ja).find() || ja.equals(en)) {
                    english.add(slug + " " + field + ": " + ja);
                }
            }
            if (a.ja().has("errors")) {
                for (JsonNode error : a.ja().get("errors")) {
                    if (!JAPANESE.matcher(error.get("message").asText()).find()) {
                        english.add(slug + " errors: " + error);
                    }
                }
            }
        });
        assertEquals(List.of(), english, "English in a Japanese answer");
    }

    @Test
    void queryProblems_whenAnsweredInJapanese_shouldNameEachParameterInJapaneseAndKeepThePaths() {
        Answered a = both(as(Role.ADMIN, "GET", "/projects?limit=500&offset=-1", null, null));

        assertEquals("クエリのパラメータに誤りが2件あります", a.ja().get("detail").asText());
        assertEquals("2 invalid query parameters", a.en().get("detail").asText());
        assertEquals(Set.of("offset", "limit"), paths(a.ja()));
        assertEquals(paths(a.en()), paths(a.ja()));
        assertTrue(a.ja().get("errors").toString().contains("1 から 200 までの整数を指定してください（指定値：「500」）"),
                a.ja()::toString);
    }

    @Test
    void notFound_whenAPartOfAProjectIsMissing_shouldNameTheKindOfPartInTheAnswersLanguage() {
        api.register("education-data");

        Answered a = both(as(Role.ADMIN, "GET", "/projects/education-data/data-flows/nowhere", null, null));

        assertEquals(404, a.jaStatus());
        assertEquals("プロジェクト「education-data」にデータフロー「nowhere」はありません", a.ja().get("detail").asText());
        assertEquals("project \"education-data\" has no data flow \"nowhere\"", a.en().get("detail").asText());
    }

    @Test
    void staleIfMatch_whenAPlatformIsChanged_shouldTitleThePlatformNotAProject() {
        String operator = api.token("city-digital-bureau", Role.OPERATOR);
        String bus = api.token("hokkaido-bus", Role.PROVIDER);
        assertEquals(201, api.sendAs(operator, "POST", "/platforms", PlatformAssessmentApiTest.sapporo(), null)
                .statusCode());

        Answered a = both(request("POST", PLATFORM + "/offers", bus, PlatformApiTest.NEW_OFFER, "application/json",
                "\"another-platform-v1\""));

        assertEquals(412, a.jaStatus());
        assertEquals("The platform has changed", a.en().get("title").asText());
        assertEquals("プラットフォームが更新されています", a.ja().get("title").asText());
        assertTrue(a.ja().get("detail").asText().contains("プラットフォーム「sapporo-area-data-market」の現在の版ではありません"),
                a.ja()::toString);
    }

    private static Set<String> paths(JsonNode problem) {
        Set<String> paths = new TreeSet<>();
        problem.get("errors").forEach(e -> paths.add(e.get("path").asText()));
        return paths;
    }

    /** A problem made as the adapter makes it, rendered in both languages as the API writes it. */
    private static Answered made(int status, String type, ProblemText detail) {
        ApiProblem problem = ApiProblem.of(status, type, detail);
        return new Answered(status, Language.JA.tag(),
                RestApi.JSON.valueToTree(problem.in(Language.JA, "/", null)),
                RestApi.JSON.valueToTree(problem.in(Language.EN, "/", null)));
    }

    /**
     * A request the web server refuses while reading it (ending in an Accept-Language header's name, sent asking for
     * ja): Jetty hands its error handler no headers, so the answer is English with the Japanese in
     * {@code translations.ja}; the Japanese view of the answer is that member.
     */
    private Answered refusedByTheServer(String head) {
        Exchange answer = exchange(head + "ja\r\n\r\n");
        JsonNode en = answer.body();
        assertEquals("en", answer.headers().get("content-language"), en::toString);
        assertEquals("close", answer.headers().get("connection"), en::toString);
        com.fasterxml.jackson.databind.node.ObjectNode ja = en.deepCopy();
        ja.remove("translations");
        ja.put("title", en.at("/translations/ja/title").asText());
        ja.put("detail", en.at("/translations/ja/detail").asText());
        return new Answered(answer.status(), "ja", ja, en);
    }

    private record Exchange(int status, Map<String, String> headers, JsonNode body) {
    }

    private Exchange exchange(String request) {
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
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            return new Exchange(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    RestApi.JSON.readTree(new String(body, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the bundle of the adapter's own sentences -----------------------------------------------------------------

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyProblemPage_whenFetchedWithAcceptLanguageJa_shouldBeJapaneseAndSayWhichLanguage() {
        List<String> slugs = new ArrayList<>(new TreeSet<>(ProblemTypes.all().keySet()));
        slugs.add("http-431");
        Pattern englishRun = Pattern.compile("[A-Za-z]{2,}(?:[ ,;:]+[A-Za-z]{2,}){3}");
        for (String slug : slugs) {
            HttpResponse<String> ja = api.send(HttpRequest.newBuilder(api.uri("/problems/" + slug))
                    .header("Accept-Language", "en;q=0.5, ja").GET().build());
            HttpResponse<String> en = api.send(HttpRequest.newBuilder(api.uri("/problems/" + slug))
                    .header("Accept-Language", "en").GET().build());
            assertEquals(200, ja.statusCode(), slug);
            assertEquals("ja", ja.headers().firstValue("Content-Language").orElse(""), slug);
            assertEquals("en", en.headers().firstValue("Content-Language").orElse(""), slug);
            assertTrue(ja.headers().firstValue("Vary").orElse("").contains("Accept-Language"), slug);
            assertNotEquals(en.body(), ja.body(), slug + ": the same page in both languages");
            assertTrue(ja.body().contains("<html lang=\"ja\">"), slug);
            assertTrue(ja.body().contains("<code>/problems/" + slug + "</code>"), slug);
            // every paragraph and heading of the Japanese page is Japanese, and none is a run of English words
            // (the codes, headers and commands it names are single tokens)
            Matcher text = Pattern.compile("<(h1|h2|p|title)>(.*?)</\\1>").matcher(ja.body());
            int parts = 0;
            while (text.find()) {
                String plain = text.group(2).replaceAll("<[^>]+>", " ");
                assertTrue(JAPANESE.matcher(plain).find(), slug + ": an English-only part: " + plain);
                assertTrue(!englishRun.matcher(plain).find(), slug + ": English words in: " + plain);
                parts++;
            }
            assertEquals(8, parts, slug + ": title, heading, three paragraphs, two headings and the link's paragraph");
            // and the English page is English
            assertTrue(!JAPANESE.matcher(en.body()).find(), slug + ": Japanese on the English page");
        }
    }

    @Test
    void problemPages_whenComparedAcrossLanguages_shouldHaveTheSameKeysAndAJapaneseTextForEach() {
        Map<String, String> en = ProblemTypes.pageTexts(Language.EN);
        Map<String, String> ja = ProblemTypes.pageTexts(Language.JA);

        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(ja.keySet()), "the same keys in en and ja");
        Set<String> expected = new TreeSet<>(Set.of("page.intro", "page.meaning", "page.remedy", "page.document",
                "http.meaning", "http.remedy"));
        ProblemTypes.all().keySet().forEach(slug -> expected.addAll(Set.of(slug + ".meaning", slug + ".remedy")));
        assertEquals(expected, new TreeSet<>(en.keySet()), "a meaning and a remedy for each type, and no other");
        en.forEach((key, text) -> {
            assertTrue(JAPANESE.matcher(ja.get(key)).find(), key + " is not Japanese: " + ja.get(key));
            assertEquals(text.contains("{0}"), ja.get(key).contains("{0}"), key + ": {0}");
            assertEquals(text.contains("{1}"), ja.get(key).contains("{1}"), key + ": {1}");
        });
    }

    @Test
    void problemTexts_whenComparedAcrossLanguages_shouldHaveTheSameKeysAndJapaneseSentencesWithTheSameArguments() {
        Map<String, String> en = ProblemText.patterns(Language.EN);
        Map<String, String> ja = ProblemText.patterns(Language.JA);

        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(ja.keySet()), "the same keys in en and ja");
        en.forEach((key, pattern) -> {
            String japanese = ja.get(key);
            assertTrue(JAPANESE.matcher(japanese).find(), key + " is not Japanese: " + japanese);
            assertNotEquals(pattern, japanese, key);
            Set<String> jaArguments = arguments(japanese);
            assertTrue(arguments(pattern).containsAll(jaArguments), key + ": Japanese uses an argument English lacks");
            // only an operation's English summary may be left out of the Japanese sentence
            Set<String> left = new TreeSet<>(arguments(pattern));
            left.removeAll(jaArguments);
            assertTrue(left.isEmpty() || key.equals("forbidden.role") && left.equals(Set.of("1")),
                    key + ": Japanese leaves out " + left);
        });
    }

    @Test
    void problemTexts_whenTheSourceIsScanned_shouldBeEveryKeyTheAdapterNamesAndNoOther() throws IOException {
        Set<String> named = new TreeSet<>();
        Pattern of = Pattern.compile("ProblemText\\.of\\(\\s*\"([A-Za-z0-9.]*[A-Za-z0-9])\"");
        Pattern detail = Pattern.compile("(?:case \\d+|default) -> \"(server\\.[A-Za-z]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/citygov/adapter/rest"))) {
            for (Path file : files.toList()) {
                String source = Files.readString(file);
                for (Pattern p : List.of(of, detail)) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        Set<String> keys = new TreeSet<>(ProblemText.patterns(Language.EN).keySet());
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(keys);
        assertEquals(Set.of(), missing, "named in the code, not in the bundle");
        Set<String> unused = new TreeSet<>(keys);
        unused.removeAll(named);
        // the nouns are named by what a path holds: "noun." + a part kind's or a platform part's name
        unused.removeIf(k -> k.startsWith("noun."));
        assertEquals(Set.of(), unused, "in the bundle, named nowhere in the code");
    }
}
