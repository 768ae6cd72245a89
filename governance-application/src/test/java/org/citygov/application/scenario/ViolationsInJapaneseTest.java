package org.citygov.application.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.citygov.application.catalogue.CatalogueLoader;
import org.citygov.application.catalogue.CatalogueReading;
import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Language;
import org.citygov.application.service.MonitoringSettings;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.MonitoringThresholds;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;
import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.Importance;
import org.citygov.domain.stakeholder.ImportanceBands;

import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The violations the domain and the readers write themselves (a project's parts, its rule book, a catalogue edition,
 * the scenario's reference pass, the readers' value checks) are shown in Japanese under {@code --lang ja} /
 * {@code Accept-Language: ja}: invalid documents and changes trigger each of them, and every rendering must hold
 * Japanese and no English sentence (three English words in a row), keeping ids and paths as written.
 */
class ViolationsInJapaneseTest {

    /** Three words of Latin letters in a row: an English phrase left in a Japanese rendering. */
    private static final Pattern ENGLISH_RUN = Pattern.compile("(?<![\\w\"-])[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z']*){2}(?![\\w-])");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    private final ScenarioLoader loader = new ScenarioLoader();
    private final ObjectMapper json = new ObjectMapper();
    private final DomainTexts ja = DomainTexts.of(Language.JA, bundledEdition());

    @Test
    void projectRules_whenTheParts_contradictThemselves_shouldBeRenderedInJapanese() throws IOException {
        ObjectNode doc = example();
        ((ArrayNode) doc.with("project").with("region").withArray("acceptance")).add(json.createObjectNode()
                .put("dataCategory", "MEDICAL").put("share", 0.5).put("source", "a second survey"));
        ObjectNode claims = (ObjectNode) doc.get("dataAssets").get(0);
        claims.remove("identifiability");
        ObjectNode care = (ObjectNode) doc.get("dataAssets").get(1);
        care.put("subject", "ORGANIZATION").put("specialCare", true);
        care.remove("identifiability");
        care.set("categories", json.createArrayNode().add("MEDICAL"));
        care.set("subjectGroups", json.createArrayNode().add("ELDERLY"));
        ObjectNode questionnaire = (ObjectNode) doc.get("dataAssets").get(2);
        questionnaire.put("retentionDays", 30);
        questionnaire.withArray("safeguards").add("IMMEDIATE_DELETION");
        ((ObjectNode) doc.get("dataFlows").get(0)).put("legalBasis", "EMERGENCY");
        ObjectNode dissemination = (ObjectNode) doc.get("dataFlows").get(3);
        dissemination.put("to", dissemination.get("from").asText());
        ObjectNode scoring = (ObjectNode) doc.get("dataFlows").get(4);
        scoring.put("asset", "no-such-asset").put("from", "no-such-party").put("to", "nobody-else");
        ((ObjectNode) doc.get("stakeholders").get(1)).put("id", doc.get("stakeholders").get(0).get("id").asText());

        List<Problem> problems = invalid(doc);

        assertAllJapanese(problems, List.of("a second acceptance figure", "must state its identifiability",
                "which is always about a person", "can be special-care-required", "subject groups describe",
                "is deleted immediately", "legal basis EMERGENCY holds only", "to itself", "names data asset",
                "comes from stakeholder", "goes to stakeholder", "duplicate stakeholder id"));
        Problem missingAsset = problems.stream().filter(p -> p.path().equals("dataFlows[4].asset")).findFirst()
                .orElseThrow();
        assertEquals("data flow \"score-residents\" names data asset \"no-such-asset\", which the project does not have",
                missingAsset.message());
        assertEquals("データフロー「score-residents」が参照するデータ資産「no-such-asset」は、このプロジェクトに存在しません",
                ja.text(missingAsset.message()));
    }

    @Test
    void ruleBook_whenVersionsContradictThemselves_shouldBeRenderedInJapanese() throws IOException {
        ObjectNode doc = example();
        ArrayNode rules = doc.withArray("rules");
        ObjectNode copy = rules.get(0).deepCopy();
        copy.put("level", "PROGRAM");
        rules.add(copy);
        ObjectNode gap = rules.get(1).deepCopy();
        gap.put("version", 3);
        rules.add(gap);
        ((ArrayNode) ((ObjectNode) rules.get(2)).withArray("appliesTo")).add("no-such-flow");

        List<Problem> problems = invalid(doc);

        assertAllJapanese(problems, List.of("twice (also rules[", "must keep one kind and level",
                "has two versions in force", "versions count 1, 2, 3", "applies to data flows"));
    }

