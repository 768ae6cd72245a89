package org.citygov.domain.stakeholder;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.citygov.domain.stakeholder.EngagementFormat.INFORMATION_DISTRIBUTION;
import static org.citygov.domain.stakeholder.EngagementFormat.INFORMATION_GATHERING;
import static org.citygov.domain.stakeholder.EngagementFormat.INVOLVEMENT;
import static org.citygov.domain.stakeholder.EngagementFormat.TWO_WAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngagementMethodTest {

    @Test
    void format_whenEachMethodOfTable5_1_shouldBeTheFormatItIsListedUnder() {
        assertEquals(INFORMATION_DISTRIBUTION, EngagementMethod.INDIVIDUAL_NOTIFICATION.format());
        assertEquals(INFORMATION_DISTRIBUTION, EngagementMethod.MEDIA_PR.format());
        assertEquals(INFORMATION_GATHERING, EngagementMethod.QUESTIONNAIRE.format());
        assertEquals(INFORMATION_GATHERING, EngagementMethod.SOCIAL_MEDIA_ANALYSIS.format());
        assertEquals(INFORMATION_GATHERING, EngagementMethod.EXPERT_COUNCIL.format());
        assertEquals(TWO_WAY, EngagementMethod.INDIVIDUAL_NEGOTIATION.format());
        assertEquals(TWO_WAY, EngagementMethod.BRIEFING.format());
        assertEquals(INVOLVEMENT, EngagementMethod.PROJECT_PARTICIPATION.format());
        assertEquals(INVOLVEMENT, EngagementMethod.LIVING_LAB.format());
        assertEquals(INVOLVEMENT, EngagementMethod.PARTNERSHIP.format());
        assertEquals(INVOLVEMENT, EngagementMethod.MULTI_STAKEHOLDER_PROCESS.format());
    }

    @Test
    void format_whenAllMethodsTaken_shouldCoverEveryFormat() {
        Set<EngagementFormat> formats = EnumSet.noneOf(EngagementFormat.class);
        for (EngagementMethod method : EngagementMethod.values()) {
            formats.add(method.format());
        }
        assertEquals(EnumSet.allOf(EngagementFormat.class), formats);
    }

    @Test
    void atLeast_whenComparingFormats_shouldOrderFromLightestToDeepest() {
        assertTrue(INVOLVEMENT.atLeast(TWO_WAY));
        assertTrue(TWO_WAY.atLeast(TWO_WAY));
        assertTrue(INFORMATION_GATHERING.atLeast(INFORMATION_DISTRIBUTION));
        assertFalse(INFORMATION_GATHERING.atLeast(TWO_WAY));
        assertFalse(INFORMATION_DISTRIBUTION.atLeast(INVOLVEMENT));
    }
}
