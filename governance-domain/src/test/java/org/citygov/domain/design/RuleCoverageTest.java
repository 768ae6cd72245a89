package org.citygov.domain.design;

import static org.citygov.domain.testing.ProjectBuilders.FLOW;
import static org.citygov.domain.testing.ProjectBuilders.REGISTERED_AT;
import static org.citygov.domain.testing.ProjectBuilders.REGISTRAR;
import static org.citygov.domain.testing.ProjectBuilders.aFlow;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.aService;
import static org.citygov.domain.testing.ProjectBuilders.anAsset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.assessment.AssessmentFixtures;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.evaluation.Governance;
import org.citygov.domain.law.Verdict;
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
import org.citygov.domain.rule.SecurityControlType;
import org.junit.jupiter.api.Test;

class RuleCoverageTest {

    private static final CatalogueEdition EDITION = AssessmentFixtures.edition();
    private static final Label QUESTION = Label.of("question?", "質問？");
    private static final Optional<Approval> APPROVED = Optional.of(new Approval("committee", LocalDate.of(2025, 1, 1)));
    private static final RuleTerms POSTERS = new RuleTerms.Notice(EnumSet.of(NoticeChannel.POSTER));

    /** A HIGH surveillance risk (4 x 3 = 12) on the builder project's flow. */
    private static final Risk SURVEILLANCE = risk("surveillance", PrivacyHarm.SURVEILLANCE, FocalPoint.PRIVACY);
    /** A HIGH insecurity risk on the same flow. */
    private static final Risk INSECURITY = risk("insecurity", PrivacyHarm.INSECURITY, FocalPoint.PRIVACY);
    /** A LOW risk: nothing needs to mitigate it. */
    private static final Risk MINOR = new Risk(FLOW + "-interrogation", Optional.of(DataFlowId.of(FLOW)),
            Optional.of(LifecycleStage.COLLECTION), FocalPoint.PRIVACY, Optional.of(PrivacyHarm.INTERROGATION),
            RiskScore.of(1, 2), "a few questions", "5.3 (2)", QUESTION);

    private static Risk risk(String suffix, PrivacyHarm harm, FocalPoint focalPoint) {
        return new Risk(FLOW + "-" + suffix, Optional.of(DataFlowId.of(FLOW)), Optional.of(LifecycleStage.COLLECTION),
                focalPoint, Optional.ofNullable(harm), RiskScore.of(4, 3), "rationale", "5.3 (2)", QUESTION);
    }

    private static Rule rule(String id, RuleTerms terms, RuleStatus status, Set<DataFlowId> flows,
                             String... mitigates) {
        return Rule.reconstitute(RuleId.of(id), 1, RuleLevel.PROGRAM, "text", terms, flows, Set.of(mitigates),
                status, status == RuleStatus.DRAFT ? Optional.empty() : APPROVED);
    }

    private static GovernanceProject withRules(Rule... rules) {
        ProjectParts parts = aProject().withServices(aService().withId("watch").withBenefit(Benefit.INDIVIDUAL).build())
                .build();
        return registered(parts, rules);
    }

    private static GovernanceProject registered(ProjectParts parts, Rule... rules) {
        return GovernanceProject.create(parts.withGovernance(Governance.none().withRules(
                new RuleBook(List.of(rules)))), REGISTRAR, REGISTERED_AT).orElseThrow();
    }

    private static RuleCoverage coverage(GovernanceProject project, Risk... risks) {
        return RuleCoverage.of(project, EDITION, List.of(risks), List.of());
    }

