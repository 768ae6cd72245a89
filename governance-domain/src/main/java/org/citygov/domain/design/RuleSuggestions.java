package org.citygov.domain.design;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.rule.AccuracyCheck;
import org.citygov.domain.rule.ConsentScope;
import org.citygov.domain.rule.IndividualRight;
import org.citygov.domain.rule.MinimizationMeasure;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.rule.SecurityControlType;
import org.citygov.domain.rule.TransparencyItem;
import org.citygov.domain.shared.Ids;

/**
 * Draft programme rules for what rule design has not yet answered: every unmitigated HIGH or CRITICAL risk, and the
 * rules 5.4 (4) requires of public-interest services. The kinds come from {@link #FOR_HARM} and
 * {@link #FOR_FOCAL_POINT}; the terms start from the city framework's rule of the same kind when there is one (so a
 * suggestion never loosens it), else from conservative defaults a committee is expected to edit. One draft is made
 * per kind and flow, naming every risk it answers.
 */
public final class RuleSuggestions {

    /**
     * Which kinds of rule answer which privacy harm (5.4 (2), (3) against the appendix):
     * <pre>
     * SURVEILLANCE             NOTICE, RETENTION         people know they are observed; footage is not kept
     * INTERROGATION            MINIMUM_ACQUISITION, CONSENT  ask only what is needed, with consent
     * AGGREGATION              MINIMUM_ACQUISITION, ACCESS_CONTROL  no needless name aggregation
     * IDENTIFICATION           MINIMUM_ACQUISITION       anonymize or pseudonymize
     * INSECURITY               SECURITY_CONTROL, LINKAGE_LOG
     * SECONDARY_USE            CONSENT, TRANSPARENCY     consent for new uses, published purposes
     * EXCLUSION                INDIVIDUAL_CONTROL        people see, correct and stop the use of their data
     * BREACH_OF_CONFIDENTIALITY  ACCESS_CONTROL, INCIDENT_HANDLING
     * DISCLOSURE               CONSENT, ACCESS_CONTROL   consent for third-party provision (APPI Art. 27 (1))
     * EXPOSURE                 ACCESS_CONTROL
     * INCREASED_ACCESSIBILITY  ACCESS_CONTROL, LINKAGE_LOG
     * BLACKMAIL                ACCESS_CONTROL, INCIDENT_HANDLING
     * APPROPRIATION            CONSENT
     * DISTORTION               ACCURACY_AUTHENTICITY, INDIVIDUAL_CONTROL
     * INTRUSION                CONSENT, INDIVIDUAL_CONTROL  no contact the person did not agree to; stop use
     * DECISIONAL_INTERFERENCE  TRANSPARENCY, INDIVIDUAL_CONTROL
     * </pre>
     */
    public static final Map<PrivacyHarm, List<RuleKind>> FOR_HARM = Map.ofEntries(
            Map.entry(PrivacyHarm.SURVEILLANCE, List.of(RuleKind.NOTICE, RuleKind.RETENTION)),
            Map.entry(PrivacyHarm.INTERROGATION, List.of(RuleKind.MINIMUM_ACQUISITION, RuleKind.CONSENT)),
            Map.entry(PrivacyHarm.AGGREGATION, List.of(RuleKind.MINIMUM_ACQUISITION, RuleKind.ACCESS_CONTROL)),
            Map.entry(PrivacyHarm.IDENTIFICATION, List.of(RuleKind.MINIMUM_ACQUISITION)),
            Map.entry(PrivacyHarm.INSECURITY, List.of(RuleKind.SECURITY_CONTROL, RuleKind.LINKAGE_LOG)),
            Map.entry(PrivacyHarm.SECONDARY_USE, List.of(RuleKind.CONSENT, RuleKind.TRANSPARENCY)),
            Map.entry(PrivacyHarm.EXCLUSION, List.of(RuleKind.INDIVIDUAL_CONTROL)),
            Map.entry(PrivacyHarm.BREACH_OF_CONFIDENTIALITY, List.of(RuleKind.ACCESS_CONTROL,
                    RuleKind.INCIDENT_HANDLING)),
            Map.entry(PrivacyHarm.DISCLOSURE, List.of(RuleKind.CONSENT, RuleKind.ACCESS_CONTROL)),
            Map.entry(PrivacyHarm.EXPOSURE, List.of(RuleKind.ACCESS_CONTROL)),
            Map.entry(PrivacyHarm.INCREASED_ACCESSIBILITY, List.of(RuleKind.ACCESS_CONTROL, RuleKind.LINKAGE_LOG)),
            Map.entry(PrivacyHarm.BLACKMAIL, List.of(RuleKind.ACCESS_CONTROL, RuleKind.INCIDENT_HANDLING)),
            Map.entry(PrivacyHarm.APPROPRIATION, List.of(RuleKind.CONSENT)),
            Map.entry(PrivacyHarm.DISTORTION, List.of(RuleKind.ACCURACY_AUTHENTICITY, RuleKind.INDIVIDUAL_CONTROL)),
            Map.entry(PrivacyHarm.INTRUSION, List.of(RuleKind.CONSENT, RuleKind.INDIVIDUAL_CONTROL)),
            Map.entry(PrivacyHarm.DECISIONAL_INTERFERENCE, List.of(RuleKind.TRANSPARENCY,
                    RuleKind.INDIVIDUAL_CONTROL)));

