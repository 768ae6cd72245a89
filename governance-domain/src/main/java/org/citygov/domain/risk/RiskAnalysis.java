package org.citygov.domain.risk;

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

    /** A party that receives this many different assets is a data hub (5.3 (3)). */
    public static final int HUB_ASSETS = 3;
    /** This many parties linking data call for a multi-agency organization such as a council (Fig. 4-3). */
    public static final int PARTIES_NEEDING_COUNCIL = 4;

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
            String reason = "The overall judgment of this " + test.subject().name().toLowerCase(Locale.ROOT)
                    + " use is " + test.verdict() + ": " + String.join(" ", test.cautions())
                    + (unsuitable ? " Residents could win damages (Civil Code Art. 709) or an injunction."
                    : " It holds only if these cautions are met.");
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
            flowRisk(f, "legal-basis", FocalPoint.LEGAL_COMPLIANCE, score, "Personal data is handled with no legal"
                    + " basis; the Act on the Protection of Personal Information requires one.", "5.2");
        } else if (f.singlesOut() && f.provides() && flow.legalBasis() == LegalBasis.OPT_OUT && specialCare
                && !Appi.isPublicBody(f.from())) {
            Adjusted score = new Adjusted(4, 3);
            regional(f, score);
            flowRisk(f, "legal-basis", FocalPoint.LEGAL_COMPLIANCE, score, "Special-care-required information is"
                    + " provided to " + flow.to() + " on an opt-out basis; the opt-out of APPI Art. 27 (2) excludes"
                    + " it, so it may only be provided with prior consent or under an exception of Art. 27 (1).",
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
            flowRisk(f, "appi-special-care", FocalPoint.LEGAL_COMPLIANCE, score, f.to().id() + " acquires"
                    + " special-care-required information (" + f.asset().id() + ") on the basis " + basis
                    + (basis == LegalBasis.PUBLIC_INTEREST ? ", which none of the exceptions of the Act covers for"
                    + " this purpose (" + f.purpose() + ")" : "") + ". APPI Art. 20 (2) forbids a business operator"
                    + " to acquire it without the person's prior consent, except in the cases it lists (based on"
                    + " laws; to protect life, body or property when consent is hard to obtain; specially needed for"
                    + " public health or children's sound growth; cooperation with a public body's statutory"
                    + " affairs; academic research; information the person or a public body has published).",
                    "5.4 (2) note 17; APPI Art. 20 (2)");
        }
        boolean bareInterest = basis == LegalBasis.PUBLIC_INTEREST && f.publicInterestItem(Appi.Act.PROVIDE).isEmpty();
        // the opt-out of Art. 27 (2) is a business operator's procedure; a public body has Art. 69 only
        boolean publicOptOut = basis == LegalBasis.OPT_OUT && Appi.isPublicBody(f.from()) && !f.withinPurposeOfUse();
        if ((bareInterest || publicOptOut) && f.singlesOut() && f.provides()) {
            String article = Appi.article(Appi.Act.PROVIDE, f.from());
            Adjusted score = new Adjusted(4, 3);
            if (f.asset().specialCare()) {
                score.severity(1, "special-care information");
            }
            regional(f, score);
            boolean ownBenefit = f.purpose().isCommercial()
                    || flow.purpose().beneficiary() == org.citygov.domain.data.Beneficiary.OPERATOR;
            flowRisk(f, "appi-provision", FocalPoint.LEGAL_COMPLIANCE, score, "Personal data (" + f.asset().id()
                    + ") goes from " + f.from().id() + " to " + f.to().id() + " for " + f.purpose() + " ("
                    + flow.purpose().beneficiary().name().toLowerCase(Locale.ROOT) + ") on the basis " + basis + "."
                    + (publicOptOut ? " An opt-out is no ground for a public body's provision beyond the purpose of"
                    + " use: " : " A public interest is not itself a ground to provide personal data without consent: ")
                    + article + " allows it only in narrow cases (based on laws; life, body or property; public"
                    + " health or children's sound growth; a public body's statutory affairs; academic research)"
                    + (ownBenefit ? ", and a purpose for the recipient's or operator's own benefit is none of them"
                    : ", and none of them fits this recipient and purpose") + ". Obtain prior consent, or provide"
                    + " data that no longer identifies anyone.", "5.4 (2); " + article);
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
                score.severity(1, "special-care information");
            }
            if (asset.concerns(SubjectGroup.CHILDREN)) {
                score.severity(1, "the data is about children");
            }
            if (asset.has(Safeguard.IMMEDIATE_DELETION)) {
                score.severity(-1, "the raw data is deleted at once");
            }
            if (!f.singlesOut()) {
                score.severity(-1, "the data is kept anonymized or statistical");
            }
            if (f.flow().covert()) {
                score.likelihood(1, "covert: people cannot object to what they cannot see");
            } else if (f.flow().stage() == LifecycleStage.COLLECTION && !f.flow().isNoticed()) {
                score.likelihood(1, "no notice at collection");
            }
            if (f.consented()) {
                score.likelihood(-1, "the flow rests on consent");
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
            score.likelihood(-1, "access control and encryption protect it");
        }
        if (f.toHub()) {
            score.likelihood(1, "it is placed on a platform hub");
        }
        flowRisk(f, "confidential", FocalPoint.IP_AND_CONFIDENTIALITY, score, "Business-confidential data leaves "
                + f.from().id() + " for " + f.to().id() + "; its owner's confidentiality and rights must be protected"
                + " by the terms of the linkage.", "5.3, Table 5-4");
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
            flowRisk(f, "security", FocalPoint.SECURITY, score, "The data " + f.asset().id() + " has no safeguard"
                    + " at all" + (crossesOrganizations ? ", and it crosses from " + f.from().id() + " to "
                    + f.to().id() + ": a breach at either spreads to every party linked" : "") + ".", "5.3 (3)");
        } else if (crossesOrganizations && !missing.isEmpty()) {
            Adjusted score = new Adjusted(f.sensitive() ? 4 : 3, 2 + (missing.size() > 1 ? 1 : 0));
            flowRisk(f, "security", FocalPoint.SECURITY, score, "Data linked from " + f.from().id() + " to "
                    + f.to().id() + " lacks " + String.join(", ", missing) + "; a breach at one organization"
                    + " reaches every organization linked to its data.", "5.3 (3)");
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
                score.severity(1, "the people predicted are children");
            }
            flowRisk(f, "fairness", FocalPoint.APPROPRIATE_OPERATION, score, "Predicting individuals' behaviour"
                    + " can label people wrongly and treat them unfairly, and even an accurate statistical prediction"
                    + " denies a person's ability to act otherwise.", "5.3 (1) 3), Table 5-4");
        } else if (f.flow().stage() == LifecycleStage.USE && f.asset().holds(DataCategory.ESTIMATED_ATTRIBUTES)) {
            Adjusted score = new Adjusted(3, 2);
            flowRisk(f, "fairness", FocalPoint.APPROPRIATE_OPERATION, score, "Attributes estimated by a machine are"
                    + " used on identifiable people; estimation errors fall unevenly on some groups.", "Table 5-4");
        }
    }

    // ---- project-wide: hubs (5.3 (3))

    private void hubs() {
        for (Map.Entry<StakeholderId, Set<DataAssetId>> entry : index.receivedByParty().entrySet()) {
            Stakeholder party = index.stakeholder(entry.getKey());
            Set<DataAssetId> assets = entry.getValue();
            boolean platform = party.category() == StakeholderCategory.PLATFORM_OPERATOR;
            if (assets.size() < HUB_ASSETS && !(platform && assets.size() >= 2)) {
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
                score.likelihood(1, "without encryption or an access log: " + String.join(", ", weak));
            }
            risks.add(new Risk("hub-" + party.id(), Optional.empty(), Optional.empty(), FocalPoint.SECURITY,
                    Optional.empty(), score.score(), score.rationale(party.id() + " receives " + assets.size()
                    + " data assets (" + String.join(", ", assets.stream().map(DataAssetId::value).toList())
                    + "); a hub that accumulates data turns one security failure into a serious one for all."),
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
            String how = held.isPresent() ? "has only been sent information" : "has not been engaged yet";
            risks.add(new Risk("engagement-" + s.id(), Optional.empty(), Optional.empty(),
                    FocalPoint.OVERALL_GOVERNANCE, Optional.empty(), score.score(),
                    score.rationale(importance + " stakeholder " + s.id() + " " + how + ", so the governance"
                            + " process lacks its view: important stakeholders should take part in it (4.3) and"
                            + " be heard before rules are designed (4.2); the engagement format for " + importance
                            + " is " + s.recommendedEngagement(bands) + " (a " + CityGovDefaults.LABEL
                            + ", not the guideline's)."),
                    "4.3, 4.2", edition.focalPoint(FocalPoint.OVERALL_GOVERNANCE).question()));
        }
        int parties = index.linkedParties().size();
        boolean council = index.stakeholders().stream().anyMatch(s -> s.category() == StakeholderCategory.COUNCIL);
        if (parties >= PARTIES_NEEDING_COUNCIL && !council) {
            Adjusted score = new Adjusted(3, 3);
            risks.add(new Risk("no-council", Optional.empty(), Optional.empty(), FocalPoint.OVERALL_GOVERNANCE,
                    Optional.empty(), score.score(), score.rationale(parties + " parties link data with each other and"
                    + " no council or other multi-agency organization is among the stakeholders to coordinate them."),
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
