package org.citygov.application.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiId;
import org.citygov.domain.evaluation.KpiKind;
import org.citygov.domain.evaluation.Measurement;
import org.citygov.domain.evaluation.RevisionTrigger;
import org.citygov.domain.evaluation.Threshold;
import org.citygov.domain.linkage.ConsentId;
import org.citygov.domain.linkage.ConsentRecord;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.Obligation;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.shared.Messages;
import org.citygov.domain.shared.Result;

import static org.citygov.domain.testing.PlatformBuilders.AGREEMENT;
import static org.citygov.domain.testing.PlatformBuilders.OFFER;
import static org.citygov.domain.testing.PlatformBuilders.USER;
import static org.citygov.domain.testing.PlatformBuilders.aMarket;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The refusals the domain writes itself (a conflict or a missing part of a project, a rule's life, a platform's
 * offers, agreements and incidents, a consent, a correction request) are shown in Japanese under {@code --lang ja} /
 * {@code Accept-Language: ja}: each is triggered here, its English stays as before, and its rendering must hold
 * Japanese and no English sentence (three English words in a row), keeping ids as written.
 */
class RefusalsInJapaneseTest {

    private static final Pattern ENGLISH_RUN = Pattern.compile("(?<![\\w\"-])[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z']*){2}(?![\\w-])");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Actor OPERATOR = Actor.of("city-bureau");
    private static final Instant AT = Instant.parse("2026-05-01T09:00:00Z");

    private final DomainTexts ja = DomainTexts.of(Language.JA);

    @Test
    void projectChanges_whenAPartIsRepeatedMissingOrInUse_shouldBeRenderedInJapanese() {
        GovernanceProject project = aProject().buildRegistered();
        List<String> english = new ArrayList<>();
        english.add(refusal(project.addStakeholder(project.stakeholders().get(0))));
        english.add(refusal(project.addDataAsset(project.dataAssets().get(0))));
        english.add(refusal(project.addDataFlow(project.dataFlows().get(0))));
        english.add(refusal(project.addService(project.services().get(0))));
        english.add(refusal(project.removeStakeholder(project.dataFlows().get(0).from())));
        english.add(refusal(project.removeDataAsset(project.dataFlows().get(0).asset())));
        english.add(refusal(project.removeDataFlow(DataFlowId.of("no-such-flow"))));
        english.add(refusal(project.removeService(org.citygov.domain.project.ServiceId.of("no-such-service"))));
        english.add(refusal(project.removeStakeholder(org.citygov.domain.stakeholder.StakeholderId.of("nobody"))));
        english.add(refusal(project.removeDataAsset(DataAssetId.of("no-such-asset"))));
        english.add(refusal(project.recordMeasurement(KpiId.of("no-such-kpi"),
                new Measurement(LocalDate.of(2026, 5, 1), 1.0))));

        assertAllJapanese(english, List.of("already has a stakeholder", "already has a data asset",
                "already has a data flow", "already has a service", "takes part in data flows",
                "is carried by data flows", "has no data flow", "has no service", "has no stakeholder",
                "has no data asset", "has no KPI"));
        assertEquals("project \"" + project.id() + "\" has no KPI \"no-such-kpi\"", english.get(10));
        assertEquals("プロジェクト「" + project.id() + "」にKPI「no-such-kpi」はありません", ja.text(english.get(10)));
    }

    @Test
    void ruleLife_whenAStepIsOutOfOrder_shouldBeRenderedInJapanese() {
        GovernanceProject project = aProject().buildRegistered();
        Rule rule = Rule.draft(RuleId.of("incident-contact"), RuleLevel.PROGRAM, "Report incidents",
                new RuleTerms.IncidentHandling(List.of("promotion secretariat"), 24), Set.of(), Set.of());
        GovernanceProject withRule = project.addRule(rule).orElseThrow();
        List<String> english = new ArrayList<>();
        english.add(refusal(withRule.putRuleInForce(rule.id())));
        english.add(refusal(rule.approve("committee", LocalDate.of(2026, 4, 1))
                .flatMap(approved -> approved.approve("committee", LocalDate.of(2026, 4, 2)))));
        english.add(refusal(rule.retire().flatMap(Rule::retire)));
        english.add(refusal(withRule.addRule(rule)));
        english.add(refusal(withRule.retireRule(RuleId.of("no-such-rule"))));
        english.add(refusal(withRule.governance().rules().diff(rule.id(), 1, 2)));

        assertAllJapanese(english, List.of("a rule comes into force only once approved", "only a draft is approved",
                "is already retired", "there is already a rule", "there is no rule", "has no version 2 (it has 1)"));
        assertEquals("ルールincident-contactの第1版の状態は承認済みです。承認できるのは草案（DRAFT）のみです",
                ja.text(english.get(1)));
    }

