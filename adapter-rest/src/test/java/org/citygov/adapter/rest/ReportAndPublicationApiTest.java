package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;

import javax.xml.parsers.DocumentBuilderFactory;

import org.citygov.domain.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The report and its figures for readers of a project, and public disclosure: only what an ADMIN marked published is
 * served without a token, as HTML or, with {@code Accept: application/json}, as the DPV record of processing.
 */
class ReportAndPublicationApiTest {

    private static final String PROJECT = "/projects/kashiwanoha-ai-cameras";
    private static final String PUBLIC = "/public/projects/kashiwanoha-ai-cameras";

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void report_whenAskedInJapaneseByQueryOrHeader_shouldAnswerTheSelfContainedHtmlReport() {
        api.register("kashiwanoha-ai-cameras");

        HttpResponse<String> english = api.get(PROJECT + "/report", Role.AUDITOR);
        HttpResponse<String> byQuery = api.get(PROJECT + "/report?lang=ja", Role.ANALYST);
        HttpResponse<String> byHeader = api.send(api.request(PROJECT + "/report", Role.APPROVER)
                .header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5").GET().build());

        assertEquals(200, english.statusCode());
        assertTrue(english.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(english.body().contains("<html lang=\"en\">") && english.body().contains("data-figure=\"risk-heat-map\""));
        assertTrue(english.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
        assertTrue(byQuery.body().contains("データガバナンス報告書"));
        assertEquals("ja", byHeader.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(byHeader.body().contains("<html lang=\"ja\">"));
        assertTrue(english.body().contains("Moves of the governance cycle"), "a stored project's history");
    }

    @Test
    void report_whenTheLanguageIsUnknown_shouldAnswer400NamingTheParameter() {
        api.register("kashiwanoha-ai-cameras");

        HttpResponse<String> r = api.get(PROJECT + "/report?lang=fr", Role.ADMIN);

        assertEquals(400, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.body().contains("\"path\":\"lang\""), r.body());
    }

    @Test
    void figure_whenAskedByName_shouldAnswerSvgThatParsesAndPlacesEveryRisk() throws Exception {
        api.register("kashiwanoha-ai-cameras");

        HttpResponse<String> r = api.get(PROJECT + "/figures/risk-heat-map.svg", Role.AUDITOR);

        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("image/svg+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = factory.newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        int risks = ApiFixture.json(api.get(PROJECT + "/assessment", Role.AUDITOR)).get("risks").size();
        assertEquals(risks, count(svg, "data-risk"));
        assertEquals(200, api.get(PROJECT + "/figures/stakeholder-map.svg", Role.ADMIN).statusCode());
        assertEquals(404, api.get(PROJECT + "/figures/no-such-figure.svg", Role.ADMIN).statusCode());
        assertEquals(404, api.get(PROJECT + "/figures/risk-heat-map.png", Role.ADMIN).statusCode());
    }

    @Test
    void publicPage_whenNotYetPublished_shouldBe404AndOnlyAnAdminMayPublishIt() {
        api.register("kashiwanoha-ai-cameras");

        assertEquals(404, api.get(PUBLIC, null).statusCode());
        assertEquals(403, api.send("POST", PROJECT + "/publication", Role.ANALYST, null, null).statusCode());
        assertEquals(404, api.get(PUBLIC, null).statusCode(), "a refused publication publishes nothing");
        assertEquals(404, api.send("POST", "/projects/nowhere/publication", Role.ADMIN, null, null).statusCode());
    }

    @Test
    void publicPage_whenPublished_shouldServeHtmlAndTheDpvRecordWithoutATokenAndRecordWhoPublished() {
        api.register("kashiwanoha-ai-cameras");

        HttpResponse<String> published = api.send("POST", PROJECT + "/publication", Role.ADMIN, null, null);
        HttpResponse<String> html = api.get(PUBLIC + "?lang=ja", null);
        HttpResponse<String> json = api.send(api.request(PUBLIC, null).header("Accept", "application/json")
                .GET().build());

        assertEquals(201, published.statusCode(), published::body);
        assertEquals("admin", ApiFixture.json(published).get("publishedBy").asText());
        assertEquals(PUBLIC, published.headers().firstValue("Location").orElseThrow());
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("データの取扱いについて"));
        assertTrue(html.body().contains("Complaints about the plaza cameras per quarter"), "evaluation is promised");
        assertFalse(html.body().contains("data-field=\"recipients\""), "recipients are not");
        assertFalse(html.body().contains("admin"), "who published is not published");
        assertEquals(200, json.statusCode());
        assertEquals("application/json", json.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("https://w3id.org/dpv#", ApiFixture.json(json).get("@context").get("dpv").asText());
    }

    private static int count(Document document, String attribute) {
        int n = 0;
        var all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            if (((org.w3c.dom.Element) all.item(i)).hasAttribute(attribute)) {
                n++;
            }
        }
        return n;
    }
}
