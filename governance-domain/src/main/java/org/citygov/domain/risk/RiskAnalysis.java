package org.citygov.domain.risk;

import org.citygov.domain.shared.Messages;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.CityGovDefaults;
import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.catalogue.HarmEntry;
import org.citygov.domain.catalogue.HarmStage;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.law.Appi;
import org.citygov.domain.law.LegalJudgment;
import org.citygov.domain.law.Verdict;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.Importance;
import org.citygov.domain.stakeholder.ImportanceBands;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderCategory;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * Step 3 of the process (5.3): the risks of a project under the six focal points of Table 5-4. For each flow, in the
 * project's order: legal compliance (the four-factor judgment and the legal basis), the privacy harms of the appendix
 * that arise at the flow's stage, intellectual property and confidentiality, security, appropriate operation. Then the
 * project-wide findings: data hubs, and overall governance.
 *
 * <p>The analysis costs the same for each flow however many the project has (see {@link ProjectIndex}), so a
 * portfolio's cost grows linearly with its flows.
 */
public final class RiskAnalysis {

    private final CatalogueEdition edition;
    private final ProjectIndex index;
    private final Map<PrivacyHarm, HarmStage> harmStages;
    private final List<Risk> risks = new ArrayList<>();

    private RiskAnalysis(GovernanceProject project, CatalogueEdition edition) {
        this.edition = edition;
        this.index = new ProjectIndex(project);
        this.harmStages = edition.harmStages();
    }

    /** The risks of a project; {@code legalTests} are the project's four-factor judgments, in flow order. */
    public static List<Risk> of(GovernanceProject project, CatalogueEdition edition, List<LegalJudgment> legalTests) {
        RiskAnalysis analysis = new RiskAnalysis(project, edition);
        Map<DataFlowId, List<LegalJudgment>> testsByFlow = new HashMap<>();
        legalTests.forEach(t -> testsByFlow.computeIfAbsent(t.flow(), id -> new ArrayList<>()).add(t));
        for (DataFlow flow : project.dataFlows()) {
            analysis.analyse(FlowView.of(analysis.index, flow), testsByFlow.getOrDefault(flow.id(), List.of()));
        }
        analysis.hubs();
        analysis.governance();
        return List.copyOf(analysis.risks);
    }

    private void analyse(FlowView f, List<LegalJudgment> tests) {
        legalCompliance(f, tests);
        privacy(f);
        confidentiality(f);
        security(f);
        appropriateOperation(f);
    }

    // ---- legal compliance (5.2, 5.3 (1))

    private void legalCompliance(FlowView f, List<LegalJudgment> tests) {
        for (LegalJudgment test : tests) {
            if (test.verdict() == Verdict.ACCEPTABLE) {
                continue;
            }
            boolean unsuitable = test.verdict() == Verdict.UNSUITABLE;
            Adjusted score = unsuitable ? new Adjusted(5, 4) : new Adjusted(4, 2);
            regional(f, score);
            String reason = Messages.text(unsuitable ? "risk.legalTestUnsuitable" : "risk.legalTestConditional",
                    test.subject().name().toLowerCase(Locale.ROOT), test.verdict(), String.join(" ", test.cautions()));
            flowRisk(f, "legal-" + test.subject().name().toLowerCase(Locale.ROOT), FocalPoint.LEGAL_COMPLIANCE,
                    score, reason, test.guidelineRef());
        }
        if (!f.personal()) {
            return;
        }
        DataFlow flow = f.flow();
        boolean specialCare = f.asset().specialCare();
        if (flow.legalBasis() == LegalBasis.NONE) {
            Adjusted score = new Adjusted(4, 4);
            regional(f, score);
            flowRisk(f, "legal-basis", FocalPoint.LEGAL_COMPLIANCE, score, Messages.text("risk.noLegalBasis"), "5.2");
        } else if (f.singlesOut() && f.provides() && flow.legalBasis() == LegalBasis.OPT_OUT && specialCare
                && !Appi.isPublicBody(f.from())) {
            Adjusted score = new Adjusted(4, 3);
            regional(f, score);
            flowRisk(f, "legal-basis", FocalPoint.LEGAL_COMPLIANCE, score, Messages.text("risk.optOutSpecialCare", flow.to()),
                    "5.4 (2) note 17; APPI Art. 27 (2)");
        }
        appi(f);
    }

