package org.citygov.application.report.publish;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;

import org.junit.jupiter.api.Test;

import org.citygov.application.report.ReportFixtures;
import org.citygov.application.report.i18n.Labels;
import org.citygov.application.report.i18n.Language;
import org.citygov.application.scenario.Examples;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.disclosure.PublicDisclosure;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.rule.TransparencyItem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public page of each example shows what its transparency and notice rules promise and nothing they do not, and
 * nothing about any individual; the DPV record says the same and expands with a real JSON-LD processor.
 */
class PublicPageTest {

    private static PublicDisclosure disclosure(String example) {
        GovernanceProject project = ReportFixtures.example(Examples.named(example));
        return PublicDisclosure.of(project, ProjectAssessment.of(project, ReportFixtures.edition()));
    }

    private static String page(String example, Language language) {
        return PublicPage.render(disclosure(example), Labels.of(language), "other.html", "record.jsonld");
    }

    @Test
    void render_whenFrailtyPromisesPurposesDataItemsAndRecipients_shouldShowThoseAndNoResults() {
        PublicDisclosure d = disclosure("kashiwanoha-frailty.json");
        String html = page("kashiwanoha-frailty.json", Language.EN);

        assertEquals(Set.of(TransparencyItem.PURPOSES, TransparencyItem.DATA_ITEMS, TransparencyItem.RECIPIENTS),
                d.promised());
        // promised: every purpose, the data used, the party the research dataset is handed to
        for (String purpose : List.of("ask about daily activity, nutrition and mobility",
                "train and validate the frailty prediction model", "invite residents at risk to prevention classes")) {
            assertTrue(html.contains(purpose), purpose);
        }
        assertTrue(html.contains("Pseudonymized research dataset joining claims, care and questionnaire"));
        assertTrue(html.contains("National Health Insurance and late-stage elderly medical claims"));
        assertTrue(html.contains("<tr data-field=\"recipients\"><th scope=\"row\">Provided to</th><td>University"
                + " research team</td></tr>"));
        assertTrue(html.contains("The research dataset carries no names or insurance numbers"), "the data policy");
        // not promised: evaluation and review results
        assertFalse(html.contains("Share of invited residents"), "KPIs are not promised");
        assertFalse(html.contains("evaluation-results") || html.contains("review-results"));
        // nothing about a person: no approver, no engagement note, no party that receives nothing
        assertFalse(html.contains("Kashiwa City research ethics committee"), "approvers and reviewers stay internal");
        assertFalse(html.contains("joint research agreement") || html.contains("living-lab session"));
        assertFalse(html.contains("Local doctors") || html.contains("AI developer"));
    }

    @Test
    void render_whenCamerasPromiseEvaluationResultsButNotRecipients_shouldShowKpisAndNoRecipient() {
        String html = page("kashiwanoha-ai-cameras.json", Language.EN);

        assertTrue(html.contains("Complaints about the plaza cameras per quarter"));
        assertTrue(html.contains("Privacy trainings held for camera operators per year"));
        assertTrue(html.contains("data-field=\"data-items\""));
        assertTrue(html.contains("posters on site"), "the channels of the notice rules");
        assertFalse(html.contains("data-field=\"recipients\""), "recipients are not promised");
        assertFalse(html.contains("Urban Design Center Kashiwa-no-ha (promotion organization)</td>"));
        assertFalse(html.contains("review-results"));
        assertFalse(html.contains("resident briefing on the AI cameras"), "no engagement note");
    }

    @Test
    void render_whenEducationPromisesNothing_shouldShowOnlyTheOverviewAndTheRulesApprovedOrInForce() {
        PublicDisclosure d = disclosure("education-data.json");
        String html = page("education-data.json", Language.JA);

        assertTrue(d.promised().isEmpty());
        assertTrue(d.notices().isEmpty());
        assertTrue(html.contains("本プロジェクトには、利用目的・データ項目・提供先・結果の公表を定める透明性確保のルールはありません。"));
        assertTrue(html.contains("Learning logs are kept for six years"), "an approved rule");
        assertFalse(html.contains("The vendor may not use learning logs"), "a draft is not policy yet");
        assertFalse(html.contains("data-notice"));
    }

    @Test
    void jsonLd_whenExpandedByAJsonLdProcessor_shouldGiveDpvProcessesWithTheirPurposesDataAndRecipients()
            throws Exception {
        PublicDisclosure d = disclosure("kashiwanoha-frailty.json");
        String record = DpvRecord.jsonLd(d, "urn:citygov:project:kashiwanoha-frailty");

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(record))).get();

        List<JsonObject> processes = new ArrayList<>();
        for (JsonValue node : expanded) {
            JsonObject o = node.asJsonObject();
            if (o.containsKey("@type") && o.getJsonArray("@type").toString().contains(DpvRecord.DPV + "Process")) {
                processes.add(o);
            }
        }
        assertEquals(d.notices().size(), processes.size(), "one dpv:Process per notice");
        String all = expanded.toString();
        assertTrue(all.contains("\"" + DpvRecord.DPV + "hasPurpose\""));
        assertTrue(all.contains("\"" + DpvRecord.DPV + "hasPersonalData\""));
        assertTrue(all.contains("\"" + DpvRecord.DPV + "hasRecipient\""));
        assertTrue(all.contains(DpvRecord.DPV + "SensitivePersonalData"), "special-care data marked");
        assertTrue(all.contains(DpvRecord.DPV + "ResearchAndDevelopment"));
        assertTrue(all.contains("https://w3id.org/dpv/pd#MedicalHealth"));
        assertTrue(all.contains("University research team"));
        // every term of the compact record expanded to an absolute IRI: nothing was dropped as unknown
        JsonObject compact = Json.createReader(new StringReader(record)).readObject();
        int compactProperties = 0;
        for (JsonValue node : compact.getJsonArray("@graph")) {
            compactProperties += (int) node.asJsonObject().keySet().stream().filter(k -> !k.startsWith("@")).count();
        }
        int expandedProperties = 0;
        for (JsonValue node : expanded) {
            for (String key : node.asJsonObject().keySet()) {
                if (!key.startsWith("@")) {
                    assertTrue(key.startsWith("https://") || key.startsWith("http://") || key.startsWith("urn:"), key);
                    expandedProperties++;
                }
            }
        }
        assertEquals(compactProperties, expandedProperties, "no property lost in expansion");
    }

    @Test
    void jsonLd_whenRecipientsAreNotPromised_shouldNameNone() throws Exception {
        String record = DpvRecord.jsonLd(disclosure("kashiwanoha-ai-cameras.json"),
                "urn:citygov:project:kashiwanoha-ai-cameras");
        String expanded = JsonLd.expand(JsonDocument.of(new StringReader(record))).get().toString();
        assertFalse(expanded.contains("hasRecipient"));
        assertTrue(expanded.contains(DpvRecord.DPV + "hasPurpose"));
    }
}
