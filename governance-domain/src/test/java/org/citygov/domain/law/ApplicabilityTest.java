package org.citygov.domain.law;

import java.util.List;

import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.CatalogueId;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.catalogue.Law;
import org.citygov.domain.catalogue.LawScope;
import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataSubject;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.project.Site;
import org.junit.jupiter.api.Test;

import static org.citygov.domain.assessment.AssessmentFixtures.asset;
import static org.citygov.domain.assessment.AssessmentFixtures.edition;
import static org.citygov.domain.assessment.AssessmentFixtures.flow;
import static org.citygov.domain.assessment.AssessmentFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicabilityTest {

    private static List<String> lawIds(GovernanceProject p) {
        return Applicability.laws(p, edition()).stream().map(l -> l.id().value()).toList();
    }

    @Test
    void laws_whenProjectHandlesPersonalData_shouldApplyThePersonalDataLawsWithTheAssetsAsReason() {
        GovernanceProject p = project().asset(asset("profiles", DataCategory.CONTACT))
                .flow(flow("collect", "profiles")).build();
        List<ApplicableLaw> laws = Applicability.laws(p, edition());
        assertEquals(List.of("appi", "civil-code-709"), laws.stream().map(l -> l.id().value()).toList());
        assertTrue(laws.getFirst().reason().contains("profiles"), laws.getFirst().reason());
    }

    @Test
    void laws_whenNoPersonalDataAndNoAreaField_shouldApplyNothing() {
        GovernanceProject p = project().asset(asset("air", DataCategory.ENVIRONMENT).about(DataSubject.NONE))
                .flow(flow("measure", "air").by(CollectionMethod.ENVIRONMENTAL_SENSOR)).build();
        assertEquals(List.of(), lawIds(p));
    }

    @Test
    void laws_whenLogisticsService_shouldApplyTheTrafficAreaLawNamingTheService() {
        GovernanceProject p = project().onlyService(ServiceField.LOGISTICS)
                .asset(asset("air", DataCategory.ENVIRONMENT).about(DataSubject.NONE))
                .flow(flow("measure", "air").by(CollectionMethod.ENVIRONMENTAL_SENSOR)).build();
        List<ApplicableLaw> laws = Applicability.laws(p, edition());
        assertEquals(List.of("road-traffic-act"), laws.stream().map(l -> l.id().value()).toList());
        assertTrue(laws.getFirst().reason().contains("LOGISTICS"), laws.getFirst().reason());
    }

    @Test
    void laws_whenTourismService_shouldAddNoAreaLaw() {
        GovernanceProject p = project().onlyService(ServiceField.TOURISM)
                .asset(asset("air", DataCategory.ENVIRONMENT).about(DataSubject.NONE))
                .flow(flow("measure", "air").by(CollectionMethod.ENVIRONMENTAL_SENSOR)).build();
        assertEquals(List.of(), lawIds(p));
    }

    @Test
    void laws_whenEditionAddsAnOrdinance_shouldApplyIt() {
        List<Law> laws = new java.util.ArrayList<>(edition().laws());
        laws.add(new Law(CatalogueId.of("city-ordinance"), Label.of("City ordinance", "条例"),
                LawScope.personalData(), "city"));
        GovernanceProject p = project().asset(asset("profiles", DataCategory.CONTACT))
                .flow(flow("collect", "profiles")).build();
        List<String> applied = Applicability.laws(p, edition(laws)).stream().map(l -> l.id().value()).toList();
        assertEquals(List.of("appi", "civil-code-709", "city-ordinance"), applied);
    }

    // ---- laws tied to a place (SCENARIO.md, additions of 2026-11-29)

    /** The fixture edition with the Railway Business Act tied to RAILWAY in the traffic area. */
    private static CatalogueEdition withRailwayAct() {
        List<Law> laws = new java.util.ArrayList<>(edition().laws());
        laws.add(new Law(CatalogueId.of("railway-business-act"), Label.of("Railway Business Act", "鉄道事業法"),
                LawScope.inArea(CatalogueId.of("traffic")), "Table 5-2", java.util.Set.of(Site.RAILWAY)));
        return edition(laws);
    }

    private static ApplicableLaw law(List<ApplicableLaw> laws, String id) {
        return laws.stream().filter(l -> l.id().value().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + laws));
    }

    private static GovernanceProject withServiceAt(Site... sites) {
        return project().onlyService(ServiceField.TRANSPORT_AND_MOBILITY, sites)
                .asset(asset("air", DataCategory.ENVIRONMENT).about(DataSubject.NONE))
                .flow(flow("measure", "air").by(CollectionMethod.ENVIRONMENTAL_SENSOR)).build();
    }

    @Test
    void laws_whenServiceOfTheAreaNamesNoSites_shouldListThePlaceTiedLawToCheckNeverAsApplying() {
        List<ApplicableLaw> laws = Applicability.laws(withServiceAt(), withRailwayAct());

        ApplicableLaw railway = law(laws, "railway-business-act");
        assertEquals(LawStanding.TO_CHECK, railway.standing());
        assertTrue(railway.reason().contains("RAILWAY"), railway.reason());
        assertTrue(railway.reason().contains("services[0].sites"), railway.reason());
        // the area's law tied to no place still applies
        assertEquals(LawStanding.APPLIES, law(laws, "road-traffic-act").standing());
    }

    @Test
    void laws_whenServiceNamesTheLawsSite_shouldApplyItNamingTheSite() {
        ApplicableLaw railway = law(Applicability.laws(withServiceAt(Site.RAILWAY, Site.ROAD), withRailwayAct()),
                "railway-business-act");

        assertEquals(LawStanding.APPLIES, railway.standing());
        assertTrue(railway.reason().contains("operates at RAILWAY"), railway.reason());
    }

    @Test
    void laws_whenEveryServiceOfTheAreaNamesOtherSites_shouldNotListThePlaceTiedLaw() {
        List<String> ids = Applicability.laws(withServiceAt(Site.ROAD, Site.VEHICLE), withRailwayAct()).stream()
                .map(l -> l.id().value()).toList();

        assertEquals(List.of("road-traffic-act"), ids);
    }

    @Test
    void laws_whenOneServiceNamesOtherSitesAndAnotherNone_shouldAskToCheckOnlyTheUnstatedOne() {
        GovernanceProject p = project().onlyService(ServiceField.LOGISTICS, Site.PRIVATE_PREMISES)
                .service(ServiceField.TRANSPORT_AND_MOBILITY)
                .asset(asset("air", DataCategory.ENVIRONMENT).about(DataSubject.NONE))
                .flow(flow("measure", "air").by(CollectionMethod.ENVIRONMENTAL_SENSOR)).build();

        ApplicableLaw railway = law(Applicability.laws(p, withRailwayAct()), "railway-business-act");

        assertEquals(LawStanding.TO_CHECK, railway.standing());
        assertTrue(railway.reason().contains("services[1].sites"), railway.reason());
        assertTrue(!railway.reason().contains("services[0]"), railway.reason());
    }

    @Test
    void edition_whenALawOnPersonalDataIsTiedToASite_shouldBeInconsistent() {
        List<Law> laws = new java.util.ArrayList<>(edition().laws());
        laws.add(new Law(CatalogueId.of("odd"), Label.of("Odd", "奇"), LawScope.personalData(), "x",
                java.util.Set.of(Site.RIVER)));

        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> edition(laws));
    }

    @Test
    void softLaws_whenMedicalData_shouldApplyBothMedicalEntries() {
        GovernanceProject p = project().asset(asset("claims", DataCategory.MEDICAL).specialCare())
                .flow(flow("collect", "claims").by(CollectionMethod.ADMINISTRATIVE_RECORDS)).build();
        assertEquals(List.of("medical-a", "medical-b"),
                Applicability.softLaws(p, edition()).stream().map(l -> l.id().value()).toList());
    }

    @Test
    void softLaws_whenFacialFeatures_shouldApplyTheCameraGuidebook() {
        ProjectAssessment a = project().asset(asset("faces", DataCategory.FACIAL_FEATURES))
                .flow(flow("capture", "faces").by(CollectionMethod.FACIAL_RECOGNITION_CAMERA)).assess();
        assertEquals(List.of("camera-guidebook"), a.softLaws().stream().map(l -> l.id().value()).toList());
        assertTrue(a.softLaws().getFirst().reason().contains("FACIAL_FEATURES"));
    }

    @Test
    void softLaws_whenNoMatchingCategory_shouldBeEmpty() {
        GovernanceProject p = project().asset(asset("profiles", DataCategory.CONTACT))
                .flow(flow("collect", "profiles").at(LifecycleStage.PROCESSING)).build();
        assertEquals(List.of(), Applicability.softLaws(p, edition()));
    }
}
