package org.citygov.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.risk.RiskLevel;
import org.citygov.domain.risk.RiskScore;
import org.junit.jupiter.api.Test;

class AssessmentChangeTest {

    private static Risk risk(String id, int severity, int likelihood) {
        return new Risk(id, Optional.empty(), Optional.empty(), FocalPoint.SECURITY, Optional.empty(),
                RiskScore.of(severity, likelihood), "why", "5.3 (3)", Label.of("q", "q"));
    }

    private static ProjectAssessment assessment(List<Risk> risks) {
        return new ProjectAssessment(ProjectId.of("p"), "jp-2023.02", List.of(), List.of(), List.of(), List.of(),
                risks, Optional.empty(), Optional.empty());
    }

    @Test
    void between_shouldNameNewGoneAndChangedRisks() {
        AssessmentChange change = AssessmentChange.between(
                assessment(List.of(risk("kept", 2, 2), risk("raised", 2, 2), risk("dropped", 1, 1))),
                assessment(List.of(risk("kept", 2, 2), risk("raised", 4, 4), risk("added", 3, 4))));

        assertEquals(List.of("added"), change.appeared().stream().map(Risk::id).toList());
        assertEquals(List.of("dropped"), change.disappeared().stream().map(Risk::id).toList());
        assertEquals(List.of(new AssessmentChange.LevelChange("raised", RiskLevel.LOW, RiskLevel.CRITICAL)),
                change.changed());
        assertTrue(change.readable().contains("changed  raised: LOW → CRITICAL"), change::readable);
    }

    @Test
    void between_whenNothingMoved_shouldBeEmpty() {
        List<Risk> risks = List.of(risk("a", 2, 3));

        AssessmentChange change = AssessmentChange.between(assessment(risks), assessment(risks));

        assertTrue(change.isEmpty());
        assertEquals("no change", change.readable());
    }
}
