package org.citygov.domain.design;

import org.citygov.domain.shared.Messages;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.rule.AccuracyCheck;
import org.citygov.domain.rule.ConsentScope;
import org.citygov.domain.rule.IndividualRight;
import org.citygov.domain.rule.MinimizationMeasure;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.rule.SecurityControlType;
import org.citygov.domain.rule.TransparencyItem;

/**
 * Which rules can answer which risk: a rule mitigates a HIGH or CRITICAL risk only when its <em>kind</em> is one the
 * table admits for the risk's privacy harm or focal point <em>and</em> its <em>terms</em> say what that answer needs.
 * Naming a risk is not enough: a poster campaign (NOTICE) cannot secure a database. Printed, with the same words, in
 * {@code docs/mitigation.md}.
 *
 * <table>
 *   <caption>Privacy harms (appendix) and the rules that can answer them (5.4 (2), (3))</caption>
 *   <tr><th>harm</th><th>kind</th><th>the terms must</th></tr>
 *   <tr><td>SURVEILLANCE</td><td>NOTICE</td><td>(any channel) — people know they are observed, 5.4 (2)
 *       notification</td></tr>
 *   <tr><td></td><td>RETENTION</td><td>keep no longer than the asset's declared retention</td></tr>
 *   <tr><td></td><td>MINIMUM_ACQUISITION</td><td>include IMMEDIATE_DELETION or ANONYMIZATION</td></tr>
 *   <tr><td>INTERROGATION</td><td>MINIMUM_ACQUISITION</td><td>include DATA_ITEM_LIMIT</td></tr>
 *   <tr><td></td><td>CONSENT</td><td>cover COLLECTION</td></tr>
 *   <tr><td>AGGREGATION</td><td>MINIMUM_ACQUISITION</td><td>include NO_NAME_AGGREGATION, ANONYMIZATION or
 *       PSEUDONYMIZATION ("name aggregation should be avoided", 5.4 (2))</td></tr>
 *   <tr><td>IDENTIFICATION</td><td>MINIMUM_ACQUISITION</td><td>include ANONYMIZATION or PSEUDONYMIZATION</td></tr>
 *   <tr><td>INSECURITY</td><td>SECURITY_CONTROL</td><td>include TECHNICAL controls (5.4 (3))</td></tr>
 *   <tr><td></td><td>LINKAGE_LOG</td><td>(any) — linkage logs, 5.4 (3)</td></tr>
 *   <tr><td>SECONDARY_USE</td><td>CONSENT</td><td>cover SECONDARY_USE</td></tr>
 *   <tr><td></td><td>TRANSPARENCY</td><td>publish PURPOSES</td></tr>
 *   <tr><td></td><td>MINIMUM_ACQUISITION</td><td>include ANONYMIZATION (5.4 (2), note 18)</td></tr>
 *   <tr><td>EXCLUSION</td><td>INDIVIDUAL_CONTROL</td><td>grant DISCLOSURE, CORRECTION or STOP_USE</td></tr>
 *   <tr><td></td><td>TRANSPARENCY</td><td>publish PURPOSES or DATA_ITEMS</td></tr>
 *   <tr><td>BREACH_OF_CONFIDENTIALITY</td><td>ACCESS_CONTROL</td><td>(any roles)</td></tr>
 *   <tr><td></td><td>INCIDENT_HANDLING</td><td>(any) — incidents shared at once, 5.4 (3)</td></tr>
 *   <tr><td>DISCLOSURE</td><td>CONSENT</td><td>cover THIRD_PARTY_PROVISION (APPI Art. 27 (1))</td></tr>
 *   <tr><td></td><td>ACCESS_CONTROL</td><td>(any roles)</td></tr>
 *   <tr><td></td><td>MINIMUM_ACQUISITION</td><td>include ANONYMIZATION</td></tr>
 *   <tr><td>EXPOSURE</td><td>ACCESS_CONTROL</td><td>(any roles)</td></tr>
 *   <tr><td></td><td>MINIMUM_ACQUISITION</td><td>include ANONYMIZATION or PSEUDONYMIZATION</td></tr>
 *   <tr><td>INCREASED_ACCESSIBILITY</td><td>ACCESS_CONTROL</td><td>(any roles)</td></tr>
 *   <tr><td></td><td>LINKAGE_LOG</td><td>(any)</td></tr>
 *   <tr><td>BLACKMAIL</td><td>ACCESS_CONTROL</td><td>(any roles)</td></tr>
 *   <tr><td></td><td>SECURITY_CONTROL</td><td>include TECHNICAL controls</td></tr>
 *   <tr><td></td><td>INCIDENT_HANDLING</td><td>(any)</td></tr>
 *   <tr><td>APPROPRIATION</td><td>CONSENT</td><td>cover SECONDARY_USE or THIRD_PARTY_PROVISION</td></tr>
 *   <tr><td>DISTORTION</td><td>ACCURACY_AUTHENTICITY</td><td>(any check) — accuracy and authenticity, 5.4 (3)</td></tr>
 *   <tr><td></td><td>INDIVIDUAL_CONTROL</td><td>grant CORRECTION</td></tr>
 *   <tr><td>INTRUSION</td><td>CONSENT</td><td>cover COLLECTION or SECONDARY_USE</td></tr>
 *   <tr><td></td><td>INDIVIDUAL_CONTROL</td><td>grant STOP_USE</td></tr>
 *   <tr><td>DECISIONAL_INTERFERENCE</td><td>TRANSPARENCY</td><td>publish PURPOSES</td></tr>
 *   <tr><td></td><td>INDIVIDUAL_CONTROL</td><td>grant STOP_USE</td></tr>
 * </table>
 *
 * <table>
 *   <caption>The other focal points (Table 5-4)</caption>
 *   <tr><th>focal point</th><th>kind</th><th>the terms must</th></tr>
 *   <tr><td>LEGAL_COMPLIANCE</td><td>CONSENT</td><td>cover what the flow needs: THIRD_PARTY_PROVISION when it hands
 *       data to another party, COLLECTION at collection, COLLECTION or SECONDARY_USE otherwise. Notice never makes an
 *       unlawful flow lawful; a flow judged UNSUITABLE is answered by no rule at all (5.3 (1))</td></tr>
 *   <tr><td>IP_AND_CONFIDENTIALITY</td><td>ACCESS_CONTROL</td><td>(any roles)</td></tr>
 *   <tr><td>SECURITY</td><td>SECURITY_CONTROL</td><td>include TECHNICAL controls (5.4 (3))</td></tr>
 *   <tr><td>APPROPRIATE_OPERATION</td><td>TRANSPARENCY</td><td>publish PURPOSES or EVALUATION_RESULTS</td></tr>
 *   <tr><td></td><td>INDIVIDUAL_CONTROL</td><td>grant STOP_USE or CORRECTION</td></tr>
 *   <tr><td></td><td>ACCURACY_AUTHENTICITY</td><td>include PERIODIC_VERIFICATION</td></tr>
 *   <tr><td>OVERALL_GOVERNANCE</td><td>(none)</td><td>answered by the process, not a rule: hear the stakeholder
 *       (4.2, 4.3) or form a council (Fig. 4-3)</td></tr>
 * </table>
 * The pairing of harms with kinds is CityGov's reading of 5.4 (2) and (3) against the appendix; the guideline names the
 * kinds of rule, not this table.
 */
