package org.citygov.domain.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.citygov.domain.assessment.AssessmentFixtures;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiId;
import org.citygov.domain.evaluation.KpiKind;
import org.citygov.domain.evaluation.Threshold;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleStatus;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.rule.TransparencyItem;

import static org.citygov.domain.testing.ProjectBuilders.FLOW;
import static org.citygov.domain.testing.ProjectBuilders.OPERATOR;
import static org.citygov.domain.testing.ProjectBuilders.RESIDENTS;
import static org.citygov.domain.testing.ProjectBuilders.aFlow;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicDisclosureTest {

    private static final String SHARE = "share-gait";

    /** A rule to add as a draft, then approve and put in force as far as {@code status} says. */
    private record Planned(Rule draft, RuleStatus status) {
    }

    private static Planned rule(String id, RuleStatus status, RuleTerms terms, Set<DataFlowId> appliesTo) {
        return new Planned(Rule.draft(RuleId.of(id), RuleLevel.PROGRAM, "rule " + id, terms, appliesTo, Set.of()),
                status);
    }

    private static GovernanceProject project(Planned... rules) {
        GovernanceProject project = aProject()
                .withDataFlow(aFlow().withId(SHARE).atStage(LifecycleStage.DISSEMINATION).from(OPERATOR).to(RESIDENTS)
                        .withMethod(org.citygov.domain.data.CollectionMethod.SYSTEM_TRANSFER)
                        .withPurposeKind(org.citygov.domain.data.PurposeKind.RESEARCH))
                .buildRegistered();
        for (Planned r : rules) {
            project = project.addRule(r.draft()).orElseThrow();
            if (r.status() != RuleStatus.DRAFT) {
                project = project.approveRule(r.draft().id(), "data governance council", LocalDate.parse("2026-04-01"))
                        .orElseThrow();
            }
            if (r.status() == RuleStatus.IN_FORCE) {
                project = project.putRuleInForce(r.draft().id()).orElseThrow();
            }
        }
        return project.addKpi(new Kpi(KpiId.of("complaints"), "Complaints", KpiKind.COMPLAINTS,
                new Threshold(Threshold.Direction.AT_MOST, 3), List.of())).orElseThrow();
    }

    private static PublicDisclosure of(GovernanceProject project) {
        return PublicDisclosure.of(project, ProjectAssessment.of(project, AssessmentFixtures.edition()));
    }

    @Test
    void of_whenATransparencyRulePromisesPurposesOverOneFlow_shouldPublishThatPurposeOnly() {
        PublicDisclosure d = of(project(rule("publish-purpose", RuleStatus.IN_FORCE,
                new RuleTerms.Transparency(Set.of(TransparencyItem.PURPOSES)), Set.of(DataFlowId.of(SHARE)))));

        assertEquals(1, d.notices().size());
        PublicDisclosure.Notice notice = d.notices().getFirst();
        assertTrue(notice.purpose().isPresent());
        assertTrue(notice.dataItems().isEmpty(), "data items are not promised");
        assertTrue(notice.recipients().isEmpty(), "recipients are not promised");
        assertTrue(d.evaluation().isEmpty() && d.review().isEmpty() && d.linkageLogs().isEmpty());
        assertEquals(1, d.programRules().size(), "the data policy holds every rule in force");
    }

    @Test
    void of_whenDataItemsAndRecipientsArePromised_shouldNameTheAssetAndTheReceivingPartyOfADissemination() {
        PublicDisclosure d = of(project(rule("publish-all", RuleStatus.APPROVED, new RuleTerms.Transparency(Set.of(
                TransparencyItem.DATA_ITEMS, TransparencyItem.RECIPIENTS, TransparencyItem.EVALUATION_RESULTS)),
                Set.of())));

        assertTrue(d.notices().stream().allMatch(n -> n.purpose().isEmpty()), "purposes are not promised");
        assertEquals(1, d.notices().size(), "flows without a published purpose share one notice");
        assertEquals(List.of(RESIDENTS), d.notices().getFirst().recipients().stream()
                .map(PublicDisclosure.Recipient::id).toList(), "only the dissemination's receiving party");
        assertEquals(1, d.notices().getFirst().dataItems().size());
        assertEquals(List.of("complaints"), d.evaluation().stream().map(k -> k.id().value()).toList());
    }

    @Test
    void of_whenTheTransparencyRuleIsADraft_shouldPromiseNothingButANoticeRuleStillTellsThePurpose() {
        PublicDisclosure d = of(project(
                rule("draft-transparency", RuleStatus.DRAFT, new RuleTerms.Transparency(Set.of(
                        TransparencyItem.PURPOSES, TransparencyItem.EVALUATION_RESULTS)), Set.of()),
                rule("poster-notice", RuleStatus.IN_FORCE, new RuleTerms.Notice(Set.of(NoticeChannel.POSTER)),
                        Set.of(DataFlowId.of(FLOW)))));

        assertTrue(d.promised().isEmpty());
        assertTrue(d.evaluation().isEmpty());
        assertEquals(1, d.notices().size());
        assertTrue(d.notices().getFirst().channels().contains(NoticeChannel.POSTER));
        assertEquals(List.of("poster-notice"), d.programRules().stream().map(r -> r.id().value()).toList(),
                "a draft is not policy");
    }
}