    /**
     * The APPI findings of a flow (see {@link Appi} for the articles): special-care-required information acquired
     * without consent, and personal data provided on a public interest that none of the Act's exceptions covers, or
     * on an opt-out by a public body beyond the purpose of use (Art. 69 knows no opt-out).
     */
    private void appi(FlowView f) {
        DataFlow flow = f.flow();
        LegalBasis basis = flow.legalBasis();
        if (flow.stage() == LifecycleStage.COLLECTION && f.asset().specialCare() && !Appi.isPublicBody(f.to())
                && !Appi.met(Appi.Act.ACQUIRE_SPECIAL_CARE, flow, f.asset(), f.from(), f.to(),
                f.withinPurposeOfUse())) {
            Adjusted score = new Adjusted(4, 3);
            regional(f, score);
            flowRisk(f, "appi-special-care", FocalPoint.LEGAL_COMPLIANCE, score, basis == LegalBasis.PUBLIC_INTEREST
                    ? Messages.text("risk.appiSpecialCarePublicInterest", f.to().id(), f.asset().id(), basis, f.purpose())
                    : Messages.text("risk.appiSpecialCare", f.to().id(), f.asset().id(), basis),
                    "5.4 (2) note 17; APPI Art. 20 (2)");
        }
        boolean bareInterest = basis == LegalBasis.PUBLIC_INTEREST && f.publicInterestItem(Appi.Act.PROVIDE).isEmpty();
        // the opt-out of Art. 27 (2) is a business operator's procedure; a public body has Art. 69 only
        boolean publicOptOut = basis == LegalBasis.OPT_OUT && Appi.isPublicBody(f.from()) && !f.withinPurposeOfUse();
        if ((bareInterest || publicOptOut) && f.singlesOut() && f.provides()) {
            String article = Appi.article(Appi.Act.PROVIDE, f.from());
            Adjusted score = new Adjusted(4, 3);
            if (f.asset().specialCare()) {
                score.severity(1, Messages.text("risk.note.specialCare"));
            }
            regional(f, score);
            boolean ownBenefit = f.purpose().isCommercial()
                    || flow.purpose().beneficiary() == org.citygov.domain.data.Beneficiary.OPERATOR;
            flowRisk(f, "appi-provision", FocalPoint.LEGAL_COMPLIANCE, score, Messages.text("risk.appiProvision",
                    f.asset().id(), f.from().id(), f.to().id(), f.purpose(),
                    flow.purpose().beneficiary().name().toLowerCase(Locale.ROOT), basis,
                    Messages.text(publicOptOut ? "risk.appiProvision.optOut" : "risk.appiProvision.publicInterest",
                            article, Messages.text(ownBenefit ? "risk.appiProvision.ownBenefit"
                                    : "risk.appiProvision.noneFits"))), "5.4 (2); " + article);
        }
    }

    // ---- privacy in the data life cycle (5.3 (2), appendix)

    private void privacy(FlowView f) {
        Set<HarmStage> stages = HarmStage.arisingIn(f.flow().stage());
        for (HarmCondition condition : HarmConditions.TABLE) {
            boolean atItsStage = stages.contains(harmStages.get(condition.harm()));
            boolean beyondItsStage = !atItsStage && condition.anyStage().test(f);
            if (!(atItsStage || beyondItsStage) || !condition.arises().test(f)) {
                continue;
            }
            Adjusted score = new Adjusted(condition.severity(), condition.likelihood());
            DataAsset asset = f.asset();
            if (asset.specialCare()) {
                score.severity(1, Messages.text("risk.note.specialCare"));
            }
            if (asset.concerns(SubjectGroup.CHILDREN)) {
                score.severity(1, Messages.text("risk.note.children"));
            }
            if (asset.has(Safeguard.IMMEDIATE_DELETION)) {
                score.severity(-1, Messages.text("risk.note.deletedAtOnce"));
            }
            if (!f.singlesOut()) {
                score.severity(-1, Messages.text("risk.note.anonymized"));
            }
            if (f.flow().covert()) {
                score.likelihood(1, Messages.text("risk.note.covert"));
            } else if (f.flow().stage() == LifecycleStage.COLLECTION && !f.flow().isNoticed()) {
                score.likelihood(1, Messages.text("risk.note.noNotice"));
            }
            if (f.consented()) {
                score.likelihood(-1, Messages.text("risk.note.consent"));
            }
            regional(f, score);
            HarmEntry harm = edition.harm(condition.harm());
            risks.add(new Risk(f.flow().id() + "-" + kebab(condition.harm()), Optional.of(f.flow().id()),
                    Optional.of(f.flow().stage()), FocalPoint.PRIVACY, Optional.of(condition.harm()), score.score(),
                    score.rationale(condition.because().apply(f)),
                    "5.3 (2), appendix: " + harm.label().en().toLowerCase(Locale.ROOT)
                            + (beyondItsStage ? "; " + condition.anyStageRef() : ""), harm.question()));
        }
    }