public final class MitigationTable {

    /** What the terms of a rule must say to answer a risk; {@link #shortfall} empty when they do. */
    public sealed interface Terms {
        /** Why the terms fall short for this risk's flow and asset; empty when they answer it. */
        Optional<String> shortfall(RuleTerms terms, Context context);

        /** The terms made to answer the risk, tightened or extended, never loosened. */
        RuleTerms fit(RuleTerms terms, Context context);

        /** The condition in words, for the table in the documentation. */
        String describe();
    }

    /** Any terms of the kind answer the risk. */
    public record AnyTerms(String describe) implements Terms {
        @Override
        public Optional<String> shortfall(RuleTerms terms, Context context) {
            return Optional.empty();
        }

        @Override
        public RuleTerms fit(RuleTerms terms, Context context) {
            return terms;
        }
    }

    /** The rule's listed items (channels, scope, measures, rights, controls, items published, checks) include one of these. */
    public record Includes(List<String> anyOf, String describe) implements Terms {
        public Includes {
            anyOf = List.copyOf(new LinkedHashSet<>(anyOf));
        }

        static Includes of(String describe, Enum<?>... values) {
            List<String> names = new java.util.ArrayList<>();
            for (Enum<?> v : values) {
                names.add(v.name());
            }
            return new Includes(names, describe);
        }

