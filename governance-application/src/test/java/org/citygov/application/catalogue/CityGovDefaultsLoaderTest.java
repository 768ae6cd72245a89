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
}
