package org.citygov.domain.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.shared.Result;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 1);
    private static final DataFlowId CAPTURE = DataFlowId.of("capture");
    private static final DataFlowId SHARE = DataFlowId.of("share");

    private static Rule inForce(String id, RuleLevel level, RuleTerms terms, Set<DataFlowId> flows) {
        return Rule.reconstitute(RuleId.of(id), 1, level, "text of " + id, terms, flows, Set.of("SURVEILLANCE"),
                RuleStatus.IN_FORCE, Optional.of(new Approval("expert committee", DAY)));
    }

    @Test
    void conflicts_whenProgramKeepsLongerThanFramework_shouldNameBothRules() {
        RuleBook book = new RuleBook(List.of(
                inForce("city-retention", RuleLevel.CITY_FRAMEWORK, new RuleTerms.Retention(30), Set.of()),
                inForce("camera-retention", RuleLevel.PROGRAM, new RuleTerms.Retention(90), Set.of(CAPTURE))));

        List<RuleConflict> conflicts = book.conflicts();

        assertEquals(1, conflicts.size());
        RuleConflict conflict = conflicts.getFirst();
        assertEquals(RuleId.of("city-retention"), conflict.framework());
        assertEquals(RuleId.of("camera-retention"), conflict.program());
        assertTrue(conflict.toString().contains("keeps data 90 days, more than the framework's 30"), conflict::toString);
    }

    @Test
    void conflicts_whenProgramTightens_shouldFindNone() {
        RuleBook book = new RuleBook(List.of(
                inForce("city-retention", RuleLevel.CITY_FRAMEWORK, new RuleTerms.Retention(30), Set.of()),
                inForce("camera-retention", RuleLevel.PROGRAM, new RuleTerms.Retention(0), Set.of(CAPTURE)),
                inForce("city-notice", RuleLevel.CITY_FRAMEWORK, new RuleTerms.Notice(EnumSet.of(NoticeChannel.WEBSITE)),
                        Set.of()),
                inForce("camera-notice", RuleLevel.PROGRAM,
                        new RuleTerms.Notice(EnumSet.of(NoticeChannel.WEBSITE, NoticeChannel.POSTER)), Set.of())));

        assertEquals(List.of(), book.conflicts());
    }

    @Test
    void conflicts_whenThirdPartyConsentDroppedOrLinkageLogShortened_shouldReportEach() {
        RuleBook book = new RuleBook(List.of(
                inForce("city-consent", RuleLevel.CITY_FRAMEWORK,
                        new RuleTerms.Consent(EnumSet.of(ConsentScope.THIRD_PARTY_PROVISION)), Set.of()),
                inForce("share-consent", RuleLevel.PROGRAM,
                        new RuleTerms.Consent(EnumSet.of(ConsentScope.COLLECTION)), Set.of(SHARE)),
                inForce("city-log", RuleLevel.CITY_FRAMEWORK, new RuleTerms.LinkageLog(365), Set.of()),
                inForce("share-log", RuleLevel.PROGRAM, new RuleTerms.LinkageLog(30), Set.of(SHARE))));

        List<String> found = book.conflicts().stream().map(c -> c.program().value()).sorted().toList();

        assertEquals(List.of("share-consent", "share-log"), found);
        assertTrue(book.conflicts().stream().anyMatch(c -> c.explanation().contains("THIRD_PARTY_PROVISION")));
    }

    @Test
    void conflicts_whenRulesCoverDifferentFlowsOrFrameworkIsDraft_shouldFindNone() {
        Rule frameworkOnCapture = inForce("city-retention", RuleLevel.CITY_FRAMEWORK, new RuleTerms.Retention(30),
                Set.of(CAPTURE));
        Rule draftFramework = Rule.draft(RuleId.of("city-log"), RuleLevel.CITY_FRAMEWORK, "draft",
                new RuleTerms.LinkageLog(365), Set.of(), Set.of());
        RuleBook book = new RuleBook(List.of(frameworkOnCapture, draftFramework,
                inForce("share-retention", RuleLevel.PROGRAM, new RuleTerms.Retention(90), Set.of(SHARE)),
                inForce("share-log", RuleLevel.PROGRAM, new RuleTerms.LinkageLog(30), Set.of(SHARE))));

        assertEquals(List.of(), book.conflicts());
    }

    @Test
    void revise_shouldKeepTheOldVersionAndDiffReadably() {
        RuleBook book = new RuleBook(List.of(inForce("camera-retention", RuleLevel.PROGRAM,
                new RuleTerms.Retention(90), Set.of(CAPTURE))));

        RuleBook revised = book.revise(RuleId.of("camera-retention"), "Images are deleted at once.",
                new RuleTerms.Retention(0), Set.of(CAPTURE), Set.of("SURVEILLANCE")).orElseThrow();

        List<Rule> history = revised.history(RuleId.of("camera-retention"));
        assertEquals(2, history.size());
        assertEquals(RuleStatus.IN_FORCE, history.get(0).status(), "the old version is untouched");
        assertEquals(RuleStatus.DRAFT, history.get(1).status());
        RuleDiff diff = revised.diff(RuleId.of("camera-retention"), 1, 2).orElseThrow();
        assertTrue(diff.readable().contains("retentionDays: 90 → 0"), diff::readable);
        assertTrue(diff.readable().contains("status: IN_FORCE → DRAFT"), diff::readable);
    }

    @Test
    void putInForce_whenNewVersionApproved_shouldRetireTheVersionInForce() {
        RuleBook book = new RuleBook(List.of(inForce("camera-retention", RuleLevel.PROGRAM,
                new RuleTerms.Retention(90), Set.of(CAPTURE))));
        RuleId id = RuleId.of("camera-retention");

        RuleBook next = book.revise(id, "shorter", new RuleTerms.Retention(7), Set.of(), Set.of()).orElseThrow()
                .approve(id, "expert committee", DAY).orElseThrow()
                .putInForce(id).orElseThrow();

        assertEquals(List.of(RuleStatus.RETIRED, RuleStatus.IN_FORCE),
                next.history(id).stream().map(Rule::status).toList());
        assertEquals(List.of(), RuleBook.violations(next.versions(), Set.of(CAPTURE)));
    }

    @Test
    void lifeCycle_whenStepsSkipped_shouldBeConflicts() {
        Rule draft = Rule.draft(RuleId.of("r"), RuleLevel.PROGRAM, "t", new RuleTerms.Retention(1), Set.of(),
                Set.of());

        assertInstanceOf(Result.Failure.class, draft.putInForce());
        Rule approved = draft.approve("council", DAY).orElseThrow();
        assertEquals(Optional.of(new Approval("council", DAY)), approved.approval());
        assertInstanceOf(Result.Failure.class, approved.approve("council", DAY));
        assertInstanceOf(Result.Failure.class, approved.retire().orElseThrow().retire());
    }

    @Test
    void violations_whenVersionsMissingOrTwoInForceOrFlowUnknown_shouldReportEach() {
        Rule v1 = inForce("r", RuleLevel.PROGRAM, new RuleTerms.Retention(1), Set.of(DataFlowId.of("ghost")));
        Rule v3 = Rule.reconstitute(RuleId.of("r"), 3, RuleLevel.PROGRAM, "t", new RuleTerms.Retention(1), Set.of(),
                Set.of(), RuleStatus.IN_FORCE, Optional.of(new Approval("c", DAY)));

        List<String> paths = RuleBook.violations(List.of(v1, v3), Set.of(CAPTURE)).stream()
                .map(v -> v.path()).toList();

        assertEquals(List.of("rules[0].appliesTo", "rules[1].status", "rules"), paths);
    }

    @Test
    void add_whenTheRuleArrivesApprovedOrInForce_shouldRefuseNamingItsStatus() {
        for (RuleStatus status : List.of(RuleStatus.APPROVED, RuleStatus.IN_FORCE)) {
            Rule approved = Rule.reconstitute(RuleId.of("posters"), 1, RuleLevel.PROGRAM, "posters",
                    new RuleTerms.Retention(1), Set.of(), Set.of("SURVEILLANCE"), status,
                    Optional.of(new Approval("an analyst", DAY)));

            Result<RuleBook> added = RuleBook.empty().add(approved);

            Result.Failure<RuleBook> failure = assertInstanceOf(Result.Failure.class, added);
            assertEquals(Result.Reason.INVALID, failure.reason());
            assertEquals(List.of("status"), failure.violations().stream().map(v -> v.path()).toList());
        }
    }

    @Test
    void add_whenADraft_shouldAcceptItAsVersion1() {
        Rule draft = Rule.draft(RuleId.of("posters"), RuleLevel.PROGRAM, "posters", new RuleTerms.Retention(1),
                Set.of(), Set.of("SURVEILLANCE"));

        RuleBook book = RuleBook.empty().add(draft).orElseThrow();

        assertEquals(RuleStatus.DRAFT, book.current(RuleId.of("posters")).orElseThrow().status());
    }

    @Test
    void reconstitute_whenADraftCarriesAnApproval_shouldThrow() {
        assertThrows(IllegalArgumentException.class, () -> Rule.reconstitute(RuleId.of("r"), 1, RuleLevel.PROGRAM,
                "t", new RuleTerms.Retention(1), Set.of(), Set.of(), RuleStatus.DRAFT,
                Optional.of(new Approval("someone", DAY))));
    }
}
