package org.citygov.application.service;

import java.time.Instant;

import org.citygov.domain.assessment.AssessmentFixtures;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.platform.PlatformAssessment;
import org.junit.jupiter.api.Test;

import static org.citygov.domain.testing.PlatformBuilders.aMarket;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PlatformServiceTest {

    private final CatalogueEdition edition = AssessmentFixtures.edition();
    private final Instant now = Instant.parse("2025-06-01T00:00:00Z");
    private final PlatformService service = new PlatformService(() -> edition, () -> now);

    @Test
    void assess_whenNoInstantGiven_shouldJudgeNowUnderTheCataloguesEdition() {
        PlatformAssessment assessment = service.assess(aMarket().build());

        assertEquals(now, assessment.at());
        assertEquals(edition.version(), assessment.edition());
    }

    @Test
    void assess_whenInstantGiven_shouldJudgeAtIt() {
        Instant later = Instant.parse("2026-06-01T00:00:00Z");

        PlatformAssessment assessment = service.assess(aMarket().build(), later);

        assertEquals(later, assessment.at());
        // a year on, the default participants' 2025 training has lapsed: the framework has gaps
        assertEquals(3, assessment.framework().gaps().size());
    }
}