    // ---- intellectual property and confidential information (Table 5-4)

    private void confidentiality(FlowView f) {
        if (!f.asset().holds(DataCategory.BUSINESS_CONFIDENTIAL) || !f.handsToAnotherParty()) {
            return;
        }
        Adjusted score = new Adjusted(3, 3);
        if (f.has(Safeguard.ACCESS_CONTROL) && f.has(Safeguard.ENCRYPTION)) {
            score.likelihood(-1, Messages.text("risk.note.protected"));
        }
        if (f.toHub()) {
            score.likelihood(1, Messages.text("risk.note.hub"));
        }
        flowRisk(f, "confidential", FocalPoint.IP_AND_CONFIDENTIALITY, score, Messages.text("risk.confidential",
                f.from().id(), f.to().id()), "5.3, Table 5-4");
    }

    // ---- security (5.3 (3))

    private void security(FlowView f) {
        boolean protectedData = f.personal() || f.asset().holds(DataCategory.BUSINESS_CONFIDENTIAL);
        if (!protectedData) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (Safeguard needed : EnumSet.of(Safeguard.ACCESS_CONTROL, Safeguard.ENCRYPTION, Safeguard.ACCESS_LOGGING)) {
            if (!f.has(needed)) {
                missing.add(needed.name());
            }
        }
        boolean crossesOrganizations = f.linksOrganizations();
        if (f.unprotected()) {
            Adjusted score = new Adjusted(f.sensitive() ? 4 : 3, 4);
            flowRisk(f, "security", FocalPoint.SECURITY, score, crossesOrganizations
                    ? Messages.text("risk.securityNoneCrossing", f.asset().id(), f.from().id(), f.to().id())
                    : Messages.text("risk.securityNone", f.asset().id()), "5.3 (3)");
        } else if (crossesOrganizations && !missing.isEmpty()) {
            Adjusted score = new Adjusted(f.sensitive() ? 4 : 3, 2 + (missing.size() > 1 ? 1 : 0));
            flowRisk(f, "security", FocalPoint.SECURITY, score, Messages.text("risk.securityLinked",
                    f.from().id(), f.to().id(), String.join(", ", missing)), "5.3 (3)");
        }
    }

    // ---- appropriate operation: fairness, safety, economy (Table 5-4)

    private void appropriateOperation(FlowView f) {
        if (!f.singlesOut()) {
            return;
        }
        if (f.purpose() == PurposeKind.INDIVIDUAL_PREDICTION) {
            Adjusted score = new Adjusted(4, 3);
            if (f.asset().concerns(SubjectGroup.CHILDREN)) {
                score.severity(1, Messages.text("risk.note.childrenPredicted"));
            }
            flowRisk(f, "fairness", FocalPoint.APPROPRIATE_OPERATION, score, Messages.text("risk.fairnessPrediction"), "5.3 (1) 3), Table 5-4");
        } else if (f.flow().stage() == LifecycleStage.USE && f.asset().holds(DataCategory.ESTIMATED_ATTRIBUTES)) {
            Adjusted score = new Adjusted(3, 2);
            flowRisk(f, "fairness", FocalPoint.APPROPRIATE_OPERATION, score, Messages.text("risk.fairnessEstimated"), "Table 5-4");
        }
    }

    // ---- project-wide: hubs (5.3 (3))