    @Test
    void revision_whenNothingTriggersIt_shouldBeRenderedInJapanese() {
        GovernanceProject project = aProject().buildRegistered().withRulesDesignedUnder("JP-2026");
        Result<GovernanceProject> revised = project.reviseFromTriggers("JP-2026", OPERATOR, AT);

        assertAllJapanese(List.of(refusal(revised)), List.of("nothing triggers a revision of project"));
    }

    @Test
    void platformChanges_whenAnOfferAgreementOrIncidentIsRepeatedOrMissing_shouldBeRenderedInJapanese() {
        RegisteredPlatform platform = RegisteredPlatform.reconstitute(aMarket().build(), 1, List.of());
        LocalDate on = LocalDate.of(2025, 6, 1);
        RegisteredPlatform withdrawn = platform.withdraw(OfferId.of(OFFER), Instant.parse("2025-06-02T00:00:00Z"),
                OPERATOR).orElseThrow();
        List<String> english = new ArrayList<>();
        english.add(refusal(platform.addOffer(platform.market().offers().stream()
                .filter(o -> o.id().equals(OfferId.of(OFFER))).findFirst().orElseThrow(), on)));
        english.add(refusal(platform.withdraw(OfferId.of("no-such-offer"), AT, OPERATOR)));
        english.add(refusal(withdrawn.withdraw(OfferId.of(OFFER), AT, OPERATOR)));
        english.add(refusal(platform.conclude(AgreementId.of(AGREEMENT), OfferId.of(OFFER), ParticipantId.of(USER),
                PurposeKind.values()[0], on)));
        english.add(refusal(withdrawn.conclude(AgreementId.of("lab-late"), OfferId.of(OFFER), ParticipantId.of(USER),
                PurposeKind.values()[0], LocalDate.of(2025, 6, 3))));
        english.add(refusal(platform.decideDelivery(AgreementId.of("no-such-agreement"), on)));
        english.add(refusal(platform.addIncidentEvent(IncidentId.of("no-such-incident"),
                new Incident.StatusEvent(Incident.Status.CONTAINED, AT))));

        assertAllJapanese(english, List.of("already has an offer", "has no offer", "was already withdrawn at",
                "already has an agreement", "no agreement can be concluded on it", "has no agreement",
                "has no incident"));
    }

    @Test
    void consentsAndCorrections_whenTheOrderIsImpossible_shouldBeRenderedInJapanese() {
        ConsentRegistry consents = new ConsentRegistry();
        SubjectId subject = SubjectId.of("resident-1");
        ConsentRecord granted = consents.grant(subject, ProjectId.of("p"), DataAssetId.of("a"),
                PurposeKind.values()[0], AT);
        List<String> english = new ArrayList<>();
        english.add(refusal(consents.withdrawalEvent(subject, granted.id(), AT.minusSeconds(60))));
        english.add(refusal(consents.withdrawalEvent(SubjectId.of("resident-2"), granted.id(), AT)));
        consents.apply(consents.withdrawalEvent(subject, granted.id(), AT.plusSeconds(60)).orElseThrow());
        english.add(refusal(consents.withdrawalEvent(subject, granted.id(), AT.plusSeconds(120))));
        CorrectionRequest.Open request = CorrectionRequest.file("c-1", subject, ProjectId.of("p"),
                DataAssetId.of("a"), "my address changed", AT);
        english.add(refusal(request.resolve("done", AT.minusSeconds(1), OPERATOR)));
        english.add(refusal(request.reject("no", AT.minusSeconds(1), OPERATOR)));

        assertAllJapanese(english, List.of("cannot be withdrawn before it was granted", "has no consent",
                "was withdrawn at", "is resolved after it is filed", "is rejected after it is filed"));
        assertEquals("consent " + granted.id() + " cannot be withdrawn before it was granted", english.get(0));
    }

