package org.citygov.domain.stakeholder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.citygov.domain.testing.ProjectBuilders.BANDS;
import static org.citygov.domain.testing.ProjectBuilders.aStakeholder;
import static org.citygov.domain.testing.ProjectBuilders.anEngagement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StakeholderTest {

    @Test
    void score_whenRated_shouldBeImpactTimesUncertainty() {
        Stakeholder stakeholder = aStakeholder().withImpact(3).withUncertainty(5).build();

        assertEquals(15, stakeholder.score());
        assertEquals(Importance.HIGH, stakeholder.importance(BANDS));
        assertEquals(EngagementFormat.TWO_WAY, stakeholder.recommendedEngagement(BANDS));
    }

    @Test
    void recommendedEngagement_whenCritical_shouldBeInvolvement() {
        Stakeholder stakeholder = aStakeholder().withImpact(5).withUncertainty(4).build();

        assertEquals(Importance.CRITICAL, stakeholder.importance(BANDS));
        assertEquals(EngagementFormat.INVOLVEMENT, stakeholder.recommendedEngagement(BANDS));
    }

    @Test
    void isEngagedAsRecommended_whenNoEngagementHeld_shouldBeFalse() {
        Stakeholder stakeholder = aStakeholder().withImpact(1).withUncertainty(1).build();

        assertEquals(Optional.empty(), stakeholder.deepestEngagementHeld());
        assertFalse(stakeholder.isEngagedAsRecommended(BANDS));
    }

    @Test
    void isEngagedAsRecommended_whenOnlyLighterFormatsHeld_shouldBeFalse() {
        Stakeholder stakeholder = aStakeholder().high()
                .withEngagement(EngagementMethod.MEDIA_PR)
                .withEngagement(EngagementMethod.QUESTIONNAIRE)
                .build();

        assertEquals(Optional.of(EngagementFormat.INFORMATION_GATHERING), stakeholder.deepestEngagementHeld());
        assertFalse(stakeholder.isEngagedAsRecommended(BANDS));
    }

    @Test
    void isEngagedAsRecommended_whenRecommendedFormatHeld_shouldBeTrue() {
        Stakeholder stakeholder = aStakeholder().high().withEngagement(EngagementMethod.BRIEFING).build();

        assertTrue(stakeholder.isEngagedAsRecommended(BANDS));
    }

    @Test
    void isEngagedAsRecommended_whenDeeperFormatHeld_shouldBeTrue() {
        Stakeholder stakeholder = aStakeholder().withImpact(2).withUncertainty(3)
                .withEngagement(EngagementMethod.LIVING_LAB).build();

        assertEquals(Importance.MEDIUM, stakeholder.importance(BANDS));
        assertTrue(stakeholder.isEngagedAsRecommended(BANDS));
    }

    @Test
    void withEngagement_whenRecorded_shouldAddActivityAndLeaveOriginalUnchanged() {
        Stakeholder original = aStakeholder().critical().build();
        EngagementActivity lab = anEngagement(EngagementMethod.LIVING_LAB);

        Stakeholder engaged = original.withEngagement(lab);

        assertEquals(List.of(lab), engaged.engagements());
        assertTrue(engaged.isEngagedAsRecommended(BANDS));
        assertTrue(original.engagements().isEmpty());
        assertFalse(original.isEngagedAsRecommended(BANDS));
    }

    @Test
    void heard_whenOnlyInformationWasDistributed_shouldBeFalseUntilViewsAreGathered() {
        Stakeholder informed = aStakeholder().withEngagement(EngagementMethod.MEDIA_PR).build();

        assertFalse(aStakeholder().build().heard(), "not engaged at all");
        assertFalse(informed.heard(), "information distribution goes one way (Table 5-1)");
        assertTrue(informed.withEngagement(anEngagement(EngagementMethod.QUESTIONNAIRE)).heard());
        assertTrue(aStakeholder().withEngagement(EngagementMethod.BRIEFING).build().heard(), "two-way");
    }

    @Test
    void engagements_whenRecordedOutOfOrder_shouldBeKeptInDateOrder() {
        EngagementActivity later = new EngagementActivity(EngagementMethod.BRIEFING, LocalDate.of(2026, 6, 1), "");
        EngagementActivity earlier = new EngagementActivity(EngagementMethod.MEDIA_PR, LocalDate.of(2026, 1, 1), "");

        Stakeholder stakeholder = aStakeholder().build().withEngagement(later).withEngagement(earlier);

        assertEquals(List.of(earlier, later), stakeholder.engagements());
    }

    @ParameterizedTest
    @EnumSource(Involvement.class)
    void importance_whenDirectOrIndirect_shouldBeAnalysedAlike(Involvement involvement) {
        Stakeholder stakeholder = aStakeholder().withInvolvement(involvement).withImpact(4).withUncertainty(4)
                .withEngagement(EngagementMethod.BRIEFING).build();

        assertEquals(16, stakeholder.score());
        assertEquals(Importance.CRITICAL, stakeholder.importance(BANDS));
        assertEquals(EngagementFormat.INVOLVEMENT, stakeholder.recommendedEngagement(BANDS));
        assertFalse(stakeholder.isEngagedAsRecommended(BANDS));
    }

    @Test
    void constructor_whenNameBlank_shouldThrow() {
        assertThrows(IllegalArgumentException.class, () -> aStakeholder().withName("  ").build());
    }

    @Test
    void constructor_whenIdNotKebabCase_shouldThrow() {
        assertThrows(IllegalArgumentException.class, () -> StakeholderId.of("City OS"));
    }
}