    @Test
    void referencePass_whenTheStructureIsNotSound_shouldRenderDuplicatesAndMissingIdsInJapanese() throws IOException {
        ObjectNode doc = example();
        doc.put("colour", "blue");
        ((ObjectNode) doc.get("dataAssets").get(1)).put("id", doc.get("dataAssets").get(0).get("id").asText());
        ((ObjectNode) doc.get("dataFlows").get(2)).put("id", doc.get("dataFlows").get(1).get("id").asText());
        ((ObjectNode) doc.get("services").get(1)).put("id", doc.get("services").get(0).get("id").asText());
        ((ObjectNode) doc.get("dataFlows").get(3)).put("from", "no-such-party");
        ((ObjectNode) doc.get("dataFlows").get(4)).remove("id");
        ((ObjectNode) doc.get("dataFlows").get(4)).put("to", "nobody-else");
        ObjectNode rulesOnly = example();
        rulesOnly.put("colour", "blue");
        ((ArrayNode) ((ObjectNode) rulesOnly.get("rules").get(2)).withArray("appliesTo")).add("no-such-flow");

        List<Problem> problems = invalid(doc);
        List<Problem> ruleProblems = invalid(rulesOnly);

        assertAllJapanese(problems, List.of("duplicate data asset id", "duplicate data flow id", "duplicate service id",
                "comes from stakeholder", "data flow dataFlows[4] goes to stakeholder"));
        assertAllJapanese(ruleProblems, List.of("applies to data flows no-such-flow, which the project does not have"));
    }

    @Test
    void readers_whenAValueIsRepeatedOrMisplaced_shouldRenderTheirOwnChecksInJapanese() throws IOException {
        ObjectNode doc = example();
        ObjectNode rule = (ObjectNode) doc.get("rules").get(0);
        rule.withArray("mitigates").add(rule.get("mitigates").get(0).asText());
        rule.put("status", "DRAFT");
        ObjectNode approved = (ObjectNode) doc.get("rules").get(1);
        approved.remove("approvedOn");

        List<Problem> problems = invalid(doc);

        assertAllJapanese(problems, List.of("is listed twice", "a DRAFT rule has not been approved",
                "go together"));
    }

    @Test
    void catalogueEdition_whenItsTablesContradictThemselves_shouldBeRenderedInJapanese() throws IOException {
        ObjectNode doc = catalogue();
        ((ObjectNode) doc.get("laws").get(2)).put("area", "no-such-area");
        ((ObjectNode) doc.get("laws").get(0)).set("sites", json.createArrayNode().add("ROAD"));
        ((ObjectNode) doc.get("softLaws").get(0)).put("topic", "no-such-topic");
        ObjectNode method = (ObjectNode) doc.get("engagementMethods").get(0);
        method.put("format", method.get("format").asText().equals("INVOLVEMENT") ? "TWO_WAY" : "INVOLVEMENT");
        ArrayNode points = doc.withArray("focalPoints");
        points.set(1, points.get(0).deepCopy());
        ArrayNode areas = doc.withArray("lawAreas");
        areas.add(areas.get(0).deepCopy());

        List<Problem> problems = invalidCatalogue(doc);

        ObjectNode unsound = catalogue();
        unsound.put("edition", "JP 2026");
        ((ObjectNode) unsound.get("engagementMethods").get(0)).put("format", "COLLABORATION");

        assertAllJapanese(problems, List.of("no law area", "only a law of an area", "no soft-law topic", "is a method of", "duplicate code",
                "needs an entry for every code"));
        assertAllJapanese(invalidCatalogue(unsound), List.of("must be lower-case letters", "is not one of"));
    }

    @Test
    void catalogueDefaults_whenBandsAndMonitoringAreWrong_shouldBeRenderedInJapanese() throws IOException {
        ObjectNode doc = catalogue();
        ObjectNode defaults = doc.with("cityGovDefaults");
        ObjectNode monitoring = defaults.with("monitoring");
        monitoring.put("volumeWindow", "PT0S");
        monitoring.put("minimumHistory", monitoring.get("baselineWindows").asInt() + 1);
        ObjectNode shares = defaults.with("acceptanceShares");
        shares.put("veryLow", 0.9);

        ObjectNode unreadable = catalogue();
        unreadable.with("cityGovDefaults").with("monitoring").put("burstWindow", "ten minutes");

        List<Problem> problems = invalidCatalogue(doc);

        assertAllJapanese(problems, List.of("must be a positive duration", "cannot exceed baselineWindows",
                "the shares run"));
        assertAllJapanese(invalidCatalogue(unreadable), List.of("must be an ISO 8601 duration"));
    }

