package org.citygov.domain.design;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.CityGovDefaults;
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
import org.citygov.domain.shared.Messages;

/**
 * What rule design could do about the gaps a {@link RuleCoverage} leaves:
 * <ul>
 *   <li>for every flow judged UNSUITABLE by the four-factor test, a proposal to change (its purpose or method) or
 *   remove it, with the guideline's cautions: no rule makes such a flow acceptable (5.3 (1)), so none is drafted for
 *   any of its risks;</li>
 *   <li>for every other unmitigated risk, a draft programme rule of a kind the {@link MitigationTable} admits for it
 *   (its first answer, or one already drafted for the same flow), with terms the table accepts: they start from the
 *   city framework's rule of that kind when there is one (so a draft never loosens it), else from the edition's
 *   {@link org.citygov.domain.catalogue.CityGovDefaults.RuleDrafts} (CityGov defaults), and are then tightened or
 *   extended until the table accepts them for every risk the draft names;</li>
 *   <li>for overall-governance risks, which no rule answers, what the process must do instead (hear the
 *   stakeholder, form a council);</li>
 *   <li>a PUBLIC_INTEREST_REVIEW by a named committee, publishing its results, when 5.4 (4) finds no measure.</li>
 * </ul>
 * One draft is made per kind and flow, naming every risk it answers. Drafts are DRAFT: a committee edits and
 * approves them.
 */
public record RuleSuggestions(List<Rule> drafts, List<FlowChange> flowChanges, List<String> byTheProcess) {

    /** Change or remove an UNSUITABLE flow, with the cautions of the four-factor judgment and its reference. */
    public record FlowChange(DataFlowId flow, String proposal, List<String> cautions, String guidelineRef) {
        public FlowChange {
            Objects.requireNonNull(flow, "flow");
            Objects.requireNonNull(proposal, "proposal");
            cautions = List.copyOf(cautions);
            Objects.requireNonNull(guidelineRef, "guidelineRef");
        }
    }

    public RuleSuggestions {
        drafts = List.copyOf(drafts);
        flowChanges = List.copyOf(flowChanges);
        byTheProcess = List.copyOf(byTheProcess);
    }

    /** Whether there is nothing to suggest. */
    public boolean isEmpty() {
        return drafts.isEmpty() && flowChanges.isEmpty() && byTheProcess.isEmpty();
    }

    /** What would close the gaps of the project's rule design under an edition. */
    public static RuleSuggestions of(GovernanceProject project, CatalogueEdition edition) {
        return of(project, RuleCoverage.of(project, edition), edition.cityGovDefaults().ruleDrafts());
    }