        @Override
        public Optional<String> shortfall(RuleTerms terms, Context context) {
            Set<String> items = items(terms);
            if (anyOf.stream().anyMatch(items::contains)) {
                return Optional.empty();
            }
            return Optional.of(Messages.text("mitigation.short.includes", String.join(", ", new TreeSet<>(items)),
                    String.join(", ", new TreeSet<>(anyOf))));
        }

        @Override
        public RuleTerms fit(RuleTerms terms, Context context) {
            return shortfall(terms, context).isEmpty() ? terms
                    : withItem(terms, anyOf.getFirst());
        }
    }

    /** A retention rule keeps the data no longer than the asset is declared to be kept. */
    public record RetentionWithinDeclared() implements Terms {
        @Override
        public Optional<String> shortfall(RuleTerms terms, Context context) {
            int days = ((RuleTerms.Retention) terms).retentionDays();
            return context.asset().filter(a -> days > a.retentionDays())
                    .map(a -> Messages.text("mitigation.short.retention", days, a.retentionDays(), a.id()));
        }

        @Override
        public RuleTerms fit(RuleTerms terms, Context context) {
            int days = ((RuleTerms.Retention) terms).retentionDays();
            return context.asset().map(a -> (RuleTerms) new RuleTerms.Retention(Math.min(days, a.retentionDays())))
                    .orElse(terms);
        }

        @Override
        public String describe() {
            return Messages.text("mitigation.terms.retention");
        }
    }

    /** A consent rule covers what the flow needs consent for (APPI Art. 20 (2), 27 (1)). */
    public record ConsentForFlow() implements Terms {
        @Override
        public Optional<String> shortfall(RuleTerms terms, Context context) {
            Set<ConsentScope> needed = needed(context);
            Set<ConsentScope> scope = ((RuleTerms.Consent) terms).scope();
            if (needed.stream().anyMatch(scope::contains)) {
                return Optional.empty();
            }
            return Optional.of(Messages.text("mitigation.short.consent", sorted(scope),
                    context.flow().map(f -> f.id().value()).orElse(Messages.text("mitigation.projectWide")),
                    String.join(" or ", needed.stream().map(Enum::name).toList())));
        }

        @Override
        public RuleTerms fit(RuleTerms terms, Context context) {
            return shortfall(terms, context).isEmpty() ? terms
                    : withItem(terms, needed(context).iterator().next().name());
        }

        private static Set<ConsentScope> needed(Context context) {
            Optional<DataFlow> flow = context.flow();
            if (flow.isPresent() && flow.get().stage() == LifecycleStage.DISSEMINATION
                    && flow.get().handsToAnotherParty()) {
                return Set.of(ConsentScope.THIRD_PARTY_PROVISION);
            }
            if (flow.isPresent() && flow.get().stage() == LifecycleStage.COLLECTION) {
                return Set.of(ConsentScope.COLLECTION);
            }
            return new LinkedHashSet<>(List.of(ConsentScope.COLLECTION, ConsentScope.SECONDARY_USE));
        }

        @Override
        public String describe() {
            return Messages.text("mitigation.terms.consentForFlow");
        }
    }

    /** One way a kind of rule answers a harm or focal point, and why. */
    public record Answer(RuleKind kind, Terms terms, String because) {
    }

    /** The flow and asset a risk arises on; empty for project-wide risks. */
    public record Context(Optional<DataFlow> flow, Optional<DataAsset> asset) {
        public static Context projectWide() {
            return new Context(Optional.empty(), Optional.empty());
        }
    }

    private static final Terms ANY = new AnyTerms(Messages.text("mitigation.terms.anyTerms"));
    private static final Terms TECHNICAL = Includes.of(Messages.text("mitigation.terms.includeTechnicalControls"), SecurityControlType.TECHNICAL);

