package org.citygov.domain.design;

import static org.citygov.domain.testing.ProjectBuilders.FLOW;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.aService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.evaluation.Governance;
import org.citygov.domain.project.Benefit;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.risk.RiskScore;
import org.citygov.domain.rule.Approval;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleBook;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleStatus;
import org.citygov.domain.rule.RuleTerms;
import org.junit.jupiter.api.Test;

class RuleCoverageTest {

    private static final Label QUESTION = Label.of("question?", "質問？");
    private static final Optional<Approval> APPROVED = Optional.of(new Approval("committee", LocalDate.of(2025, 1, 1)));

    /** A HIGH surveillance risk (4 x 3 = 12) on the builder project's flow. */
    private static final Risk SURVEILLANCE = new Risk(FLOW + "-surveillance", Optional.of(DataFlowId.of(FLOW)),
            Optional.of(LifecycleStage.COLLECTION), FocalPoint.PRIVACY, Optional.of(PrivacyHarm.SURVEILLANCE),
            RiskScore.of(4, 3), "watched continuously", "5.3 (2)", QUESTION);
    /** A LOW risk: nothing needs to mitigate it. */
    private static final Risk MINOR = new Risk(FLOW + "-interrogation", Optional.of(DataFlowId.of(FLOW)),
            Optional.of(LifecycleStage.COLLECTION), FocalPoint.PRIVACY, Optional.of(PrivacyHarm.INTERROGATION),
            RiskScore.of(1, 2), "a few questions", "5.3 (2)", QUESTION);

    private static Rule rule(String id, RuleStatus status, Set<DataFlowId> flows, String... mitigates) {
        return new Rule(RuleId.of(id), 1, RuleLevel.PROGRAM, "text", new RuleTerms.Retention(0), flows,
                Set.of(mitigates), status, status == RuleStatus.DRAFT ? Optional.empty() : APPROVED);
    }

    private static GovernanceProject withRules(Rule... rules) {
        ProjectParts parts = aProject().withServices(aService().withId("watch").withBenefit(Benefit.INDIVIDUAL).build())
                .build();
        return GovernanceProject.create(parts.withGovernance(Governance.none().withRules(
                new RuleBook(List.of(rules)))), org.citygov.domain.testing.ProjectBuilders.REGISTRAR,
                org.citygov.domain.testing.ProjectBuilders.REGISTERED_AT).orElseThrow();
    }

    @Test
    void of_whenHighRiskNamedByHarmOnItsFlow_shouldBeMitigatedAndApprovable() {
        RuleCoverage coverage = RuleCoverage.of(withRules(rule("deletion", RuleStatus.IN_FORCE,
                Set.of(DataFlowId.of(FLOW)), "SURVEILLANCE")), List.of(SURVEILLANCE, MINOR));

        assertEquals(1, coverage.mitigations().size(), "only HIGH and CRITICAL risks need mitigation");
        assertTrue(coverage.mitigations().getFirst().mitigated());
        assertTrue(coverage.approvable(), coverage.gaps()::toString);
    }

    @Test
    void of_whenOnlyADraftOrARetiredRuleNamesTheRisk_shouldNotCount() {
        RuleCoverage coverage = RuleCoverage.of(withRules(
                rule("draft", RuleStatus.DRAFT, Set.of(), SURVEILLANCE.id()),
                rule("retired", RuleStatus.RETIRED, Set.of(DataFlowId.of(FLOW)), "SURVEILLANCE")),
                List.of(SURVEILLANCE));

        assertFalse(coverage.approvable());
        assertEquals(List.of(SURVEILLANCE), coverage.unmitigated().stream().map(RuleCoverage.Mitigation::risk)
                .toList());
        assertTrue(coverage.gaps().getFirst().contains("HIGH risk " + SURVEILLANCE.id()), coverage.gaps()::toString);
    }

    @Test
    void mitigates_whenRuleCoversAnotherFlowOnly_shouldBeFalse() {
        Rule elsewhere = rule("elsewhere", RuleStatus.IN_FORCE, Set.of(DataFlowId.of("other-flow")),
                SURVEILLANCE.id());

        assertFalse(RuleCoverage.mitigates(elsewhere, SURVEILLANCE));
        assertTrue(RuleCoverage.mitigates(rule("everywhere", RuleStatus.IN_FORCE, Set.of(), "SURVEILLANCE"),
                SURVEILLANCE));
    }

    @Test
    void of_whenProgramRuleNamesNothingAnalysed_shouldReportItPossiblyExcessive() {
        RuleCoverage coverage = RuleCoverage.of(withRules(
                rule("deletion", RuleStatus.IN_FORCE, Set.of(), "SURVEILLANCE"),
                rule("appropriation-ban", RuleStatus.APPROVED, Set.of(), "APPROPRIATION")),
                List.of(SURVEILLANCE));

        assertEquals(List.of("appropriation-ban"), coverage.excessive().stream()
                .map(e -> e.rule().id().value()).toList());
        assertTrue(coverage.approvable(), "an excessive rule is a warning, not a gap");
    }

    @Test
    void of_whenPublicInterestServiceUsesPersonalData_shouldRequireReviewAndTransparency() {
        ProjectParts parts = aProject().withServices(aService().withId("planning")
                .withBenefit(Benefit.PUBLIC_INTEREST).build()).build();
        GovernanceProject project = GovernanceProject.create(parts,
                org.citygov.domain.testing.ProjectBuilders.REGISTRAR,
                org.citygov.domain.testing.ProjectBuilders.REGISTERED_AT).orElseThrow();

        RuleCoverage coverage = RuleCoverage.of(project, List.of());

        assertEquals(List.of(RuleKind.PUBLIC_INTEREST_REVIEW, RuleKind.TRANSPARENCY),
                coverage.missingRequired().stream().map(RuleCoverage.RequiredRule::kind).toList());
        assertFalse(coverage.approvable());
        assertTrue(coverage.gaps().getLast().contains("5.4 (4)"));
    }

    @Test
    void suggestions_whenApproved_shouldCloseEveryGap() {
        GovernanceProject project = withRules();
        RuleCoverage before = RuleCoverage.of(project, List.of(SURVEILLANCE));

        List<Rule> drafts = RuleSuggestions.of(project, before);

        // SURVEILLANCE calls for a notice and a retention rule (the documented harm-to-kind table)
        assertEquals(List.of(RuleKind.NOTICE, RuleKind.RETENTION), drafts.stream().map(Rule::kind).toList());
        assertTrue(drafts.stream().allMatch(r -> r.status() == RuleStatus.DRAFT
                && r.mitigates().contains(SURVEILLANCE.id()) && r.appliesTo().equals(Set.of(DataFlowId.of(FLOW)))));
        GovernanceProject approved = project;
        for (Rule draft : drafts) {
            approved = approved.addRule(draft).orElseThrow()
                    .approveRule(draft.id(), "committee", LocalDate.of(2025, 2, 1)).orElseThrow();
        }
        assertTrue(RuleCoverage.of(approved, List.of(SURVEILLANCE)).approvable());
    }

    @Test
    void forHarm_shouldNameAtLeastOneKindForEveryHarmAndFocalPoint() {
        for (PrivacyHarm harm : PrivacyHarm.values()) {
            assertFalse(RuleSuggestions.FOR_HARM.getOrDefault(harm, List.of()).isEmpty(), harm.name());
        }
        for (FocalPoint point : FocalPoint.values()) {
            if (point != FocalPoint.PRIVACY) {
                assertFalse(RuleSuggestions.FOR_FOCAL_POINT.getOrDefault(point, List.of()).isEmpty(), point.name());
            }
        }
    }
}