    @Test
    void of_whenANoticeRuleNamesAHighSurveillanceRiskOnItsFlow_shouldMitigateItSayingWhy() {
        RuleCoverage coverage = coverage(withRules(rule("posters", POSTERS, RuleStatus.IN_FORCE,
                Set.of(DataFlowId.of(FLOW)), "SURVEILLANCE")), SURVEILLANCE, MINOR);

        assertEquals(1, coverage.mitigations().size(), "only HIGH and CRITICAL risks need mitigation");
        RuleCoverage.Mitigation m = coverage.mitigations().getFirst();
        assertTrue(m.mitigated());
        assertTrue(m.why().getFirst().why().startsWith("a NOTICE rule answers SURVEILLANCE"), m.why()::toString);
        assertEquals(List.of(RuleKind.NOTICE, RuleKind.RETENTION, RuleKind.MINIMUM_ACQUISITION), m.answerableBy());
        assertTrue(coverage.approvable(), coverage.gaps()::toString);
    }

    @Test
    void of_whenANoticeRuleNamesAnInsecurityRisk_shouldNotMitigateItAndSayWhichKindsCould() {
        RuleCoverage coverage = coverage(withRules(rule("posters", POSTERS, RuleStatus.IN_FORCE, Set.of(),
                INSECURITY.id(), "INSECURITY")), INSECURITY);

        RuleCoverage.Mitigation m = coverage.mitigations().getFirst();
        assertFalse(m.mitigated());
        assertEquals("a NOTICE rule cannot answer INSECURITY; the mitigation table admits SECURITY_CONTROL,"
                + " LINKAGE_LOG", m.cannot().getFirst().why());
        assertFalse(coverage.approvable());
    }

    @Test
    void of_whenASecurityRuleLacksTechnicalControls_shouldNotMitigateInsecurity() {
        Rule paperOnly = rule("paper-security", new RuleTerms.SecurityControl(EnumSet.of(
                SecurityControlType.ORGANIZATIONAL), 365), RuleStatus.IN_FORCE, Set.of(), "INSECURITY");

        RuleCoverage.Mitigation m = coverage(withRules(paperOnly), INSECURITY).mitigations().getFirst();

        assertFalse(m.mitigated());
        assertTrue(m.cannot().getFirst().why().contains("include TECHNICAL controls"), m.cannot()::toString);
    }

    @Test
    void of_whenARetentionRuleKeepsLongerThanTheAssetIsDeclaredToBeKept_shouldMitigateNothing() {
        // the builder's asset is kept 30 days
        Rule longer = rule("keep-a-year", new RuleTerms.Retention(365), RuleStatus.IN_FORCE, Set.of(),
                "SURVEILLANCE");
        Rule within = rule("keep-a-week", new RuleTerms.Retention(7), RuleStatus.IN_FORCE, Set.of(), "SURVEILLANCE");

        RuleCoverage.Mitigation onlyLonger = coverage(withRules(longer), SURVEILLANCE).mitigations().getFirst();
        RuleCoverage.Mitigation both = coverage(withRules(longer, within), SURVEILLANCE).mitigations().getFirst();

        assertFalse(onlyLonger.mitigated());
        assertTrue(onlyLonger.cannot().getFirst().why().contains("longer than the 30 days"),
                onlyLonger.cannot()::toString);
        assertEquals(List.of("keep-a-week"), both.by().stream().map(r -> r.id().value()).toList());
    }

    @Test
    void of_whenOnlyADraftOrARetiredRuleNamesTheRisk_shouldNotCountAndSaySo() {
        RuleCoverage coverage = coverage(withRules(
                rule("draft", POSTERS, RuleStatus.DRAFT, Set.of(), SURVEILLANCE.id()),
                rule("retired", POSTERS, RuleStatus.RETIRED, Set.of(DataFlowId.of(FLOW)), "SURVEILLANCE")),
                SURVEILLANCE);

        assertFalse(coverage.approvable());
        assertEquals(List.of(SURVEILLANCE), coverage.unmitigated().stream().map(RuleCoverage.Mitigation::risk)
                .toList());
        List<String> why = coverage.mitigations().getFirst().cannot().stream().map(RuleCoverage.Answered::why)
                .toList();
        assertEquals(List.of("it is DRAFT: only approved or in-force rules mitigate",
                "it is RETIRED: only approved or in-force rules mitigate"), why);
        assertTrue(coverage.gaps().getFirst().contains("HIGH risk " + SURVEILLANCE.id()), coverage.gaps()::toString);
    }