    /** What would close the coverage's gaps. */
    public static RuleSuggestions of(GovernanceProject project, RuleCoverage coverage,
                                     CityGovDefaults.RuleDrafts defaults) {
        List<FlowChange> changes = new ArrayList<>();
        Set<DataFlowId> unsuitable = new LinkedHashSet<>();
        for (RuleCoverage.UnsuitableFlow u : coverage.unsuitableFlows()) {
            unsuitable.add(u.flow());
            String subject = u.test().subject().name().toLowerCase(Locale.ROOT);
            String proposal = project.dataFlow(u.flow()).flatMap(f -> f.lessIntrusiveAlternative())
                    .map(a -> Messages.text("suggest.flowChangeAlternative", u.flow(), subject, a))
                    .orElse(Messages.text("suggest.flowChange", u.flow(), subject));
            changes.add(new FlowChange(u.flow(), proposal, u.test().cautions(),
                    u.test().guidelineRef()));
        }
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<String> process = new ArrayList<>();
        for (RuleCoverage.Mitigation gap : coverage.unmitigated()) {
            Risk risk = gap.risk();
            if (risk.flow().map(unsuitable::contains).orElse(false)) {
                continue;
            }
            List<RuleKind> kinds = MitigationTable.kinds(risk.harm(), risk.focalPoint());
            if (kinds.isEmpty()) {
                // the message repeats MitigationTable.PROCESS_NOT_RULE word for word (MessageBundlesTest checks it)
                process.add(Messages.text("suggest.byTheProcess", risk.id(), risk.rationale()));
                continue;
            }
            String flow = risk.flow().map(DataFlowId::value).orElse("");
            RuleKind kind = kinds.stream().filter(k -> drafts.containsKey(k + "@" + flow)).findFirst()
                    .orElse(kinds.getFirst());
            drafts.computeIfAbsent(kind + "@" + flow, k -> new Draft(kind, risk.flow())).risks.add(risk);
        }
        for (RuleCoverage.RequiredRule required : coverage.missingRequired()) {
            drafts.computeIfAbsent(required.kind() + "@", k -> new Draft(required.kind(), Optional.empty()));
        }
        Set<String> taken = new LinkedHashSet<>();
        project.governance().rules().versions().forEach(r -> taken.add(r.id().value()));
        List<Rule> rules = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            RuleId id = RuleId.of(uniqueId(draft, taken));
            RuleTerms terms = terms(project, draft.kind, defaults);
            for (Risk risk : draft.risks) {
                terms = MitigationTable.fit(terms, risk.harm(), risk.focalPoint(), context(project, risk));
            }
            Set<String> mitigates = new LinkedHashSet<>();
            draft.risks.forEach(r -> mitigates.add(r.id()));
            rules.add(Rule.draft(id, RuleLevel.PROGRAM, text(draft), terms,
                    draft.flow.map(Set::of).orElse(Set.of()), mitigates));
        }
        return new RuleSuggestions(rules, changes, process);
    }

    private static MitigationTable.Context context(GovernanceProject project, Risk risk) {
        return risk.flow().flatMap(project::dataFlow)
                .map(f -> new MitigationTable.Context(Optional.of(f), Optional.of(project.assetOf(f))))
                .orElseGet(MitigationTable.Context::projectWide);
    }

    private static final class Draft {
        final RuleKind kind;
        final Optional<DataFlowId> flow;
        final List<Risk> risks = new ArrayList<>();

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
        String scope = draft.flow.map(f -> Messages.text("suggest.scopeFlow", f.value()))
                .orElse(Messages.text("suggest.scopeProject"));
        String key = switch (draft.kind) {
            case NOTICE -> "suggest.draft.notice";
            case CONSENT -> "suggest.draft.consent";
            case ACCESS_CONTROL -> "suggest.draft.accessControl";
            case TRANSPARENCY -> "suggest.draft.transparency";
            case INDIVIDUAL_CONTROL -> "suggest.draft.individualControl";
            case MINIMUM_ACQUISITION -> "suggest.draft.minimumAcquisition";
            case RETENTION -> "suggest.draft.retention";
            case SECURITY_CONTROL -> "suggest.draft.securityControl";
            case LINKAGE_LOG -> "suggest.draft.linkageLog";
            case ACCURACY_AUTHENTICITY -> "suggest.draft.accuracyAuthenticity";
            case INCIDENT_HANDLING -> "suggest.draft.incidentHandling";
            case PUBLIC_INTEREST_REVIEW -> "suggest.draft.publicInterestReview";
            case INCENTIVE -> "suggest.draft.incentive";
        };
        return Messages.text(key, scope);
    }

    /**
     * The framework's terms for the kind when it has an effective rule of that kind, else the edition's defaults. A
     * framework review by nobody is not copied: the draft names a committee.
     */
    private static RuleTerms terms(GovernanceProject project, RuleKind kind, CityGovDefaults.RuleDrafts defaults) {
        return project.governance().rules().effective().stream()
                .filter(r -> r.level() == RuleLevel.CITY_FRAMEWORK && r.kind() == kind && r.appliesTo().isEmpty())
                .map(Rule::terms)
                .filter(t -> !(t instanceof RuleTerms.PublicInterestReview review
                        && RuleCoverage.namesNobody(review.reviewer())))
                .findFirst()
                .orElseGet(() -> defaults(kind, defaults));
    }

    private static RuleTerms defaults(RuleKind kind, CityGovDefaults.RuleDrafts d) {
        return switch (kind) {
            case NOTICE -> new RuleTerms.Notice(EnumSet.of(NoticeChannel.POSTER, NoticeChannel.WEBSITE));
            case CONSENT -> new RuleTerms.Consent(EnumSet.of(ConsentScope.THIRD_PARTY_PROVISION,
                    ConsentScope.SECONDARY_USE));
            case ACCESS_CONTROL -> new RuleTerms.AccessControl(Set.of("data-steward"));
            case TRANSPARENCY -> new RuleTerms.Transparency(EnumSet.of(TransparencyItem.PURPOSES,
                    TransparencyItem.RECIPIENTS));
            case INDIVIDUAL_CONTROL -> new RuleTerms.IndividualControl(EnumSet.of(IndividualRight.STOP_USE,
                    IndividualRight.CORRECTION), d.responseDays());
            case MINIMUM_ACQUISITION -> new RuleTerms.MinimumAcquisition(EnumSet.of(
                    MinimizationMeasure.PSEUDONYMIZATION, MinimizationMeasure.DATA_ITEM_LIMIT));
            case RETENTION -> new RuleTerms.Retention(d.retentionDays());
            case SECURITY_CONTROL -> new RuleTerms.SecurityControl(EnumSet.allOf(SecurityControlType.class),
                    d.auditEveryDays());
            case LINKAGE_LOG -> new RuleTerms.LinkageLog(d.logRetentionDays());
            case ACCURACY_AUTHENTICITY -> new RuleTerms.AccuracyAuthenticity(EnumSet.of(
                    AccuracyCheck.SOURCE_ATTESTATION));
            case INCIDENT_HANDLING -> new RuleTerms.IncidentHandling(List.of("promotion-organization secretariat"),
                    d.notificationHours());
            case PUBLIC_INTEREST_REVIEW -> new RuleTerms.PublicInterestReview("expert committee", true);
            case INCENTIVE -> new RuleTerms.Incentive(org.citygov.domain.rule.IncentiveType.COMPLIANCE_MONITORING);
        };
    }
}