    @Test
    void domainChecks_whenAChangeOrAValueIsRefused_shouldBeRenderedInJapanese() {
        List<String> english = new ArrayList<>();
        GovernanceProject project = aProject().buildRegistered();
        english.addAll(messages(project.changeOverview(aProject().withId("another-project").overview())));
        Rule rule = Rule.draft(RuleId.of("incident-contact"), RuleLevel.PROGRAM, "Report incidents",
                new RuleTerms.IncidentHandling(List.of("promotion secretariat"), 24), Set.of(), Set.of());
        GovernanceProject withRule = project.addRule(rule).orElseThrow();
        english.addAll(messages(withRule.addRule(rule.approve("committee", LocalDate.of(2026, 4, 1))
                .orElseThrow())));
        english.addAll(messages(withRule.reviseRule(rule.id(), "Keep data a year",
                new RuleTerms.Retention(365), Set.of(), Set.of())));
        Map<Importance, ImportanceBands.Band> bands = new EnumMap<>(Importance.class);
        Map<Importance, EngagementFormat> formats = new EnumMap<>(Importance.class);
        bands.put(Importance.values()[0], new ImportanceBands.Band(2, 4));
        formats.put(Importance.values()[0], EngagementFormat.values()[EngagementFormat.values().length - 1]);
        formats.put(Importance.values()[1], EngagementFormat.values()[0]);
        english.addAll(ImportanceBands.problems(bands, formats));
        english.add(assertThrows(IllegalArgumentException.class, () -> new ImportanceBands.Band(5, 1)).getMessage());
        english.add(assertThrows(IllegalArgumentException.class, () -> new MonitoringThresholds(Duration.ZERO,
                1, Duration.ofMinutes(1), 1, Duration.ofMinutes(1), 1, 1, 2.0, 1)).getMessage());
        english.add(assertThrows(IllegalArgumentException.class, () -> new MonitoringThresholds(
                Duration.ofMinutes(1), 0, Duration.ofMinutes(1), 1, Duration.ofMinutes(1), 1, 1, 2.0, 1)).getMessage());
        english.add(assertThrows(IllegalArgumentException.class, () -> new MonitoringThresholds(
                Duration.ofMinutes(1), 1, Duration.ofMinutes(1), 1, Duration.ofMinutes(1), 1, 2, 2.0, 1)).getMessage());
        english.add(assertThrows(IllegalArgumentException.class, () -> new MonitoringThresholds(
                Duration.ofMinutes(1), 1, Duration.ofMinutes(1), 1, Duration.ofMinutes(1), 1, 1, 0.5, 1)).getMessage());
        Properties settings = new Properties();
        settings.setProperty("monitoring.colour", "blue");
        settings.setProperty("monitoring.volumeFactor", "many");
        settings.setProperty("monitoring.burstWindow", "soon");
        settings.setProperty("monitoring.burstDenials", "lots");
        english.addAll(messages(MonitoringSettings.read(settings, bundledEdition().cityGovDefaults().monitoring())));

        assertEquals("a project's id cannot change (\"" + project.id() + "\" to \"another-project\")",
                english.getFirst());
        assertTrue(english.size() >= 14, english::toString);
        for (String text : english) {
            assertJapanese(text, ja.text(text));
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private void assertAllJapanese(List<Problem> problems, List<String> expectedEnglish) {
        for (String fragment : expectedEnglish) {
            assertTrue(problems.stream().anyMatch(p -> p.message().contains(fragment)),
                    () -> "no problem says \"" + fragment + "\": " + problems);
        }
        for (Problem problem : problems) {
            assertJapanese(problem.message(), ja.text(problem.message()));
        }
    }

    private static void assertJapanese(String english, String japanese) {
        assertNotEquals(english, japanese, () -> "left in English: " + english);
        assertTrue(JAPANESE.matcher(japanese).find(), () -> "no Japanese in: " + japanese);
        Matcher run = ENGLISH_RUN.matcher(japanese);
        assertFalse(run.find(), () -> "English \"" + run.group() + "\" in: " + japanese + "  (from: " + english + ")");
    }

    private static List<String> messages(Result<?> result) {
        Result.Failure<?> failure = assertInstanceOf(Result.Failure.class, result, result::toString);
        List<String> texts = new ArrayList<>(failure.violations().stream().map(Violation::message).toList());
        if (texts.isEmpty()) {
            texts.add(failure.toString());
        }
        return texts;
    }

    private ObjectNode example() throws IOException {
        return (ObjectNode) json.readTree(Examples.named("kashiwanoha-frailty.json").toFile());
    }

    private List<Problem> invalid(ObjectNode doc) throws IOException {
        ScenarioReading reading = loader.read(json.writerWithDefaultPrettyPrinter().writeValueAsString(doc),
                Syntax.JSON);
        return assertInstanceOf(ScenarioReading.Invalid.class, reading, reading::toString).problems();
    }

    private ObjectNode catalogue() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CatalogueLoader.BUNDLED_RESOURCE)) {
            return (ObjectNode) json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private List<Problem> invalidCatalogue(ObjectNode doc) throws IOException {
        CatalogueReading reading = new CatalogueLoader().read(json.writeValueAsString(doc), Syntax.JSON);
        return assertInstanceOf(CatalogueReading.Invalid.class, reading, reading::toString).problems();
    }

    private static CatalogueEdition bundledEdition() {
        try (InputStream in = ViolationsInJapaneseTest.class.getClassLoader()
                .getResourceAsStream(CatalogueLoader.BUNDLED_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            CatalogueReading reading = new CatalogueLoader().read(text, Syntax.JSON);
            return assertInstanceOf(CatalogueReading.Valid.class, reading).edition();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