    @Test
    void of_whenTheRuleCoversAnotherFlowOnly_shouldNotMitigate() {
        ProjectParts twoFlows = aProject().withDataFlow(aFlow().withId("other-flow").build()).build();
        RuleCoverage.Mitigation m = coverage(registered(twoFlows, rule("elsewhere", POSTERS, RuleStatus.IN_FORCE,
                Set.of(DataFlowId.of("other-flow")), SURVEILLANCE.id())), SURVEILLANCE).mitigations().getFirst();

        assertFalse(m.mitigated());
        assertEquals("it applies to other-flow, not to flow " + FLOW, m.cannot().getFirst().why());
    }

    @Test
    void of_whenProgramRuleNamesNothingAnalysed_shouldReportItPossiblyExcessive() {
        RuleCoverage coverage = coverage(withRules(
                rule("posters", POSTERS, RuleStatus.IN_FORCE, Set.of(), "SURVEILLANCE"),
                rule("appropriation-ban", POSTERS, RuleStatus.APPROVED, Set.of(), "APPROPRIATION")),
                SURVEILLANCE);

        assertEquals(List.of("appropriation-ban"), coverage.excessive().stream()
                .map(e -> e.rule().id().value()).toList());
        assertTrue(coverage.approvable(), "an excessive rule is a warning, not a gap");
    }

    @Test
    void of_whenAPublicInterestServiceUsesPersonalDataWithNoMeasure_shouldRequireOneMeasureOf5_4_4() {
        GovernanceProject project = registered(aProject().withServices(aService().withId("planning")
                .withBenefit(Benefit.PUBLIC_INTEREST).build()).build());

        RuleCoverage coverage = coverage(project);

        assertEquals(List.of(RuleKind.PUBLIC_INTEREST_REVIEW),
                coverage.missingRequired().stream().map(RuleCoverage.RequiredRule::kind).toList());
        assertTrue(coverage.missingRequired().getFirst().why().contains("\"might include\""));
        assertFalse(coverage.approvable());
        assertTrue(coverage.gaps().getLast().contains("5.4 (4)"));
    }

    @Test
    void of_whenAPublicInterestServiceHasATransparencyRuleOnly_shouldNotRequireACommitteeToo() {
        Rule publish = rule("publish", new RuleTerms.Transparency(EnumSet.of(
                org.citygov.domain.rule.TransparencyItem.PURPOSES)), RuleStatus.IN_FORCE, Set.of());
        GovernanceProject project = registered(aProject().withServices(aService().withId("planning")
                .withBenefit(Benefit.PUBLIC_INTEREST).build()).build(), publish);

        assertEquals(List.of(), coverage(project).missingRequired());
    }

    @Test
    void of_whenTheReviewIsByNobodyAndPublishesNothing_shouldNotPassButACommitteeWithoutPublicationShould() {
        Rule byNobody = rule("review", new RuleTerms.PublicInterestReview("nobody", false), RuleStatus.IN_FORCE,
                Set.of());
        Rule byCommittee = rule("review", new RuleTerms.PublicInterestReview("UDCK expert committee", false),
                RuleStatus.IN_FORCE, Set.of());
        ProjectParts parts = aProject().withServices(aService().withId("planning")
                .withBenefit(Benefit.PUBLIC_INTEREST).build()).build();

        RuleCoverage nobody = coverage(registered(parts, byNobody));
        RuleCoverage committee = coverage(registered(parts, byCommittee));

        assertFalse(nobody.approvable());
        assertTrue(nobody.missingRequired().getFirst().why().contains("names \"nobody\" as its reviewer"),
                nobody.missingRequired()::toString);
        assertTrue(committee.approvable(), committee.gaps()::toString);
    }

