package org.citygov.domain.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.junit.jupiter.api.Test;

import static org.citygov.domain.assessment.AssessmentFixtures.categories;
import static org.citygov.domain.assessment.AssessmentFixtures.edition;
import static org.citygov.domain.assessment.AssessmentFixtures.focalPoints;
import static org.citygov.domain.assessment.AssessmentFixtures.formats;
import static org.citygov.domain.assessment.AssessmentFixtures.harms;
import static org.citygov.domain.assessment.AssessmentFixtures.methods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueEditionTest {

    private static Result<CatalogueEdition> create(List<Law> laws, List<HarmEntry> harms,
                                                   List<EngagementMethodEntry> methods) {
        CatalogueEdition base = edition();
        return CatalogueEdition.create("city-2024.1", base.title(), base.lawAreas(), laws, base.softLawTopics(),
                base.softLaws(), focalPoints(), harms, categories(), formats(), methods, base.cityGovDefaults());
    }

    private static List<String> paths(Result<CatalogueEdition> result) {
        return ((Result.Failure<CatalogueEdition>) result).violations().stream().map(v -> v.path()).toList();
    }

    @Test
    void create_whenConsistent_shouldSucceed() {
        assertTrue(create(edition().laws(), harms(), methods()).isSuccess());
    }

    @Test
    void create_whenLawNamesUnknownArea_shouldReportThePathOfTheArea() {
        List<Law> laws = new ArrayList<>(edition().laws());
        laws.add(new Law(CatalogueId.of("energy-act"), Label.of("Energy", "エネルギー"),
                LawScope.inArea(CatalogueId.of("energy")), "Table 5-2"));
        assertEquals(List.of("laws[4].area"), paths(create(laws, harms(), methods())));
    }

    @Test
    void create_whenIdRepeated_shouldReportTheSecondOne() {
        List<Law> laws = new ArrayList<>(edition().laws());
        laws.add(laws.getFirst());
        assertEquals(List.of("laws[4].id"), paths(create(laws, harms(), methods())));
    }

    @Test
    void create_whenAHarmIsMissing_shouldNameIt() {
        List<HarmEntry> harms = harms().stream().filter(h -> h.code() != PrivacyHarm.BLACKMAIL).toList();
        Result<CatalogueEdition> result = create(edition().laws(), harms, methods());
        assertEquals(List.of("privacyHarms"), paths(result));
        assertTrue(((Result.Failure<CatalogueEdition>) result).message().contains("BLACKMAIL"));
    }

    @Test
    void create_whenMethodListedUnderWrongFormat_shouldReportItsFormat() {
        List<EngagementMethodEntry> methods = new ArrayList<>(methods());
        methods.set(0, new EngagementMethodEntry(EngagementMethod.INDIVIDUAL_NOTIFICATION, EngagementFormat.TWO_WAY,
                Label.of("x", "x"), "Table 5-1"));
        assertEquals(List.of("engagementMethods[0].format"), paths(create(edition().laws(), harms(), methods)));
    }

    @Test
    void constructor_whenInconsistent_shouldThrow() {
        CatalogueEdition base = edition();
        assertThrows(IllegalArgumentException.class, () -> new CatalogueEdition("Bad Version", base.title(),
                base.lawAreas(), base.laws(), base.softLawTopics(), base.softLaws(), base.focalPoints(),
                base.privacyHarms(), base.stakeholderCategories(), base.engagementFormats(),
                base.engagementMethods(), base.cityGovDefaults()));
    }

    @Test
    void catalogueId_whenVersionHasDots_shouldBeAccepted() {
        assertEquals("mhlw-medical-information-safety-5.2",
                CatalogueId.of("mhlw-medical-information-safety-5.2").value());
        assertFalse(CatalogueId.isValid("Appi"));
        assertFalse(CatalogueId.isValid("a..b"));
    }
}