    static final Map<PrivacyHarm, List<Answer>> FOR_HARM = new EnumMap<>(Map.ofEntries(
            Map.entry(PrivacyHarm.SURVEILLANCE, List.of(
                    new Answer(RuleKind.NOTICE, ANY, Messages.text("mitigation.because.peopleKnowTheyAreObserved5")),
                    new Answer(RuleKind.RETENTION, new RetentionWithinDeclared(), Messages.text("mitigation.because.observationsAreNotKept")),
                    new Answer(RuleKind.MINIMUM_ACQUISITION, Includes.of(Messages.text("mitigation.terms.includeImmediateDeletionOrAnonymization"), MinimizationMeasure.IMMEDIATE_DELETION,
                            MinimizationMeasure.ANONYMIZATION), Messages.text("mitigation.because.theRawObservationIdentifiesNoOne")))),
            Map.entry(PrivacyHarm.INTERROGATION, List.of(
                    new Answer(RuleKind.MINIMUM_ACQUISITION, Includes.of(Messages.text("mitigation.terms.includeDataItemLimit"),
                            MinimizationMeasure.DATA_ITEM_LIMIT), Messages.text("mitigation.because.askOnlyWhatIsNeeded5")),
                    new Answer(RuleKind.CONSENT, Includes.of(Messages.text("mitigation.terms.coverCollection"), ConsentScope.COLLECTION),
                            Messages.text("mitigation.because.peopleAgreeToWhatTheyAre")))),
            Map.entry(PrivacyHarm.AGGREGATION, List.of(
                    new Answer(RuleKind.MINIMUM_ACQUISITION, Includes.of(Messages.text("mitigation.terms.includeNoNameAggregationAnonymizationOr"), MinimizationMeasure.NO_NAME_AGGREGATION,
                            MinimizationMeasure.ANONYMIZATION, MinimizationMeasure.PSEUDONYMIZATION),
                            Messages.text("mitigation.because.nameAggregationIsAvoided54")))),
            Map.entry(PrivacyHarm.IDENTIFICATION, List.of(
                    new Answer(RuleKind.MINIMUM_ACQUISITION, Includes.of(Messages.text("mitigation.terms.includeAnonymizationOrPseudonymization"), MinimizationMeasure.ANONYMIZATION,
                            MinimizationMeasure.PSEUDONYMIZATION), Messages.text("mitigation.because.theDataNoLongerPointsAt")))),
            Map.entry(PrivacyHarm.INSECURITY, List.of(
                    new Answer(RuleKind.SECURITY_CONTROL, TECHNICAL, Messages.text("mitigation.because.securityControlActions543")),
                    new Answer(RuleKind.LINKAGE_LOG, ANY, Messages.text("mitigation.because.dataLinkageLogs543")))),
            Map.entry(PrivacyHarm.SECONDARY_USE, List.of(
                    new Answer(RuleKind.CONSENT, Includes.of(Messages.text("mitigation.terms.coverSecondaryUse"), ConsentScope.SECONDARY_USE),
                            Messages.text("mitigation.because.consentForTheNewUse")),
                    new Answer(RuleKind.TRANSPARENCY, Includes.of(Messages.text("mitigation.terms.publishPurposes"), TransparencyItem.PURPOSES),
                            Messages.text("mitigation.because.thePurposesOfUseArePublic")),
                    new Answer(RuleKind.MINIMUM_ACQUISITION, Includes.of(Messages.text("mitigation.terms.includeAnonymization"),
                            MinimizationMeasure.ANONYMIZATION), Messages.text("mitigation.because.anonymizedWhenConsentIsHard5")))),
            Map.entry(PrivacyHarm.EXCLUSION, List.of(
                    new Answer(RuleKind.INDIVIDUAL_CONTROL, Includes.of(Messages.text("mitigation.terms.grantDisclosureCorrectionOrStopUse"),
                            IndividualRight.DISCLOSURE, IndividualRight.CORRECTION, IndividualRight.STOP_USE),
                            Messages.text("mitigation.because.peopleSeeAndControlTheirData")),
                    new Answer(RuleKind.TRANSPARENCY, Includes.of(Messages.text("mitigation.terms.publishPurposesOrDataItems"),
                            TransparencyItem.PURPOSES, TransparencyItem.DATA_ITEMS), Messages.text("mitigation.because.peopleKnowHowDataIsUsed")))),
            Map.entry(PrivacyHarm.BREACH_OF_CONFIDENTIALITY, List.of(
                    new Answer(RuleKind.ACCESS_CONTROL, ANY, Messages.text("mitigation.because.onlyNamedRolesReachTheData")),
                    new Answer(RuleKind.INCIDENT_HANDLING, ANY, Messages.text("mitigation.because.aBreachIsSharedAtOnce")))),
            Map.entry(PrivacyHarm.DISCLOSURE, List.of(
                    new Answer(RuleKind.CONSENT, Includes.of(Messages.text("mitigation.terms.coverThirdPartyProvision"),
                            ConsentScope.THIRD_PARTY_PROVISION), Messages.text("mitigation.because.consentToThirdPartyProvisionAppi")),
                    new Answer(RuleKind.ACCESS_CONTROL, ANY, Messages.text("mitigation.because.onlyNamedRolesReachTheData2")),
                    new Answer(RuleKind.MINIMUM_ACQUISITION, Includes.of(Messages.text("mitigation.terms.includeAnonymization"),
                            MinimizationMeasure.ANONYMIZATION), Messages.text("mitigation.because.whatIsProvidedIdentifiesNoOne")))),
            Map.entry(PrivacyHarm.EXPOSURE, List.of(
                    new Answer(RuleKind.ACCESS_CONTROL, ANY, Messages.text("mitigation.because.onlyNamedRolesReachTheData2")),
                    new Answer(RuleKind.MINIMUM_ACQUISITION, Includes.of(Messages.text("mitigation.terms.includeAnonymizationOrPseudonymization"), MinimizationMeasure.ANONYMIZATION,
                            MinimizationMeasure.PSEUDONYMIZATION), Messages.text("mitigation.because.whatIsRevealedPointsAtNo")))),
            Map.entry(PrivacyHarm.INCREASED_ACCESSIBILITY, List.of(
                    new Answer(RuleKind.ACCESS_CONTROL, ANY, Messages.text("mitigation.because.onlyNamedRolesReachTheData2")),
                    new Answer(RuleKind.LINKAGE_LOG, ANY, Messages.text("mitigation.because.everyLinkageIsLogged54")))),
            Map.entry(PrivacyHarm.BLACKMAIL, List.of(
                    new Answer(RuleKind.ACCESS_CONTROL, ANY, Messages.text("mitigation.because.onlyNamedRolesReachTheData2")),
                    new Answer(RuleKind.SECURITY_CONTROL, TECHNICAL, Messages.text("mitigation.because.securityControlActions543")),
                    new Answer(RuleKind.INCIDENT_HANDLING, ANY, Messages.text("mitigation.because.aBreachIsSharedAtOnce")))),
            Map.entry(PrivacyHarm.APPROPRIATION, List.of(
                    new Answer(RuleKind.CONSENT, Includes.of(Messages.text("mitigation.terms.coverSecondaryUseOrThirdParty"),
                            ConsentScope.SECONDARY_USE, ConsentScope.THIRD_PARTY_PROVISION),
                            Messages.text("mitigation.because.peopleAgreeBeforeTheirDataServes")))),
            Map.entry(PrivacyHarm.DISTORTION, List.of(
                    new Answer(RuleKind.ACCURACY_AUTHENTICITY, ANY, Messages.text("mitigation.because.accuracyAndAuthenticity543")),
                    new Answer(RuleKind.INDIVIDUAL_CONTROL, Includes.of(Messages.text("mitigation.terms.grantCorrection"),
                            IndividualRight.CORRECTION), Messages.text("mitigation.because.peopleCorrectTheirData54")))),
            Map.entry(PrivacyHarm.INTRUSION, List.of(
                    new Answer(RuleKind.CONSENT, Includes.of(Messages.text("mitigation.terms.coverCollectionOrSecondaryUse"),
                            ConsentScope.COLLECTION, ConsentScope.SECONDARY_USE), Messages.text("mitigation.because.noContactPeopleDidNotAgree")),
                    new Answer(RuleKind.INDIVIDUAL_CONTROL, Includes.of(Messages.text("mitigation.terms.grantStopUse"), IndividualRight.STOP_USE),
                            Messages.text("mitigation.because.peopleStopTheUse54")))),
            Map.entry(PrivacyHarm.DECISIONAL_INTERFERENCE, List.of(
                    new Answer(RuleKind.TRANSPARENCY, Includes.of(Messages.text("mitigation.terms.publishPurposes"), TransparencyItem.PURPOSES),
                            Messages.text("mitigation.because.peopleKnowWhatIsDecidedWith")),
                    new Answer(RuleKind.INDIVIDUAL_CONTROL, Includes.of(Messages.text("mitigation.terms.grantStopUse"), IndividualRight.STOP_USE),
                            Messages.text("mitigation.because.peopleStopTheUse54"))))));

