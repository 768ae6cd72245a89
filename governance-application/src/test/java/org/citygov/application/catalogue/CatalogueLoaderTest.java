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
        try (InputStream in = CatalogueLoaderTest.class.getClassLoader()
                .getResourceAsStream(CatalogueLoader.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Problem> problems(String text) {
        return assertInstanceOf(CatalogueReading.Invalid.class, new CatalogueLoader().read(text, Syntax.JSON))
                .problems();
    }

    @Test
    void read_whenBundledEdition_shouldHoldTheGuidelinesTables() throws IOException {
        CatalogueEdition edition = assertInstanceOf(CatalogueReading.Valid.class,
                new CatalogueLoader().read(bundled(), Syntax.JSON)).edition();
        assertEquals("jp-2023.02", edition.version());
        // SCENARIO.md's catalogue ids: 17 laws (Table 5-2 plus appi and civil-code-709), 7 soft laws (Table 5-3)
        assertEquals(17, edition.laws().size());
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