    /**
     * Which kinds of rule answer the risks of the other focal points (Table 5-4, 5.4 (3)-(5)): legal compliance —
     * consent and notice; IP and confidentiality — access control; security — security controls and incident
     * handling; appropriate operation — transparency and individual control; overall governance — transparency
     * and compliance-monitoring incentives.
     */
    public static final Map<FocalPoint, List<RuleKind>> FOR_FOCAL_POINT = Map.of(
            FocalPoint.LEGAL_COMPLIANCE, List.of(RuleKind.CONSENT, RuleKind.NOTICE),
            FocalPoint.IP_AND_CONFIDENTIALITY, List.of(RuleKind.ACCESS_CONTROL),
            FocalPoint.SECURITY, List.of(RuleKind.SECURITY_CONTROL, RuleKind.INCIDENT_HANDLING),
            FocalPoint.APPROPRIATE_OPERATION, List.of(RuleKind.TRANSPARENCY, RuleKind.INDIVIDUAL_CONTROL),
            FocalPoint.OVERALL_GOVERNANCE, List.of(RuleKind.TRANSPARENCY, RuleKind.INCENTIVE));

    private RuleSuggestions() {
    }

    /** Draft rules that would close the coverage's gaps; empty when there are none to close. */
    public static List<Rule> of(GovernanceProject project, RuleCoverage coverage) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (RuleCoverage.Mitigation gap : coverage.unmitigated()) {
            Risk risk = gap.risk();
            List<RuleKind> kinds = risk.harm().map(FOR_HARM::get)
                    .orElseGet(() -> FOR_FOCAL_POINT.get(risk.focalPoint()));
            for (RuleKind kind : kinds) {
                String key = kind + "@" + risk.flow().map(DataFlowId::value).orElse("");
                drafts.computeIfAbsent(key, k -> new Draft(kind, risk.flow())).mitigates.add(risk.id());
            }
        }
        for (RuleCoverage.RequiredRule required : coverage.missingRequired()) {
            drafts.computeIfAbsent(required.kind() + "@", k -> new Draft(required.kind(), Optional.empty()));
        }
        Set<String> taken = new LinkedHashSet<>();
        project.governance().rules().versions().forEach(r -> taken.add(r.id().value()));
        List<Rule> rules = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            RuleId id = RuleId.of(uniqueId(draft, taken));
            rules.add(Rule.draft(id, RuleLevel.PROGRAM, text(draft), terms(project, draft.kind),
                    draft.flow.map(Set::of).orElse(Set.of()), draft.mitigates));
        }
        return List.copyOf(rules);
    }

    private static final class Draft {
        final RuleKind kind;
        final Optional<DataFlowId> flow;
        final Set<String> mitigates = new LinkedHashSet<>();

        Draft(RuleKind kind, Optional<DataFlowId> flow) {
            this.kind = kind;
            this.flow = flow;
        }
    }

    private static String uniqueId(Draft draft, Set<String> taken) {
        String base = "suggested-" + draft.kind.name().toLowerCase().replace('_', '-')
                + draft.flow.map(f -> "-" + f.value()).orElse("");
        if (base.length() > Ids.MAX_ID_LENGTH - 4) {
            base = base.substring(0, Ids.MAX_ID_LENGTH - 4).replaceAll("-+$", "");
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String text(Draft draft) {
        String scope = draft.flow.map(f -> " for data flow " + f.value()).orElse(" for the whole project");
        return switch (draft.kind) {
            case NOTICE -> "Tell the people concerned about the purpose of use" + scope + " by these channels.";
            case CONSENT -> "Obtain consent" + scope + " for the uses listed.";
            case ACCESS_CONTROL -> "Only the listed roles may access the data" + scope + ".";
            case TRANSPARENCY -> "Publish the listed items about the use of data" + scope + ".";
            case INDIVIDUAL_CONTROL -> "Let data subjects exercise the listed rights" + scope
                    + " and answer within the stated days.";
            case MINIMUM_ACQUISITION -> "Acquire no more than needed" + scope + ", with the listed measures.";
            case RETENTION -> "Keep the data" + scope + " no longer than the stated days.";
            case SECURITY_CONTROL -> "Apply the listed security controls" + scope
                    + ", audited by a third party at the stated interval.";
            case LINKAGE_LOG -> "Log every linkage" + scope + " and keep the log the stated days.";
            case ACCURACY_AUTHENTICITY -> "Check the accuracy and authenticity of the data" + scope + ".";
            case INCIDENT_HANDLING -> "Report incidents" + scope + " to the contact points within the stated hours.";
            case PUBLIC_INTEREST_REVIEW -> "Have the public-interest use" + scope
                    + " inspected by the expert committee and publish the results.";
            case INCENTIVE -> "Monitor compliance with the rules" + scope + ".";
        } + " (Drafted by CityGov from the risk analysis; edit before approval.)";
    }

    /** The framework's terms for the kind when it has an effective rule of that kind, else the defaults. */
    private static RuleTerms terms(GovernanceProject project, RuleKind kind) {
        return project.governance().rules().effective().stream()
                .filter(r -> r.level() == RuleLevel.CITY_FRAMEWORK && r.kind() == kind && r.appliesTo().isEmpty())
                .map(Rule::terms)
                .findFirst()
                .orElseGet(() -> defaults(kind));
    }

    private static RuleTerms defaults(RuleKind kind) {
        return switch (kind) {
            case NOTICE -> new RuleTerms.Notice(EnumSet.of(NoticeChannel.POSTER, NoticeChannel.WEBSITE));
            case CONSENT -> new RuleTerms.Consent(EnumSet.of(ConsentScope.THIRD_PARTY_PROVISION,
                    ConsentScope.SECONDARY_USE));
            case ACCESS_CONTROL -> new RuleTerms.AccessControl(Set.of("data-steward"));
            case TRANSPARENCY -> new RuleTerms.Transparency(EnumSet.of(TransparencyItem.PURPOSES,
                    TransparencyItem.RECIPIENTS));
            case INDIVIDUAL_CONTROL -> new RuleTerms.IndividualControl(EnumSet.of(IndividualRight.STOP_USE,
                    IndividualRight.CORRECTION), 14);
            case MINIMUM_ACQUISITION -> new RuleTerms.MinimumAcquisition(EnumSet.of(
                    MinimizationMeasure.PSEUDONYMIZATION, MinimizationMeasure.DATA_ITEM_LIMIT));
            case RETENTION -> new RuleTerms.Retention(30);
            case SECURITY_CONTROL -> new RuleTerms.SecurityControl(EnumSet.allOf(SecurityControlType.class), 365);
            case LINKAGE_LOG -> new RuleTerms.LinkageLog(1825);
            case ACCURACY_AUTHENTICITY -> new RuleTerms.AccuracyAuthenticity(EnumSet.of(
                    AccuracyCheck.SOURCE_ATTESTATION));
            case INCIDENT_HANDLING -> new RuleTerms.IncidentHandling(List.of("promotion-organization secretariat"),
                    72);
            case PUBLIC_INTEREST_REVIEW -> new RuleTerms.PublicInterestReview("expert committee", true);
            case INCENTIVE -> new RuleTerms.Incentive(org.citygov.domain.rule.IncentiveType.COMPLIANCE_MONITORING);
        };
    }
}