    static final Map<FocalPoint, List<Answer>> FOR_FOCAL_POINT = new EnumMap<>(Map.of(
            FocalPoint.LEGAL_COMPLIANCE, List.of(
                    new Answer(RuleKind.CONSENT, new ConsentForFlow(), Messages.text("mitigation.because.consentGivesTheFlowTheBasis"))),
            FocalPoint.IP_AND_CONFIDENTIALITY, List.of(
                    new Answer(RuleKind.ACCESS_CONTROL, ANY, Messages.text("mitigation.because.onlyNamedRolesReachTheConfidential"))),
            FocalPoint.SECURITY, List.of(
                    new Answer(RuleKind.SECURITY_CONTROL, TECHNICAL, Messages.text("mitigation.because.securityControlActions543"))),
            FocalPoint.APPROPRIATE_OPERATION, List.of(
                    new Answer(RuleKind.TRANSPARENCY, Includes.of(Messages.text("mitigation.terms.publishPurposesOrEvaluationResults"),
                            TransparencyItem.PURPOSES, TransparencyItem.EVALUATION_RESULTS), Messages.text("mitigation.because.fairnessIsOpenToScrutiny")),
                    new Answer(RuleKind.INDIVIDUAL_CONTROL, Includes.of(Messages.text("mitigation.terms.grantStopUseOrCorrection"),
                            IndividualRight.STOP_USE, IndividualRight.CORRECTION), Messages.text("mitigation.because.peopleContestWhatIsDecided")),
                    new Answer(RuleKind.ACCURACY_AUTHENTICITY, Includes.of(Messages.text("mitigation.terms.includePeriodicVerification"),
                            AccuracyCheck.PERIODIC_VERIFICATION), Messages.text("mitigation.because.estimatesAreChecked543"))),
            FocalPoint.OVERALL_GOVERNANCE, List.of()));