    @Test
    void of_whenAServiceServesBothBenefitsWithNoMeasure_shouldRecommendOneWithoutBlockingApproval() {
        GovernanceProject project = registered(aProject().withServices(aService().withId("watch")
                .withBenefit(Benefit.BOTH).build()).build());

        RuleCoverage coverage = coverage(project);

        assertEquals(List.of(), coverage.missingRequired());
        assertEquals(List.of(RuleKind.PUBLIC_INTEREST_REVIEW), coverage.recommended().stream()
                .map(RuleCoverage.RequiredRule::kind).toList());
        assertTrue(coverage.recommended().getFirst().why().contains("may not be accepted universally"));
        assertTrue(coverage.approvable());
    }

    @Test
    void suggestions_whenApproved_shouldCloseEveryGapTheyName() {
        // the city framework keeps data a year, longer than the 30 days the asset is kept: a draft that copied it
        // would mitigate nothing, so the draft keeps no longer than the asset
        Rule cityRetention = Rule.reconstitute(RuleId.of("city-retention"), 1, RuleLevel.CITY_FRAMEWORK, "a year",
                new RuleTerms.Retention(365), Set.of(), Set.of(), RuleStatus.IN_FORCE, APPROVED);
        GovernanceProject project = withRules(cityRetention);
        RuleCoverage before = coverage(project, SURVEILLANCE, INSECURITY);

        RuleSuggestions suggestions = RuleSuggestions.of(project, before, EDITION.cityGovDefaults().ruleDrafts());

        assertEquals(List.of(RuleKind.NOTICE, RuleKind.SECURITY_CONTROL), suggestions.drafts().stream()
                .map(Rule::kind).toList());
        assertTrue(suggestions.drafts().stream().allMatch(r -> r.status() == RuleStatus.DRAFT
                && r.appliesTo().equals(Set.of(DataFlowId.of(FLOW)))));
        GovernanceProject approved = approveAll(project, suggestions.drafts());
        assertTrue(coverage(approved, SURVEILLANCE, INSECURITY).approvable(),
                () -> coverage(approved, SURVEILLANCE, INSECURITY).gaps().toString());
    }

    @Test
    void fit_whenTheFrameworkRetentionIsLongerThanTheAsset_shouldDraftNoLongerThanTheAsset() {
        MitigationTable.Context context = new MitigationTable.Context(Optional.of(aFlow().build()),
                Optional.of(anAsset().withRetentionDays(30).build()));

        RuleTerms fitted = MitigationTable.fit(new RuleTerms.Retention(365), Optional.of(PrivacyHarm.SURVEILLANCE),
                FocalPoint.PRIVACY, context);

        assertEquals(new RuleTerms.Retention(30), fitted);
        assertTrue(MitigationTable.judge(fitted, Optional.of(PrivacyHarm.SURVEILLANCE), FocalPoint.PRIVACY, context)
                .answers());
    }

    @Test
    void table_shouldAnswerEveryHarmAndEveryFocalPointButOverallGovernanceWhichNoRuleAnswers() {
        for (PrivacyHarm harm : PrivacyHarm.values()) {
            assertFalse(MitigationTable.forHarm(harm).isEmpty(), harm.name());
        }
        for (FocalPoint point : FocalPoint.values()) {
            if (point == FocalPoint.OVERALL_GOVERNANCE) {
                assertEquals(List.of(), MitigationTable.forFocalPoint(point));
            } else if (point != FocalPoint.PRIVACY) {
                assertFalse(MitigationTable.forFocalPoint(point).isEmpty(), point.name());
            }
        }
    }

    // ---- the exploit of issue 11: approval by label -------------------------------------------------------------