    @Test
    void kpiThresholdAndObligations_whenNamedInASentence_shouldBeRenderedInJapaneseWithTheirEnglishUnchanged() {
        Kpi kpi = new Kpi(KpiId.of("complaints"), "Complaints about the cameras", KpiKind.COMPLAINTS,
                new Threshold(Threshold.Direction.AT_MOST, 5), List.of(new Measurement(LocalDate.of(2026, 6, 1), 12)));
        String breach = new RevisionTrigger.KpiBreach(kpi.evaluate()).describe();
        Decision decision = new Decision(Decision.Outcome.PERMIT, List.of(Obligation.deleteAfter(30), Obligation.log(90)),
                Optional.of(DataFlowId.of("share-ridership")), List.of(), List.of(),
                Messages.text("linkage.along", "share-ridership", "bus-company", "research-lab", "RESEARCH"), 3);

        assertEquals("at most 5.0", kpi.threshold().toString());
        assertEquals("at least 0.5", new Threshold(Threshold.Direction.AT_LEAST, 0.5).toString());
        assertEquals("DELETE_AFTER(30)", Obligation.deleteAfter(30).toString());
        assertEquals(Obligation.log(90), Obligation.parse(Obligation.log(90).toString()));
        assertTrue(breach.contains("(at most 5.0)"), breach);
        assertTrue(decision.explanation().endsWith("; obligations DELETE_AFTER(30), LOG(90) (policy generation 3)"),
                decision.explanation());
        String japaneseBreach = ja.text(breach);
        String japaneseDecision = ja.text(decision.explanation());
        assertTrue(japaneseBreach.contains("5.0以下"), japaneseBreach);
        assertTrue(japaneseDecision.contains("30日後に削除"), japaneseDecision);
        assertTrue(japaneseDecision.contains("連携ログを90日間保存"), japaneseDecision);
        assertFalse(japaneseDecision.contains("DELETE_AFTER") || japaneseDecision.contains("LOG("), japaneseDecision);
        Decision pseudonymized = new Decision(Decision.Outcome.PERMIT, List.of(Obligation.pseudonymize(),
                Obligation.deleteAfter(30)), Optional.of(DataFlowId.of("share-ridership")), List.of(), List.of(),
                Messages.text("linkage.along", "share-ridership", "bus-company", "research-lab", "RESEARCH"), 3);
        String japanesePseudonymized = ja.text(pseudonymized.explanation());
        assertTrue(pseudonymized.explanation().contains("obligations PSEUDONYMIZE, DELETE_AFTER(30)"),
                pseudonymized.explanation());
        assertTrue(japanesePseudonymized.contains("仮名加工する"), japanesePseudonymized);
        assertFalse(japanesePseudonymized.contains("PSEUDONYMIZE"), japanesePseudonymized);
        assertAllJapanese(List.of(breach), List.of("breached its threshold"));
    }

    private void assertAllJapanese(List<String> english, List<String> expected) {
        for (String fragment : expected) {
            assertTrue(english.stream().anyMatch(text -> text.contains(fragment)),
                    () -> "no refusal \"" + fragment + "\" in " + english);
        }
        for (String text : english) {
            String japanese = ja.text(text);
            assertNotEquals(text, japanese, () -> "left in English: " + text);
            assertTrue(JAPANESE.matcher(japanese).find(), () -> "no Japanese in: " + japanese);
            Matcher run = ENGLISH_RUN.matcher(japanese);
            assertFalse(run.find(), () -> "English \"" + run.group() + "\" in: " + japanese + "  (from: " + text + ")");
        }
    }

    private static String refusal(Result<?> result) {
        return assertInstanceOf(Result.Failure.class, result, result::toString).message();
    }
}