    /** Why no rule answers an overall-governance risk. */
    public static final String PROCESS_NOT_RULE = Messages.text("mitigation.processNotRule");

    private MitigationTable() {
    }

    /** The answers the table admits for a privacy harm. */
    public static List<Answer> forHarm(PrivacyHarm harm) {
        return FOR_HARM.get(harm);
    }

    /** The answers the table admits for a focal point other than privacy. */
    public static List<Answer> forFocalPoint(FocalPoint focalPoint) {
        return FOR_FOCAL_POINT.getOrDefault(focalPoint, List.of());
    }

    /** The answers for a risk: by its harm when it has one, else by its focal point. */
    public static List<Answer> answers(Optional<PrivacyHarm> harm, FocalPoint focalPoint) {
        return harm.map(MitigationTable::forHarm).orElseGet(() -> forFocalPoint(focalPoint));
    }

    /** The kinds that can answer, in the table's order. */
    public static List<RuleKind> kinds(Optional<PrivacyHarm> harm, FocalPoint focalPoint) {
        return answers(harm, focalPoint).stream().map(Answer::kind).toList();
    }

    /**
     * Whether terms of a kind answer a risk: the matching answer, or why not (the kind is not admitted, or the terms
     * fall short).
     */
    public static Verdict judge(RuleTerms terms, Optional<PrivacyHarm> harm, FocalPoint focalPoint,
                                Context context) {
        String what = harm.map(Enum::name).orElse(focalPoint.name());
        List<Answer> answers = answers(harm, focalPoint);
        Optional<Answer> answer = answers.stream().filter(a -> a.kind() == terms.kind()).findFirst();
        if (answer.isEmpty()) {
            return new Verdict(false, answers.isEmpty() ? PROCESS_NOT_RULE
                    : Messages.text("mitigation.cannotAnswer", article(terms.kind()), what,
                    String.join(", ", answers.stream().map(a -> a.kind().name()).toList())));
        }
        return answer.get().terms().shortfall(terms, context)
                .map(why -> new Verdict(false, Messages.text("mitigation.answersOnlyIf", article(terms.kind()), what,
                        answer.get().terms().describe(), why)))
                .orElseGet(() -> new Verdict(true, Messages.text("mitigation.answers", article(terms.kind()), what,
                        answer.get().because())));
    }