    /** Covert facial recognition of passers-by for advertising: the four-factor test judges it UNSUITABLE. */
    private static ProjectParts covertFacialRecognition() {
        return aProject().withServices(aService().withId("ads").withBenefit(Benefit.INDIVIDUAL).build())
                .withDataAssets(anAsset().withCategories(DataCategory.CAMERA_IMAGE, DataCategory.FACIAL_FEATURES)
                        .withRetentionDays(365).build())
                .withDataFlows(aFlow().withMethod(CollectionMethod.FACIAL_RECOGNITION_CAMERA)
                        .withPurposeKind(PurposeKind.ADVERTISING).withLegalBasis(LegalBasis.NONE).withNotice()
                        .continuous(true).covert(true).build())
                .build();
    }

    @Test
    void assess_whenOneInForceNoticeRuleNamesEveryHarmAndRiskOfACovertFacialRecognitionProject_shouldNotApprove() {
        GovernanceProject bare = registered(covertFacialRecognition());
        ProjectAssessment before = ProjectAssessment.of(bare, EDITION);
        Set<String> everything = new LinkedHashSet<>();
        before.risks().forEach(r -> everything.add(r.id()));
        for (PrivacyHarm harm : PrivacyHarm.values()) {
            everything.add(harm.name());
        }
        Rule posters = Rule.reconstitute(RuleId.of("posters"), 1, RuleLevel.PROGRAM, "Posters tell people.",
                POSTERS, Set.of(), everything, RuleStatus.IN_FORCE, APPROVED);

        ProjectAssessment after = ProjectAssessment.of(registered(covertFacialRecognition(), posters), EDITION);

        assertTrue(after.legalTests().stream().anyMatch(t -> t.verdict() == Verdict.UNSUITABLE));
        assertFalse(after.approvable());
        RuleCoverage coverage = after.rules().orElseThrow();
        assertEquals(List.of(DataFlowId.of(FLOW)), coverage.unsuitableFlows().stream()
                .map(RuleCoverage.UnsuitableFlow::flow).toList());
        assertFalse(coverage.unmitigated().isEmpty(), "a poster answers no legal-compliance or security risk");
        assertTrue(coverage.mitigations().stream().filter(m -> m.risk().focalPoint() != FocalPoint.PRIVACY)
                .noneMatch(RuleCoverage.Mitigation::mitigated), "NOTICE answers no non-privacy focal point");
    }

    @Test
    void assess_whenAProjectWithAnUnsuitableFlowHasNoRulesYet_shouldStillNotBeApprovable() {
        ProjectAssessment assessment = ProjectAssessment.of(registered(covertFacialRecognition()), EDITION);

        assertFalse(assessment.approvable());
        assertTrue(assessment.rules().isPresent(), "the rules part says why");
    }

    @Test
    void suggestions_whenAFlowIsUnsuitable_shouldProposeChangingItAndDraftNoRuleForItsRisks() {
        GovernanceProject project = registered(covertFacialRecognition());

        RuleSuggestions suggestions = RuleSuggestions.of(project, EDITION);

        assertEquals(List.of(DataFlowId.of(FLOW)), suggestions.flowChanges().stream()
                .map(RuleSuggestions.FlowChange::flow).toList());
        assertTrue(suggestions.flowChanges().getFirst().proposal().contains("or remove it"));
        assertFalse(suggestions.flowChanges().getFirst().cautions().isEmpty());
        assertTrue(suggestions.drafts().stream().noneMatch(r -> r.appliesTo().contains(DataFlowId.of(FLOW))));
        GovernanceProject approved = approveAll(project, suggestions.drafts());
        assertFalse(ProjectAssessment.of(approved, EDITION).approvable());
    }

    static GovernanceProject approveAll(GovernanceProject project, List<Rule> drafts) {
        GovernanceProject approved = project;
        List<Rule> all = new ArrayList<>(drafts);
        for (Rule draft : all) {
            approved = approved.addRule(draft).orElseThrow()
                    .approveRule(draft.id(), "committee", LocalDate.of(2025, 2, 1)).orElseThrow();
        }
        return approved;
    }
}
