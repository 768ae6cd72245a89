package org.citygov.domain.project;

import static org.citygov.domain.testing.ProjectBuilders.STANDARDS;

import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiId;
import org.citygov.domain.evaluation.KpiKind;
import org.citygov.domain.evaluation.Measurement;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.evaluation.RevisionTrigger;
import org.citygov.domain.evaluation.Threshold;
import org.citygov.domain.shared.Result;
import org.junit.jupiter.api.Test;

/** The agile loop of 3.3 and 5.5: evaluation sends the cycle back to risk analysis, saying why. */
class RevisionTriggersTest {

    private static final Actor SECRETARIAT = Actor.of("secretariat");
    private static final String EDITION = "jp-2023.02";
    private static final KpiId COMPLAINTS = KpiId.of("complaints");

    /** A project at implementation and evaluation, revision 1, with a complaints KPI (at most 5 a month). */
    private static GovernanceProject atEvaluation() {
        GovernanceProject project = aProject().buildRegistered();
        for (int step = 0; step < 4; step++) {
            project = project.advanceCycle(SECRETARIAT, Instant.parse("2026-04-0" + (2 + step) + "T09:00:00Z"),
                    "step " + step + " done", STANDARDS).orElseThrow();
        }
        assertEquals(GovernanceStep.IMPLEMENTATION_AND_EVALUATION, project.cycle().step());
        return project.addKpi(new Kpi(COMPLAINTS, "Complaints about the cameras", KpiKind.COMPLAINTS,
                new Threshold(Threshold.Direction.AT_MOST, 5), List.of())).orElseThrow();
    }

    @Test
    void reviseFromTriggers_whenKpiBreached_shouldStartANewRevisionNamingTheBreach() {
        GovernanceProject project = atEvaluation()
                .recordMeasurement(COMPLAINTS, new Measurement(LocalDate.of(2026, 5, 1), 3)).orElseThrow()
                .recordMeasurement(COMPLAINTS, new Measurement(LocalDate.of(2026, 6, 1), 12)).orElseThrow();

        GovernanceProject revised = project.reviseFromTriggers(EDITION, SECRETARIAT,
                Instant.parse("2026-06-03T09:00:00Z")).orElseThrow();

        assertEquals(GovernanceStep.RISK_ANALYSIS, revised.cycle().step());
        assertEquals(2, revised.cycle().revision());
        CycleTransition last = revised.cycle().history().getLast();
        assertEquals(CycleTransition.Kind.NEW_REVISION, last.kind());
        assertEquals(SECRETARIAT, last.actor());
        assertTrue(last.reason().contains("KPI complaints breached its threshold (at most 5.0): 12.0 on 2026-06-01"),
                last.reason());
    }

    @Test
    void revisionTriggers_whenBreachPredatesTheCurrentRevision_shouldNotFireAgain() {
        GovernanceProject revised = atEvaluation()
                .recordMeasurement(COMPLAINTS, new Measurement(LocalDate.of(2026, 6, 1), 12)).orElseThrow()
                .reviseFromTriggers(EDITION, SECRETARIAT, Instant.parse("2026-06-03T09:00:00Z")).orElseThrow();

        assertEquals(List.of(), revised.revisionTriggers(EDITION));
        GovernanceProject breachedAgain = revised
                .recordMeasurement(COMPLAINTS, new Measurement(LocalDate.of(2026, 7, 1), 8)).orElseThrow();
        assertInstanceOf(RevisionTrigger.KpiBreach.class, breachedAgain.revisionTriggers(EDITION).getFirst());
    }

    @Test
    void reviseFromTriggers_whenEditionChangedAndEventDeclared_shouldTakeUpBoth() {
        GovernanceProject project = atEvaluation();
        project = project.withRulesDesignedUnder("jp-2022.01")
                .declareEvent(new ProjectEvent(ProjectEvent.Kind.AWARENESS_CHANGE, LocalDate.of(2026, 5, 20),
                        "resident survey: camera acceptance fell to 41%", OptionalInt.empty())).orElseThrow();

        GovernanceProject revised = project.reviseFromTriggers(EDITION, SECRETARIAT,
                Instant.parse("2026-06-03T09:00:00Z")).orElseThrow();

        String reason = revised.cycle().history().getLast().reason();
        assertTrue(reason.contains("from edition jp-2022.01 to jp-2023.02"), reason);
        assertTrue(reason.contains("camera acceptance fell to 41%"), reason);
        assertEquals(OptionalInt.of(2), revised.governance().events().getFirst().handledInRevision());
        assertEquals(EDITION, revised.governance().catalogVersion().orElseThrow());
        assertEquals(List.of(), revised.revisionTriggers(EDITION));
    }

    @Test
    void reviseFromTriggers_whenNothingFired_shouldBeAConflictThatSaysSo() {
        Result<GovernanceProject> result = atEvaluation().reviseFromTriggers(EDITION, SECRETARIAT,
                Instant.parse("2026-06-03T09:00:00Z"));

        Result.Failure<?> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals(Result.Reason.CONFLICT, failure.reason());
        assertTrue(failure.message().contains("nothing triggers a revision"));
    }
}