    /** "a NOTICE", "an ACCESS_CONTROL". */
    private static String article(RuleKind kind) {
        return Messages.text("AEIOU".indexOf(kind.name().charAt(0)) >= 0 ? "mitigation.articleAn"
                : "mitigation.articleA", kind);
    }

    /** Whether a rule answers, and why. */
    public record Verdict(boolean answers, String why) {
    }

    /** Terms of the kind made to answer the risk (a kind the table admits for it). */
    public static RuleTerms fit(RuleTerms terms, Optional<PrivacyHarm> harm, FocalPoint focalPoint, Context context) {
        return answers(harm, focalPoint).stream().filter(a -> a.kind() == terms.kind()).findFirst()
                .map(a -> a.terms().fit(terms, context))
                .orElseThrow(() -> new IllegalArgumentException("the table admits no " + terms.kind() + " rule for "
                        + harm.map(Enum::name).orElse(focalPoint.name())));
    }

    // ---- the listed items of each kind's terms

    static Set<String> items(RuleTerms terms) {
        return switch (terms) {
            case RuleTerms.Notice t -> names(t.channels());
            case RuleTerms.Consent t -> names(t.scope());
            case RuleTerms.Transparency t -> names(t.publishes());
            case RuleTerms.IndividualControl t -> names(t.rights());
            case RuleTerms.MinimumAcquisition t -> names(t.measures());
            case RuleTerms.SecurityControl t -> names(t.controls());
            case RuleTerms.AccuracyAuthenticity t -> names(t.checks());
            case RuleTerms.AccessControl t -> Set.copyOf(t.rolesAllowed());
            case RuleTerms.Retention t -> Set.of();
            case RuleTerms.LinkageLog t -> Set.of();
            case RuleTerms.IncidentHandling t -> Set.copyOf(t.contactPoints());
            case RuleTerms.PublicInterestReview t -> Set.of();
            case RuleTerms.Incentive t -> Set.of(t.incentive().name());
        };
    }

    static RuleTerms withItem(RuleTerms terms, String item) {
        return switch (terms) {
            case RuleTerms.Consent t -> new RuleTerms.Consent(plus(t.scope(), ConsentScope.valueOf(item)));
            case RuleTerms.Transparency t ->
                    new RuleTerms.Transparency(plus(t.publishes(), TransparencyItem.valueOf(item)));
            case RuleTerms.IndividualControl t ->
                    new RuleTerms.IndividualControl(plus(t.rights(), IndividualRight.valueOf(item)), t.responseDays());
            case RuleTerms.MinimumAcquisition t ->
                    new RuleTerms.MinimumAcquisition(plus(t.measures(), MinimizationMeasure.valueOf(item)));
            case RuleTerms.SecurityControl t ->
                    new RuleTerms.SecurityControl(plus(t.controls(), SecurityControlType.valueOf(item)),
                            t.auditEveryDays());
            case RuleTerms.AccuracyAuthenticity t ->
                    new RuleTerms.AccuracyAuthenticity(plus(t.checks(), AccuracyCheck.valueOf(item)));
            default -> throw new IllegalArgumentException(terms.kind() + " terms list no " + item);
        };
    }

    private static <E extends Enum<E>> Set<E> plus(Set<E> values, E value) {
        Set<E> result = new LinkedHashSet<>(values);
        result.add(value);
        return result;
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        Set<String> names = new TreeSet<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }

    private static String sorted(Set<? extends Enum<?>> values) {
        return String.join(", ", names(values));
    }
}
