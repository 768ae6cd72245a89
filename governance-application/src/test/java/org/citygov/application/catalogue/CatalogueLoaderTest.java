package org.citygov.application.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.CatalogueId;
import org.citygov.domain.catalogue.HarmStage;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.project.ServiceField;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueLoaderTest {

    private static String bundled() throws IOException {
        return bundled(CatalogueLoader.BUNDLED_RESOURCE);
    }

    private static String bundled(String resource) throws IOException {
        try (InputStream in = CatalogueLoaderTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CatalogueEdition edition(String name) throws IOException {
        return assertInstanceOf(CatalogueReading.Valid.class, new CatalogueLoader()
                .read(bundled(CatalogueLoader.bundledResource(name)), Syntax.JSON)).edition();
    }

    private static List<Problem> problems(String text) {
        return assertInstanceOf(CatalogueReading.Invalid.class, new CatalogueLoader().read(text, Syntax.JSON))
                .problems();
    }

    @Test
    void read_whenBundledEdition_shouldHoldTheGuidelinesTables() throws IOException {
        CatalogueEdition edition = assertInstanceOf(CatalogueReading.Valid.class,
                new CatalogueLoader().read(bundled(), Syntax.JSON)).edition();
        assertEquals("jp-2026.11", edition.version());
        // SCENARIO.md's catalogue ids: 17 laws (Table 5-2 plus appi and civil-code-709), and the two laws 5.2 names
        // for the frailty case; 7 soft laws (Table 5-3)
        assertEquals(19, edition.laws().size());
        assertEquals(List.of("appi", "civil-code-709"),
                edition.personalDataLaws().stream().map(l -> l.id().value()).toList());
        assertEquals(List.of("camera-image-guidebook-3", "lbma-location-data-guidelines",
                        "maas-data-linkage-guidelines-2", "phr-basic-policy", "mhlw-medical-information-safety-5.2",
                        "provider-medical-information-safety", "smartphone-privacy-initiative"),
                edition.softLaws().stream().map(l -> l.id().value()).toList());
        assertEquals(16, edition.privacyHarms().size());
        assertEquals(HarmStage.INVASION, edition.harm(PrivacyHarm.DECISIONAL_INTERFERENCE).stage());
        assertEquals(6, edition.focalPoints().size());
    }

    @Test
    void read_whenEveryBundledEdition_shouldReadAndTheDefaultBeTheNewest() throws IOException {
        for (String name : CatalogueLoader.BUNDLED_EDITIONS) {
            assertEquals(name, edition(name).version());
        }
        assertEquals(CatalogueLoader.BUNDLED_EDITIONS.getLast(), CatalogueLoader.DEFAULT_EDITION);
        // the earlier edition stays as it was: Table 5-2's 17 laws and no more
        assertEquals(17, edition("jp-2023.02").laws().size());
    }

    @Test
    void read_whenEdition2026_shouldHoldTheFrailtyCasesLawsInBothLanguages() throws IOException {
        // 5.2: "the national Act on Assurance of Medical Care for Elderly People, the National Health Insurance Act"
        CatalogueEdition edition = edition("jp-2026.11");
        List<org.citygov.domain.catalogue.Law> health = edition.lawsIn(CatalogueId.of("health-and-welfare"));
        assertEquals(List.of("medical-service-act", "long-term-care-insurance-act", "elderly-medical-care-act",
                "national-health-insurance-act"), health.stream().map(l -> l.id().value()).toList());
        org.citygov.domain.catalogue.Law elderly = health.get(2);
        assertEquals("Act on Assurance of Medical Care for Elderly People", elderly.label().en());
        assertEquals("高齢者の医療の確保に関する法律", elderly.label().ja());
        assertEquals("国民健康保険法", health.get(3).label().ja());
    }

    @Test
    void read_whenBundledEditions_shouldTieTheContractsPlaceLawsToTheirSites() throws IOException {
        // SCENARIO.md, additions of 2026-11-29: road-act ROAD, river-act RIVER, urban-parks-act URBAN_PARK,
        // railway-business-act RAILWAY, civil-aeronautics-act AIRSPACE, agricultural-land-act FARMLAND
        java.util.Map<String, org.citygov.domain.project.Site> expected = java.util.Map.of(
                "road-act", org.citygov.domain.project.Site.ROAD,
                "river-act", org.citygov.domain.project.Site.RIVER,
                "urban-parks-act", org.citygov.domain.project.Site.URBAN_PARK,
                "railway-business-act", org.citygov.domain.project.Site.RAILWAY,
                "civil-aeronautics-act", org.citygov.domain.project.Site.AIRSPACE,
                "agricultural-land-act", org.citygov.domain.project.Site.FARMLAND);
        for (String name : CatalogueLoader.BUNDLED_EDITIONS) {
            for (org.citygov.domain.catalogue.Law law : edition(name).laws()) {
                java.util.Set<org.citygov.domain.project.Site> sites = expected.containsKey(law.id().value())
                        ? java.util.Set.of(expected.get(law.id().value())) : java.util.Set.of();
                assertEquals(sites, law.sites(), name + " " + law.id());
            }
        }
    }

    @Test
    void read_whenALawNamesNoSitesInItsList_shouldNameTheField() throws IOException {
        String text = bundled().replace("\"sites\": [\"RIVER\"]", "\"sites\": []");

        List<Problem> problems = problems(text);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.getFirst().path().endsWith(".sites"), problems::toString);
    }

    @Test
    void read_whenBundledEdition_shouldMapFieldsAndCategoriesAsTheIssueStates() throws IOException {
        CatalogueEdition edition = ((CatalogueReading.Valid) new CatalogueLoader().read(bundled(), Syntax.JSON))
                .edition();
        assertEquals(CatalogueId.of("traffic-and-mobility"), edition.areasFor(ServiceField.LOGISTICS).getFirst().id());
        assertEquals(CatalogueId.of("urban-development"),
                edition.areasFor(ServiceField.INFRASTRUCTURE_MAINTENANCE).getFirst().id());
        assertEquals(List.of(), edition.areasFor(ServiceField.TOURISM));
        assertEquals(List.of(), edition.areasFor(ServiceField.DISASTER_PREVENTION));
        assertEquals(CatalogueId.of("camera-images"), edition.topicsFor(DataCategory.FACIAL_FEATURES).getFirst().id());
        assertEquals(2, edition.softLawsOn(edition.topicsFor(DataCategory.MEDICAL).getFirst().id()).size());
        assertTrue(edition.topicsFor(DataCategory.EDUCATION).isEmpty());
    }

    @Test
    void read_whenUnknownField_shouldNameItsPathAndLine() throws IOException {
        String text = bundled().replace("\"source\": \"5.2\" }", "\"source\": \"5.2\", \"sorce\": \"x\" }");
        List<Problem> problems = problems(text);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().path().startsWith("laws[0]"), problems.toString());
        assertTrue(problems.getFirst().line().isPresent());
    }

    @Test
    void read_whenLawHasBothAreaAndPersonalData_shouldSayToChoose() throws IOException {
        String text = bundled().replace("\"personalData\": true, \"source\": \"5.2\"",
                "\"personalData\": true, \"area\": \"energy\", \"source\": \"5.2\"");
        List<Problem> problems = problems(text);
        assertEquals("laws[0]", problems.getFirst().path());
        assertTrue(problems.getFirst().message().contains("not both"), problems.toString());
    }

    @Test
    void read_whenSoftLawNamesUnknownTopic_shouldReportPathAndLine() throws IOException {
        String text = bundled().replace("\"topic\": \"smartphone-apps\"", "\"topic\": \"smartphones\"");
        List<Problem> problems = problems(text);
        assertEquals("softLaws[6].topic", problems.getFirst().path());
        assertTrue(problems.getFirst().line().isPresent(), problems.toString());
    }

    @Test
    void read_whenUnknownServiceField_shouldReportIt() throws IOException {
        String text = bundled().replace("\"serviceFields\": [\"AGRICULTURE\"]", "\"serviceFields\": [\"FARMING\"]");
        List<Problem> problems = problems(text);
        assertTrue(problems.getFirst().path().startsWith("lawAreas[4].serviceFields"), problems.toString());
    }

    @Test
    void read_whenYaml_shouldReadTheSameStructure() {
        String yaml = """
                format: citygov-catalogue/1
                edition: tiny-1
                title: {en: Tiny, ja: 小}
                lawAreas: []
                laws: []
                softLawTopics: []
                softLaws: []
                focalPoints: []
                privacyHarms: []
                stakeholderCategories: []
                engagementFormats: []
                engagementMethods: []
                """;
        List<Problem> problems = assertInstanceOf(CatalogueReading.Invalid.class,
                new CatalogueLoader().read(yaml, Syntax.YAML)).problems();
        // syntactically fine, but an edition needs an entry for every harm and focal point
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("privacyHarms")), problems.toString());
    }
}
