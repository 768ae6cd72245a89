package org.citygov.domain.risk;

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
                    f -> "The same people are observed " + (f.flow().covert() ? "without being able to tell"
                            : "continuously") + " (" + f.flow().method() + ")."),
            new HarmCondition(INTERROGATION, "Are people pressed to answer invasive questions?",
                    f -> f.personal() && f.flow().method() == CollectionMethod.QUESTIONNAIRE
                            && (f.asset().specialCare() || f.holdsAny(FlowView.INVASIVE_TO_ASK)),
                    2, 3,
                    f -> "A questionnaire asks for " + (f.asset().specialCare() ? "special-care information"
                            : "sensitive information") + (f.consented() ? "." : " without resting on consent.")),
            // ---- processing
            new HarmCondition(AGGREGATION, "Do pieces of data about a person, put together, reveal what they never"
                    + " expected?",
                    f -> f.singlesOut() && (f.flow().linksOtherFields() || f.flow().continuous()),
                    3, 3,
                    f -> f.flow().linksOtherFields()
                            ? "The data is joined with data from another service field about the same people."
                            : "Fragments gathered continuously about the same people add up to a profile."),
            new HarmCondition(IDENTIFICATION, "Is data linked to a person tying them to harmful information?",
                    f -> recognizesFaces(f) || f.singlesOut() && (f.flow().linksOtherFields()
                            || f.asset().specialCare() || f.holdsAny(FlowView.LIKENESS)),
                    3, 3,
                    f -> recognizesFaces(f)
                            ? "Facial recognition extracts features in order to recognize the same person again:"
                            + " identification follows from the method, whatever is later kept of the images."
                            : "Identifiable data " + (f.asset().specialCare() ? "with special-care information"
                            : f.holdsAny(FlowView.LIKENESS) ? "with faces or biometrics" : "joined across fields")
                            + " ties people to what it reveals.",
                    HarmConditions::recognizesFaces, "raised by the method at collection, 5.3 (1) 1)"),
            new HarmCondition(INSECURITY, "Is personal data protected too weakly, to people's disadvantage?",
                    f -> f.singlesOut() && (!f.has(Safeguard.ACCESS_CONTROL) || !f.has(Safeguard.ENCRYPTION)),
                    3, 3,
                    f -> f.unprotected() ? "The data has no safeguard at all."
                            : "The data lacks " + (!f.has(Safeguard.ACCESS_CONTROL) ? "access control" : "encryption")
                            + "."),
            new HarmCondition(SECONDARY_USE, "Is data used beyond its original purpose without consent?",
                    f -> f.singlesOut() && f.purposeDrifts() && !f.consented() && f.flow().legalBasis() != LegalBasis.LAW,
                    4, 3,
                    f -> "The data was collected for " + f.collectedFor() + " and is used here for " + f.purpose()
                            + " on the basis " + f.flow().legalBasis() + ", without the people's consent."),
            new HarmCondition(EXCLUSION, "Are people unable to see or correct their data, or to control decisions"
                    + " about them?",
                    f -> f.singlesOut() && !f.consented()
                            && (f.purpose() == PurposeKind.INDIVIDUAL_PREDICTION || !f.flow().isNoticed()),
                    3, 3,
                    f -> f.purpose() == PurposeKind.INDIVIDUAL_PREDICTION
                            ? "Decisions are made about individuals from their data without their involvement."
                            : "The people concerned are not told of this use, so they cannot ask to see, correct or"
                            + " stop it."),
            // ---- dissemination
            new HarmCondition(BREACH_OF_CONFIDENTIALITY, "Do people feel betrayed when data given in trust goes to"
                    + " other companies?",
                    f -> f.singlesOut() && f.handsToAnotherParty() && f.toCompany() && !f.hasGroundBeyondOptOut(),
                    4, 3,
                    f -> "Data " + f.from().id() + " holds about people goes to the company " + f.to().id()
                            + " on the basis " + f.flow().legalBasis() + "."),
            new HarmCondition(DISCLOSURE, "Does handing personal data to third parties lead to further misuse?",
                    f -> f.singlesOut() && f.handsToAnotherParty() && !f.hasGroundBeyondOptOut(),
                    3, 3,
                    f -> "Personal data is provided to " + f.to().id() + " on the basis " + f.flow().legalBasis()
                            + (f.flow().legalBasis() == LegalBasis.PUBLIC_INTEREST
                            ? ", which none of the exceptions of " + Appi.article(Appi.Act.PROVIDE, f.from())
                            + " covers for this recipient and purpose (" + f.purpose() + " for the "
                            + f.flow().purpose().beneficiary().name().toLowerCase(java.util.Locale.ROOT)
                            + "); a public interest is not itself a ground."
                            : ", without consent, a law or an emergency (" + Appi.rule(Appi.Act.PROVIDE, f.from())
                            + ").")),
            new HarmCondition(EXPOSURE, "Does revealing parts of people's lives embarrass them?",
                    f -> f.singlesOut() && f.handsToAnotherParty()
                            && (f.asset().specialCare() || f.holdsAny(FlowView.INTIMATE)),
                    3, 2,
                    f -> "Data revealing intimate aspects of people's lives reaches " + f.to().id() + "."),
            new HarmCondition(INCREASED_ACCESSIBILITY, "Has personal data become reachable by more parties?",
                    f -> f.singlesOut() && f.handsToAnotherParty() && (f.toHub() || f.recipientsOfAsset() >= 2),
                    3, 3,
                    f -> f.toHub() ? "Personal data is placed on the platform hub " + f.to().id()
                            + ", reachable by every linked party."
                            : "The same personal data is handed to " + f.recipientsOfAsset() + " parties."),
            new HarmCondition(BLACKMAIL, "Could someone threaten to expose a person's data to control them?",
                    f -> f.identified() && f.handsToAnotherParty() && f.asset().specialCare()
                            && !f.has(Safeguard.ACCESS_CONTROL),
                    4, 2,
                    f -> "Special-care information about named people reaches " + f.to().id()
                            + " without access control."),
            new HarmCondition(APPROPRIATION, "Is someone's identity or likeness used for another's ends?",
                    f -> f.singlesOut() && f.holdsAny(FlowView.LIKENESS) && f.purpose().isCommercial(),
                    3, 3,
                    f -> "People's likeness or biometrics serve a commercial purpose (" + f.purpose() + ")."),
            new HarmCondition(DISTORTION, "Is a false picture of a person being spread?",
                    f -> f.singlesOut() && f.handsToAnotherParty()
                            && (f.holdsAny(java.util.EnumSet.of(DataCategory.ESTIMATED_ATTRIBUTES))
                            || f.purpose() == PurposeKind.INDIVIDUAL_PREDICTION),
                    3, 2,
                    f -> f.holdsAny(java.util.EnumSet.of(DataCategory.ESTIMATED_ATTRIBUTES))
                            ? "Attributes estimated about individuals, which can be wrong, are passed to "
                            + f.to().id() + "."
                            : "The data goes to " + f.to().id() + " to predict individuals' behaviour; a wrong"
                            + " prediction paints a false picture of them."),
            // ---- invasion
            new HarmCondition(INTRUSION, "Are people disturbed by excessive contact (mail, calls, ads)?",
                    f -> f.personal() && f.purpose().isCommercial(),
                    2, 3,
                    f -> "People are contacted for " + f.purpose()
                            + (f.consented() ? " (with consent)." : " without having asked for it.")),
            new HarmCondition(DECISIONAL_INTERFERENCE, "Does opaque AI decision-making chill people's choices?",
                    f -> f.singlesOut() && f.purpose() == PurposeKind.INDIVIDUAL_PREDICTION,
                    4, 3,
                    f -> "The flow's purpose is to predict individuals' behaviour: the predictions feed decisions"
                            + " in their lives by means they cannot see, at whatever stage the data is"
                            + " (here " + f.flow().stage() + ").",
                    f -> f.purpose() == PurposeKind.INDIVIDUAL_PREDICTION,
                    "raised by the purpose at any stage, 5.3 (1) 3)"));

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
