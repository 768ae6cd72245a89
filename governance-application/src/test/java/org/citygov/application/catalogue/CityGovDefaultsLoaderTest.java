package org.citygov.application.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.domain.catalogue.CityGovDefaults;
import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.Importance;
import org.citygov.domain.stakeholder.ImportanceBands;
import org.junit.jupiter.api.Test;

/** The edition's {@code cityGovDefaults} section: CityGov's own numbers, read from data, never from code. */
class CityGovDefaultsLoaderTest {

    private static String bundled() throws IOException {
        try (InputStream in = CityGovDefaultsLoaderTest.class.getClassLoader()
                .getResourceAsStream(CatalogueLoader.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CityGovDefaults defaults(String text) {
        return assertInstanceOf(CatalogueReading.Valid.class, new CatalogueLoader().read(text, Syntax.JSON))
                .edition().cityGovDefaults();
    }

    private static List<Problem> problems(String text) {
        return assertInstanceOf(CatalogueReading.Invalid.class, new CatalogueLoader().read(text, Syntax.JSON))
                .problems();
    }

    @Test
    void read_whenBundledEdition_shouldHoldCityGovsNumbersInTheirOwnSection() throws IOException {
        CityGovDefaults d = defaults(bundled());

        assertEquals("HIGH", d.mitigateFrom());
        assertEquals(List.of("HIGH", "CRITICAL"), d.levelsToMitigate());
        assertEquals(new ImportanceBands.Band(10, 15), d.importance().band(Importance.HIGH));
        assertEquals(EngagementFormat.INVOLVEMENT, d.importance().engagementFor(Importance.CRITICAL));
        assertEquals(new CityGovDefaults.AcceptanceShares(0.25, 0.5, 0.8), d.acceptance());
        assertEquals(30, d.ruleDrafts().retentionDays());
    }

    @Test
    void read_whenAnEditionHasNoSection_shouldTakeTheBundledValuesSoEarlierEditionsStayLoadable() throws IOException {
        String text = bundled();
        String withoutSection = text.substring(0, text.indexOf(",\n  \"cityGovDefaults\"")) + "\n}\n";

        assertEquals(defaults(text), defaults(withoutSection));
    }

    @Test
    void read_whenTheImportanceBandsLeaveAGap_shouldNameTheSectionAndLine() throws IOException {
        String text = bundled().replace("\"level\": \"HIGH\", \"lowest\": 10", "\"level\": \"HIGH\", \"lowest\": 11");

        List<Problem> problems = problems(text);

        assertEquals("cityGovDefaults.importance", problems.getFirst().path());
        assertTrue(problems.getFirst().message().contains("HIGH starts at 11, not at 10"), problems.toString());
        assertTrue(problems.getFirst().line().isPresent(), problems.toString());
    }

    @Test
    void read_whenTheAcceptanceSharesAreOutOfOrder_shouldSaySo() throws IOException {
        String text = bundled().replace("\"veryLow\": 0.25, \"low\": 0.5", "\"veryLow\": 0.6, \"low\": 0.5");

        List<Problem> problems = problems(text);

        assertEquals("cityGovDefaults.acceptanceShares", problems.getFirst().path());
    }

    @Test
    void read_whenMitigateFromIsNotALevel_shouldNameTheField() throws IOException {
        List<Problem> problems = problems(bundled().replace("\"mitigateFrom\": \"HIGH\"", "\"mitigateFrom\": \"SEVERE\""));

        assertEquals("cityGovDefaults.mitigateFrom", problems.getFirst().path());
    }

    @Test
    void read_whenBundledEdition_shouldHoldTheFourFactorHubAndMonitoringDefaults() throws IOException {
        CityGovDefaults d = defaults(bundled());

        assertEquals(new CityGovDefaults.FourFactorLimits(30, 90, 365, d.fourFactor().vagueWording()), d.fourFactor());
        assertEquals(java.util.Optional.of("as needed"), d.fourFactor().vagueWording().firstIn("used as needed"));
        assertEquals(new CityGovDefaults.ProjectWide(3, 2, 4), d.projectWide());
        assertEquals(java.time.Duration.ofMinutes(10), d.monitoring().burstWindow());
        assertEquals(10, d.monitoring().burstDenials());
        assertEquals(50, d.monitoring().volumeMinimum());
    }

    @Test
    void read_whenAFourFactorLimitIsMissing_shouldNameItsPath() throws IOException {
        List<Problem> problems = problems(bundled().replace("\"cameraRetentionDays\": 30, ", ""));

        assertEquals("cityGovDefaults.fourFactor.cameraRetentionDays", problems.getFirst().path());
        assertTrue(problems.getFirst().line().isPresent(), problems.toString());
    }

    @Test
    void read_whenARetentionLimitIsNegative_shouldNameItsPath() throws IOException {
        List<Problem> problems = problems(bundled().replace("\"locationRetentionDays\": 90", "\"locationRetentionDays\": -1"));

        assertEquals("cityGovDefaults.fourFactor.locationRetentionDays", problems.getFirst().path());
    }

    @Test
    void read_whenAVagueWordIsListedTwice_shouldSaySo() throws IOException {
        List<Problem> problems = problems(bundled().replace("\"as needed\",", "\"as needed\", \"As needed\","));

        assertEquals("cityGovDefaults.fourFactor.vagueWording", problems.getFirst().path());
        assertTrue(problems.getFirst().message().contains("twice"), problems.toString());
    }

    @Test
    void read_whenTheHubSizeIsMissingOrTooSmall_shouldNameItsPath() throws IOException {
        assertEquals("cityGovDefaults.projectWide.hubAssets",
                problems(bundled().replace("\"hubAssets\": 3, ", "")).getFirst().path());
        assertEquals("cityGovDefaults.projectWide.partiesNeedingCouncil",
                problems(bundled().replace("\"partiesNeedingCouncil\": 4", "\"partiesNeedingCouncil\": 1")).getFirst().path());
    }

    @Test
    void read_whenAMonitoringValueIsBad_shouldNameItsPath() throws IOException {
        assertEquals("cityGovDefaults.monitoring.burstWindow",
                problems(bundled().replace("\"burstWindow\": \"PT10M\"", "\"burstWindow\": \"ten minutes\"")).getFirst().path());
        assertEquals("cityGovDefaults.monitoring.outsideWindow",
                problems(bundled().replace("\"outsideWindow\": \"PT1H\"", "\"outsideWindow\": \"PT0S\"")).getFirst().path());
        assertEquals("cityGovDefaults.monitoring.minimumHistory",
                problems(bundled().replace("\"minimumHistory\": 6", "\"minimumHistory\": 30")).getFirst().path());
        assertEquals("cityGovDefaults.monitoring.volumeFactor",
                problems(bundled().replace("\"volumeFactor\": 5", "\"volumeFactor\": 1")).getFirst().path());
        assertEquals("cityGovDefaults.monitoring",
                problems(bundled().replace(",\n    \"monitoring\": {", ",\n    \"monitoringX\": {")).stream()
                        .map(Problem::path).filter(p -> p.equals("cityGovDefaults.monitoring")).findFirst().orElse(""));
    }

    @Test
    void read_whenTheEditionChangesAValue_shouldCarryIt() throws IOException {
        CityGovDefaults d = defaults(bundled().replace("\"cameraRetentionDays\": 30", "\"cameraRetentionDays\": 14")
                .replace("\"hubAssets\": 3", "\"hubAssets\": 5").replace("\"burstDenials\": 10", "\"burstDenials\": 3"));

        assertEquals(14, d.fourFactor().cameraRetentionDays());
        assertEquals(5, d.projectWide().hubAssets());
        assertEquals(3, d.monitoring().burstDenials());
    }

    @Test
    void assess_whenACityEditionLengthensTheCameraRetentionLimit_shouldChangeTheVerdictAndQuoteTheEditionsValue()
            throws IOException {
        var project = org.citygov.domain.assessment.AssessmentFixtures.project()
                .asset(org.citygov.domain.assessment.AssessmentFixtures.asset("images",
                        org.citygov.domain.data.DataCategory.CAMERA_IMAGE).retainedFor(60))
                .flow(org.citygov.domain.assessment.AssessmentFixtures.flow("capture", "images")
                        .by(org.citygov.domain.data.CollectionMethod.SURVEILLANCE_CAMERA)).build();
        var bundled = assertInstanceOf(CatalogueReading.Valid.class, new CatalogueLoader().read(bundled(),
                Syntax.JSON)).edition();
        var city = assertInstanceOf(CatalogueReading.Valid.class, new CatalogueLoader().read(bundled()
                .replace("\"cameraRetentionDays\": 30", "\"cameraRetentionDays\": 45"), Syntax.JSON)).edition();
        var longer = assertInstanceOf(CatalogueReading.Valid.class, new CatalogueLoader().read(bundled()
                .replace("\"cameraRetentionDays\": 30", "\"cameraRetentionDays\": 90"), Syntax.JSON)).edition();

        var underBundled = org.citygov.domain.assessment.ProjectAssessment.of(project, bundled).legalTests().getFirst();
        var underCity = org.citygov.domain.assessment.ProjectAssessment.of(project, city).legalTests().getFirst();
        var underLonger = org.citygov.domain.assessment.ProjectAssessment.of(project, longer).legalTests().getFirst();

        assertTrue(underBundled.cautions().stream().anyMatch(c -> c.contains("past the 30 days")), underBundled::toString);
        assertTrue(underCity.cautions().stream().anyMatch(c -> c.contains("past the 45 days")), underCity::toString);
        assertTrue(underLonger.cautions().stream().noneMatch(c -> c.contains("past the")), underLonger::toString);
        assertEquals(org.citygov.domain.law.Standing.CAUTION, underBundled.method().standing());
        assertEquals(org.citygov.domain.law.Standing.MET, underLonger.method().standing(), underLonger::toString);
    }
}