    private void hubs() {
        CityGovDefaults.ProjectWide projectWide = edition.cityGovDefaults().projectWide();
        for (Map.Entry<StakeholderId, Set<DataAssetId>> entry : index.receivedByParty().entrySet()) {
            Stakeholder party = index.stakeholder(entry.getKey());
            Set<DataAssetId> assets = entry.getValue();
            boolean platform = party.category() == StakeholderCategory.PLATFORM_OPERATOR;
            int hubSize = platform ? projectWide.platformHubAssets() : projectWide.hubAssets();
            if (assets.size() < hubSize) {
                continue;
            }
            boolean sensitive = assets.stream().map(index::asset).anyMatch(a -> a.specialCare()
                    || a.concerns(SubjectGroup.CHILDREN));
            List<String> weak = assets.stream().map(index::asset)
                    .filter(a -> a.isPersonal() || a.holds(DataCategory.BUSINESS_CONFIDENTIAL))
                    .filter(a -> !a.has(Safeguard.ACCESS_LOGGING) || !a.has(Safeguard.ENCRYPTION))
                    .map(a -> a.id().value())
                    .toList();
            Adjusted score = new Adjusted(sensitive ? 5 : 4, 2);
            if (!weak.isEmpty()) {
                score.likelihood(1, Messages.text("risk.note.weakAssets", String.join(", ", weak)));
            }
            risks.add(new Risk("hub-" + party.id(), Optional.empty(), Optional.empty(), FocalPoint.SECURITY,
                    Optional.empty(), score.score(), score.rationale(Messages.text("risk.hub", party.id(), assets.size(),
                    String.join(", ", assets.stream().map(DataAssetId::value).toList()))),
                    "5.3 (3)", edition.focalPoint(FocalPoint.SECURITY).question()));
        }
    }

    // ---- project-wide: overall governance (4.2, 4.3, Table 5-4)

    private void governance() {
        ImportanceBands bands = edition.cityGovDefaults().importance();
        for (Stakeholder s : index.stakeholders()) {
            Importance importance = s.importance(bands);
            if (!importance.isImportant() || s.heard()) {
                continue;
            }
            Optional<EngagementFormat> held = s.deepestEngagementHeld();
            Adjusted score = new Adjusted(importance == Importance.CRITICAL ? 4 : 3, held.isPresent() ? 4 : 3);

            risks.add(new Risk("engagement-" + s.id(), Optional.empty(), Optional.empty(),
                    FocalPoint.OVERALL_GOVERNANCE, Optional.empty(), score.score(),
                    score.rationale(Messages.text(held.isPresent() ? "risk.engagementInformed"
                            : "risk.engagementNone", importance, s.id(), s.recommendedEngagement(bands),
                            CityGovDefaults.LABEL)),
                    "4.3, 4.2", edition.focalPoint(FocalPoint.OVERALL_GOVERNANCE).question()));
        }
        int parties = index.linkedParties().size();
        boolean council = index.stakeholders().stream().anyMatch(s -> s.category() == StakeholderCategory.COUNCIL);
        if (parties >= edition.cityGovDefaults().projectWide().partiesNeedingCouncil() && !council) {
            Adjusted score = new Adjusted(3, 3);
            risks.add(new Risk("no-council", Optional.empty(), Optional.empty(), FocalPoint.OVERALL_GOVERNANCE,
                    Optional.empty(), score.score(), score.rationale(Messages.text("risk.noCouncil", parties)),
                    "Fig. 4-3, Table 5-4", edition.focalPoint(FocalPoint.OVERALL_GOVERNANCE).question()));
        }
    }

    // ---- helpers

    private void regional(FlowView f, Adjusted score) {
        if (f.personal()) {
            RegionalAcceptance.shift(f.region(), f.flow(), f.asset(), edition.cityGovDefaults().acceptance())
                    .ifPresent(shift -> score.likelihood(shift.likelihood(), shift.reason()));
        }
    }

    private void flowRisk(FlowView f, String suffix, FocalPoint focalPoint, Adjusted score, String reason,
                          String guidelineRef) {
        risks.add(new Risk(f.flow().id() + "-" + suffix, Optional.of(f.flow().id()), Optional.of(f.flow().stage()),
                focalPoint, Optional.empty(), score.score(), score.rationale(reason), guidelineRef,
                edition.focalPoint(focalPoint).question()));
    }

    /** The id of the legal-compliance risk a four-factor judgment that is not ACCEPTABLE raises on its flow. */
    public static String legalTestRiskId(LegalJudgment test) {
        return test.flow() + "-legal-" + test.subject().name().toLowerCase(Locale.ROOT);
    }

    static String kebab(PrivacyHarm harm) {
        return harm.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
