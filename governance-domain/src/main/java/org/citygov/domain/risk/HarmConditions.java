package org.citygov.domain.risk;

import org.citygov.domain.shared.Messages;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.law.Appi;

import static org.citygov.domain.catalogue.PrivacyHarm.AGGREGATION;
import static org.citygov.domain.catalogue.PrivacyHarm.APPROPRIATION;
import static org.citygov.domain.catalogue.PrivacyHarm.BLACKMAIL;
import static org.citygov.domain.catalogue.PrivacyHarm.BREACH_OF_CONFIDENTIALITY;
import static org.citygov.domain.catalogue.PrivacyHarm.DECISIONAL_INTERFERENCE;
import static org.citygov.domain.catalogue.PrivacyHarm.DISCLOSURE;
import static org.citygov.domain.catalogue.PrivacyHarm.DISTORTION;
import static org.citygov.domain.catalogue.PrivacyHarm.EXCLUSION;
import static org.citygov.domain.catalogue.PrivacyHarm.EXPOSURE;
import static org.citygov.domain.catalogue.PrivacyHarm.IDENTIFICATION;
import static org.citygov.domain.catalogue.PrivacyHarm.INCREASED_ACCESSIBILITY;
import static org.citygov.domain.catalogue.PrivacyHarm.INSECURITY;
import static org.citygov.domain.catalogue.PrivacyHarm.INTERROGATION;
import static org.citygov.domain.catalogue.PrivacyHarm.INTRUSION;
import static org.citygov.domain.catalogue.PrivacyHarm.SECONDARY_USE;
import static org.citygov.domain.catalogue.PrivacyHarm.SURVEILLANCE;

/**
 * The conditions under which each privacy harm of the appendix (after Solove) arises in a flow: one entry per harm,
 * each answering the appendix question named in {@code answers}. A harm is looked for in flows at its stage, as the
 * catalogue edition places it (see {@link org.citygov.domain.catalogue.HarmStage#arisingIn}), and, for the two harms
 * below, also wherever their purpose or method puts them. Every condition but surveillance, interrogation and
 * facial-recognition identification needs data that still points at a person: anonymized or statistical data cannot
 * be linked back to anyone to harm.
 *
 * <table>
 *   <caption>Harms raised by the purpose or the method, whatever the flow's stage</caption>
 *   <tr><th>harm</th><th>when</th><th>why</th></tr>
 *   <tr><td>DECISIONAL_INTERFERENCE</td><td>the flow's purpose is INDIVIDUAL_PREDICTION</td><td>prediction of a
 *       person feeds decisions about them whether the flow collects, processes, hands on or uses the data; the
 *       guideline's delinquency case, 5.3 (1) 3), and the appendix</td></tr>
 *   <tr><td>IDENTIFICATION</td><td>a COLLECTION flow by FACIAL_RECOGNITION_CAMERA of personal data</td><td>facial
 *       recognition photographs people "to extract features", 5.3 (1) 1): recognizing the same person again is what
 *       the method is for</td></tr>
 * </table>
 *
 * <p>Severity and likelihood here are the starting point; {@link RiskAnalysis} adjusts them for the data's sensitivity,
 * notice, consent, covert capture and the region's acceptance.
 */
public final class HarmConditions {

    private HarmConditions() {
    }

