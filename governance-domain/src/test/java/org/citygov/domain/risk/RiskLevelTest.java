package org.citygov.domain.risk;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RiskLevelTest {

    @Test
    void level_whenProductAtBandEdges_shouldFollowTheDocumentedBands() {
        assertEquals(RiskLevel.LOW, RiskScore.of(1, 1).level());
        assertEquals(RiskLevel.LOW, RiskScore.of(4, 1).level());
        assertEquals(RiskLevel.MEDIUM, RiskScore.of(5, 1).level());
        assertEquals(RiskLevel.MEDIUM, RiskScore.of(3, 3).level());
        assertEquals(RiskLevel.HIGH, RiskScore.of(5, 2).level());
        assertEquals(RiskLevel.HIGH, RiskScore.of(5, 3).level());
        assertEquals(RiskLevel.CRITICAL, RiskScore.of(4, 4).level());
        assertEquals(RiskLevel.CRITICAL, RiskScore.of(5, 5).level());
    }

    @Test
    void of_whenValueOutsideOneToFive_shouldThrow() {
        assertThrows(IllegalArgumentException.class, () -> RiskScore.of(0, 3));
        assertThrows(IllegalArgumentException.class, () -> RiskScore.of(3, 6));
    }

    @Test
    void clamped_whenAdjustmentsOverrun_shouldStayWithinOneToFive() {
        assertEquals(RiskScore.of(5, 1), RiskScore.clamped(7, -2));
    }
}
