package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.citygov.domain.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /platforms/{id}/report}: the stored platform's assessment as HTML, in the language asked for. */
class PlatformReportApiTest {

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void report_whenAStoredPlatformIsAskedInJapanese_shouldAnswerHtmlWithItsFigures() {
        HttpResponse<String> stored = api.send("POST", "/platforms", Role.ADMIN, PlatformAssessmentApiTest.sapporo(),
                null);
        assertEquals(201, stored.statusCode(), stored.body());

        HttpResponse<String> r = api.send(api.request("/platforms/sapporo-area-data-market/report?at="
                + "2025-06-01T00:00:00Z", Role.AUDITOR).header("Accept-Language", "ja").GET().build());

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("ja", r.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(r.body().contains("データ連携基盤の評価：sapporo-area-data-market"));
        assertTrue(r.body().contains("data-figure=\"duty-matrix\"") && r.body().contains(
                "data-figure=\"incident-timeline\""));
    }

    @Test
    void report_whenThePlatformIsUnknown_shouldAnswerNotFound() {
        HttpResponse<String> r = api.send(api.request("/platforms/nowhere/report", Role.ADMIN).GET().build());

        assertEquals(404, r.statusCode(), r.body());
    }
}