    /** The table, in the appendix's order. */
    public static final List<HarmCondition> TABLE = List.of(
            // ---- collection
            new HarmCondition(SURVEILLANCE, "Is continuous monitoring making people anxious or uncomfortable?",
                    f -> f.personal() && (f.flow().continuous() || f.flow().covert()),
                    3, 3,
                    f -> Messages.text(f.flow().covert() ? "harm.surveillanceCovert" : "harm.surveillance",
                            f.flow().method())),
            new HarmCondition(INTERROGATION, "Are people pressed to answer invasive questions?",
                    f -> f.personal() && f.flow().method() == CollectionMethod.QUESTIONNAIRE
                            && (f.asset().specialCare() || f.holdsAny(FlowView.INVASIVE_TO_ASK)),
                    2, 3,
                    f -> Messages.text(f.asset().specialCare()
                            ? f.consented() ? "harm.interrogationSpecialCare" : "harm.interrogationSpecialCareNoConsent"
                            : f.consented() ? "harm.interrogationSensitive" : "harm.interrogationSensitiveNoConsent")),
            // ---- processing
            new HarmCondition(AGGREGATION, "Do pieces of data about a person, put together, reveal what they never"
                    + " expected?",
                    f -> f.singlesOut() && (f.flow().linksOtherFields() || f.flow().continuous()),
                    3, 3,
                    f -> f.flow().linksOtherFields()
                            ? Messages.text("harm.aggregationLinked") : Messages.text("harm.aggregationContinuous")),
            new HarmCondition(IDENTIFICATION, "Is data linked to a person tying them to harmful information?",
                    f -> recognizesFaces(f) || f.singlesOut() && (f.flow().linksOtherFields()
                            || f.asset().specialCare() || f.holdsAny(FlowView.LIKENESS)),
                    3, 3,
                    f -> recognizesFaces(f)
                            ? Messages.text("harm.identificationFaces")
                            : Messages.text(f.asset().specialCare() ? "harm.identificationSpecialCare"
                            : f.holdsAny(FlowView.LIKENESS) ? "harm.identificationLikeness"
                            : "harm.identificationLinked"),
                    HarmConditions::recognizesFaces, Messages.text("harm.ref.method")),
            new HarmCondition(INSECURITY, "Is personal data protected too weakly, to people's disadvantage?",
                    f -> f.singlesOut() && (!f.has(Safeguard.ACCESS_CONTROL) || !f.has(Safeguard.ENCRYPTION)),
                    3, 3,
                    f -> Messages.text(f.unprotected() ? "harm.insecurityNone" : !f.has(Safeguard.ACCESS_CONTROL)
                            ? "harm.insecurityNoAccessControl" : "harm.insecurityNoEncryption")),
            new HarmCondition(SECONDARY_USE, "Is data used beyond its original purpose without consent?",
                    f -> f.singlesOut() && f.purposeDrifts() && !f.consented() && f.flow().legalBasis() != LegalBasis.LAW,
                    4, 3,
                    f -> Messages.text("harm.secondaryUse", f.collectedFor(), f.purpose(), f.flow().legalBasis())),
            new HarmCondition(EXCLUSION, "Are people unable to see or correct their data, or to control decisions"
                    + " about them?",
                    f -> f.singlesOut() && !f.consented()
                            && (f.purpose() == PurposeKind.INDIVIDUAL_PREDICTION || !f.flow().isNoticed()),
                    3, 3,
                    f -> f.purpose() == PurposeKind.INDIVIDUAL_PREDICTION
                            ? Messages.text("harm.exclusionDecisions") : Messages.text("harm.exclusionNotTold")),
            // ---- dissemination
            new HarmCondition(BREACH_OF_CONFIDENTIALITY, "Do people feel betrayed when data given in trust goes to"
                    + " other companies?",
                    f -> f.singlesOut() && f.handsToAnotherParty() && f.toCompany() && !f.hasGroundBeyondOptOut(),
                    4, 3,
                    f -> Messages.text("harm.breachOfConfidentiality", f.from().id(), f.to().id(), f.flow().legalBasis())),
            new HarmCondition(DISCLOSURE, "Does handing personal data to third parties lead to further misuse?",
                    f -> f.singlesOut() && f.handsToAnotherParty() && !f.hasGroundBeyondOptOut(),
                    3, 3,
                    f -> f.flow().legalBasis() == LegalBasis.PUBLIC_INTEREST
                            ? Messages.text("harm.disclosurePublicInterest", f.to().id(), f.flow().legalBasis(),
                            Appi.article(Appi.Act.PROVIDE, f.from()), f.purpose(),
                            f.flow().purpose().beneficiary().name().toLowerCase(java.util.Locale.ROOT))
                            : Messages.text("harm.disclosure", f.to().id(), f.flow().legalBasis(),
                            Appi.rule(Appi.Act.PROVIDE, f.from()))),
            new HarmCondition(EXPOSURE, "Does revealing parts of people's lives embarrass them?",
                    f -> f.singlesOut() && f.handsToAnotherParty()
                            && (f.asset().specialCare() || f.holdsAny(FlowView.INTIMATE)),
                    3, 2,
                    f -> Messages.text("harm.exposure", f.to().id())),
            new HarmCondition(INCREASED_ACCESSIBILITY, "Has personal data become reachable by more parties?",
                    f -> f.singlesOut() && f.handsToAnotherParty() && (f.toHub() || f.recipientsOfAsset() >= 2),
                    3, 3,
                    f -> f.toHub() ? Messages.text("harm.accessibilityHub", f.to().id())
                            : Messages.text("harm.accessibilityParties", f.recipientsOfAsset())),
            new HarmCondition(BLACKMAIL, "Could someone threaten to expose a person's data to control them?",
                    f -> f.identified() && f.handsToAnotherParty() && f.asset().specialCare()
                            && !f.has(Safeguard.ACCESS_CONTROL),
                    4, 2,
                    f -> Messages.text("harm.blackmail", f.to().id())),
            new HarmCondition(APPROPRIATION, "Is someone's identity or likeness used for another's ends?",
                    f -> f.singlesOut() && f.holdsAny(FlowView.LIKENESS) && f.purpose().isCommercial(),
                    3, 3,
                    f -> Messages.text("harm.appropriation", f.purpose())),
            new HarmCondition(DISTORTION, "Is a false picture of a person being spread?",
                    f -> f.singlesOut() && f.handsToAnotherParty()
                            && (f.holdsAny(java.util.EnumSet.of(DataCategory.ESTIMATED_ATTRIBUTES))
                            || f.purpose() == PurposeKind.INDIVIDUAL_PREDICTION),
                    3, 2,
                    f -> f.holdsAny(java.util.EnumSet.of(DataCategory.ESTIMATED_ATTRIBUTES))
                            ? Messages.text("harm.distortionEstimated", f.to().id())
                            : Messages.text("harm.distortionPrediction", f.to().id())),
            // ---- invasion
            new HarmCondition(INTRUSION, "Are people disturbed by excessive contact (mail, calls, ads)?",
                    f -> f.personal() && f.purpose().isCommercial(),
                    2, 3,
                    f -> Messages.text(f.consented() ? "harm.intrusionConsented" : "harm.intrusion", f.purpose())),
            new HarmCondition(DECISIONAL_INTERFERENCE, "Does opaque AI decision-making chill people's choices?",
                    f -> f.singlesOut() && f.purpose() == PurposeKind.INDIVIDUAL_PREDICTION,
                    4, 3,
                    f -> Messages.text("harm.decisionalInterference", f.flow().stage()),
                    f -> f.purpose() == PurposeKind.INDIVIDUAL_PREDICTION,
                    Messages.text("harm.ref.purpose")));

    /** Facial-recognition capture of people: features are extracted to recognize them (5.3 (1) 1)). */
    static boolean recognizesFaces(FlowView f) {
        return f.personal() && f.flow().stage() == org.citygov.domain.data.LifecycleStage.COLLECTION
                && f.flow().method() == CollectionMethod.FACIAL_RECOGNITION_CAMERA;
    }

    private static final Map<PrivacyHarm, HarmCondition> BY_HARM = new EnumMap<>(PrivacyHarm.class);

    static {
        TABLE.forEach(c -> {
            if (BY_HARM.put(c.harm(), c) != null) {
                throw new IllegalStateException("two conditions for " + c.harm());
            }
        });
        if (BY_HARM.size() != PrivacyHarm.values().length) {
            throw new IllegalStateException("every harm of the appendix needs its condition");
        }
    }

    public static HarmCondition of(PrivacyHarm harm) {
        return BY_HARM.get(harm);
    }
}
