package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.citygov.application.report.i18n.Language;
import org.citygov.domain.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Problems in the language of Accept-Language: title, detail and messages translated; machine fields never. */
class ProblemLanguageTest {

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> postProject(String body, String acceptLanguage) {
        HttpRequest.Builder b = api.request("/projects", Role.ADMIN).header("Content-Type", "application/json");
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return api.send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static final String INVALID = "{\"format\": \"citygov/1\", \"project\": {\"id\": \"Bad Id\"}, \"colour\": 1}";

    @Test
    void problem_whenJapaneseIsAccepted_shouldTranslateTitleAndMessagesButNotTypesOrPaths() {
        HttpResponse<String> r = postProject(INVALID, "ja-JP,ja;q=0.9,en;q=0.5");

        assertEquals(400, r.statusCode());
        assertEquals("ja", r.headers().firstValue("Content-Language").orElseThrow());
        JsonNode problem = ApiFixture.json(r);
        assertEquals("/problems/invalid-body", problem.get("type").asText());
        assertEquals("リクエストの本文に誤りがあります", problem.get("title").asText());
        boolean required = false;
        boolean kebab = false;
        for (JsonNode error : problem.get("errors")) {
            String path = error.get("path").asText();
            String message = error.get("message").asText();
            required |= path.equals("project.name") && message.equals("必須項目です");
            kebab |= path.equals("project.id") && message.startsWith("ケバブケース");
            assertFalse(message.equals("is required"), path + ": " + message);
        }
        assertTrue(required && kebab, problem.toString());
    }

    @Test
    void problem_whenNoLanguageOrAnotherIsAsked_shouldAnswerInEnglish() {
        for (String accepted : new String[] {null, "fr-FR", "en-GB,ja;q=0.2"}) {
            HttpResponse<String> r = postProject(INVALID, accepted);

            assertEquals("en", r.headers().firstValue("Content-Language").orElseThrow(), String.valueOf(accepted));
            JsonNode problem = ApiFixture.json(r);
            assertEquals("The request body is invalid", problem.get("title").asText());
        }
    }

    @Test
    void problem_whenAnUnknownProjectIsAskedInJapanese_shouldTranslateTheTitleAndKeepTheType() {
        HttpRequest request = api.request("/projects/nowhere", Role.ADMIN).header("Accept-Language", "ja").GET()
                .build();

        HttpResponse<String> r = api.send(request);

        assertEquals(404, r.statusCode());
        JsonNode problem = ApiFixture.json(r);
        assertEquals("該当するリソースがありません", problem.get("title").asText());
        assertEquals("/problems/not-found", problem.get("type").asText());
        assertEquals("ja", r.headers().firstValue("Content-Language").orElseThrow());
    }

    @Test
    void of_whenGivenAcceptLanguageHeaders_shouldPickTheBestOfEnglishAndJapanese() {
        assertEquals(Language.EN, ProblemLanguage.of((String) null));
        assertEquals(Language.JA, ProblemLanguage.of("ja"));
        assertEquals(Language.JA, ProblemLanguage.of("fr;q=1, ja;q=0.8, en;q=0.3"));
        assertEquals(Language.EN, ProblemLanguage.of("ja;q=0.1, en-US"));
        assertEquals(Language.EN, ProblemLanguage.of("ja;q=0"));
        assertEquals(Language.EN, ProblemLanguage.of("de, fr"));
    }

    private static Properties titles(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemLanguageTest.class.getClassLoader().getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void titles_whenCompared_shouldCoverEveryProblemTypeInBothLanguagesWithTheEnglishTitle() throws IOException {
        Properties en = titles("org/citygov/adapter/rest/problem-titles.properties");
        Properties ja = titles("org/citygov/adapter/rest/problem-titles_ja.properties");
        assertEquals(en.stringPropertyNames(), ja.stringPropertyNames());
        Set<String> types = new TreeSet<>(ProblemTypes.all().keySet());
        assertEquals(types, new TreeSet<>(en.stringPropertyNames()), "a title for every problem type");
        ProblemTypes.all().forEach((slug, explanation) -> assertEquals(explanation.title(), en.getProperty(slug)));
    }
}
