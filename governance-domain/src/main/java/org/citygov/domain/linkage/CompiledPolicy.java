package org.citygov.domain.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.citygov.domain.shared.Messages;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.design.RuleCoverage;
import org.citygov.domain.law.LegalJudgment;
import org.citygov.domain.law.Verdict;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.rule.ConsentScope;
import org.citygov.domain.rule.MinimizationMeasure;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * The rules in force of one or more projects, compiled for the city OS's decision point (5.4 (2), (3)): one hash map
 * keyed by project × receiving party × data asset × purpose kind, so a decision is one map lookup plus, for a
 * subject's data under consent, one lookup in the {@link ConsentRegistry} — O(1) in the number of rules and consents.
 * Immutable: recompiling makes a new policy, which {@link DecisionPoint} swaps in atomically.
 *
 * <p>A request can be permitted only along a data flow of the project: the flow's receiving party ({@code to}) for
 * the flow's asset and purpose kind. A party in no flow is denied. Flows the project's assessment rules out are
 * compiled as refusals: a flow with legal basis NONE, a flow the four-factor judgment (5.3 (1)) finds UNSUITABLE,
 * and a flow with a HIGH or CRITICAL risk that no approved or in-force rule mitigates. The rules that count are the
 * project's {@link org.citygov.domain.rule.RuleBook#effective() effective} ones (current version, APPROVED or
 * IN_FORCE) that apply to the flow. Each kind of rule acts as follows:
 *
 * <table>
 *   <caption>Rule kinds and what they do to a decision</caption>
 *   <tr><th>Rule kind</th><th>Effect on a request along a flow it applies to</th></tr>
 *   <tr><td>CONSENT</td><td>For a subject's data: DENY unless the subject has an active consent for the project ×
 *       asset × purpose, when one of its scopes fits the flow — COLLECTION: a COLLECTION flow;
 *       THIRD_PARTY_PROVISION: a flow after collection to another party; SECONDARY_USE: a flow after collection for
 *       a purpose kind no collection flow of the asset has. CROSS_BORDER_TRANSFER never fits (flows carry no
 *       jurisdiction). A flow whose legal basis is CONSENT needs consent without any rule. An aggregate request
 *       needs no consent but must ANONYMIZE personal data.</td></tr>
 *   <tr><td>ACCESS_CONTROL</td><td>DENY unless the request's role is among the roles every such rule allows.</td></tr>
 *   <tr><td>MINIMUM_ACQUISITION</td><td>ANONYMIZATION → ANONYMIZE; PSEUDONYMIZATION, NO_NAME_AGGREGATION →
 *       PSEUDONYMIZE; IMMEDIATE_DELETION → DELETE_AFTER(0); DATA_ITEM_LIMIT → the fields are logged.</td></tr>
 *   <tr><td>RETENTION</td><td>DELETE_AFTER(the shortest retention in days).</td></tr>
 *   <tr><td>NOTICE, INDIVIDUAL_CONTROL</td><td>NOTIFY_SUBJECT, for a subject's data.</td></tr>
 *   <tr><td>LINKAGE_LOG</td><td>LOG(the longest log retention in days): the recipient logs the linkage too.</td></tr>
 *   <tr><td>TRANSPARENCY, SECURITY_CONTROL, ACCURACY_AUTHENTICITY, INCIDENT_HANDLING, PUBLIC_INTEREST_REVIEW,
 *       INCENTIVE</td><td>None at run time: they govern organisations and publication, not single requests.</td></tr>
 * </table>
 *
 * Several flows with the same key are merged conservatively: consent is needed if any needs it, the allowed roles
 * are intersected, the obligations united (the shortest DELETE_AFTER). Every decision is logged by the caller
 * whatever the rules say.
 */
public final class CompiledPolicy {

    record Key(ProjectId project, StakeholderId party, DataAssetId asset, PurposeKind purpose) {
    }

    /** What the policy holds for one key. */
    sealed interface Entry permits Grant, Refusal {
    }

    /** A permitted flow and its conditions; lists are precomputed so a decision allocates only its result. */
    record Grant(Optional<DataFlowId> flow, boolean consentRequired, Set<String> rolesAllowed,
                 List<Obligation> subjectObligations, List<Obligation> aggregateObligations, List<RuleRef> rules,
                 List<RuleRef> consentRules, List<RuleRef> accessRules, String permitReason,
                 String aggregateReason) implements Entry {
    }

    record Refusal(Optional<DataFlowId> flow, String reason) implements Entry {
    }

    private final Map<Key, Entry> entries;
    private final Map<ProjectId, Map<Key, Entry>> byProject;
    private final long generation;

    private CompiledPolicy(Map<ProjectId, Map<Key, Entry>> byProject, long generation) {
        this.byProject = Map.copyOf(byProject);
        Map<Key, Entry> flat = new HashMap<>();
        byProject.values().forEach(flat::putAll);
        this.entries = flat;
        this.generation = generation;
    }

    public static CompiledPolicy empty() {
        return new CompiledPolicy(Map.of(), 0);
    }

    /** This policy with one project's rules compiled anew (or added), as the next generation. */
    public CompiledPolicy with(GovernanceProject project, ProjectAssessment assessment) {
        Map<ProjectId, Map<Key, Entry>> next = new HashMap<>(byProject);
        next.put(project.id(), compileProject(project, assessment));
        return new CompiledPolicy(next, generation + 1);
    }

    /** This policy without a project: every request for its data is then denied. */
    public CompiledPolicy without(ProjectId project) {
        Map<ProjectId, Map<Key, Entry>> next = new HashMap<>(byProject);
        next.remove(project);
        return new CompiledPolicy(next, generation + 1);
    }

    public long generation() {
        return generation;
    }

    /** How many project × party × asset × purpose keys the policy answers for. */
    public int size() {
        return entries.size();
    }

    public Set<ProjectId> projects() {
        return byProject.keySet();
    }

    /** The decision for a request, consulting the consents for a subject's data. */
    public Decision decide(LinkageRequest request, ConsentRegistry consents) {
        Entry entry = entries.get(new Key(request.project(), request.party(), request.asset(), request.purpose()));
        if (entry == null) {
            return deny(Optional.empty(), List.of(), List.of(), byProject.containsKey(request.project())
                    ? Messages.text("linkage.noFlow", request.project(), request.asset(), request.party(),
                    request.purpose())
                    : Messages.text("linkage.noRules", request.project()));
        }
        return switch (entry) {
            case Refusal refusal -> deny(refusal.flow(), List.of(), List.of(), refusal.reason());
            case Grant grant -> decide(grant, request, consents);
        };
    }

    private Decision decide(Grant grant, LinkageRequest request, ConsentRegistry consents) {
        if (grant.rolesAllowed() != null
                && (request.role().isEmpty() || !grant.rolesAllowed().contains(request.role().get()))) {
            return deny(grant.flow(), grant.accessRules(), List.of(), Messages.text("linkage.roleLimited",
                    String.join(", ", new TreeSet<>(grant.rolesAllowed())), request.role()
                            .map(r -> Messages.text("linkage.inRole", r)).orElse(Messages.text("linkage.noRole"))));
        }
        if (request.subject().isEmpty()) {
            return new Decision(Decision.Outcome.PERMIT, grant.aggregateObligations(), grant.flow(), grant.rules(),
                    List.of(), grant.aggregateReason(), generation);
        }
        if (!grant.consentRequired()) {
            return new Decision(Decision.Outcome.PERMIT, grant.subjectObligations(), grant.flow(), grant.rules(),
                    List.of(), grant.permitReason(), generation);
        }
        SubjectId subject = request.subject().get();
        ConsentRecord consent = consents.latest(subject, request.project(), request.asset(), request.purpose());
        if (consent == null) {
            return deny(grant.flow(), grant.consentRules(), List.of(), Messages.text("linkage.noConsent", subject,
                    request.asset(), request.purpose()));
        }
        if (!consent.active()) {
            return deny(grant.flow(), grant.consentRules(), List.of(consent.id()), Messages.text(
                    "linkage.consentWithdrawn", subject, consent.withdrawnAt().orElseThrow()));
        }
        return new Decision(Decision.Outcome.PERMIT, grant.subjectObligations(), grant.flow(), grant.rules(),
                List.of(consent.id()), grant.permitReason(), generation);
    }

    private Decision deny(Optional<DataFlowId> flow, List<RuleRef> rules, List<ConsentId> consents, String reason) {
        return new Decision(Decision.Outcome.DENY, List.of(), flow, rules, consents, reason, generation);
    }

    // ---- compilation -----------------------------------------------------------------------------------------------

    static Map<Key, Entry> compileProject(GovernanceProject project, ProjectAssessment assessment) {
        List<Rule> effective = project.governance().rules().effective();
        Map<DataFlowId, List<String>> ruledOut = ruledOut(project, assessment);
        Map<Key, Entry> compiled = new HashMap<>();
        for (DataFlow flow : project.dataFlows()) {
            Key key = new Key(project.id(), flow.to(), flow.asset(), flow.purpose().kind());
            List<String> reasons = ruledOut.getOrDefault(flow.id(), List.of());
            Entry entry = reasons.isEmpty()
                    ? grant(project, flow, effective.stream().filter(r -> r.appliesTo(flow.id())).toList())
                    : new Refusal(Optional.of(flow.id()), Messages.text("linkage.ruledOut", flow.id(),
                    String.join("; ", reasons)));
            compiled.merge(key, entry, CompiledPolicy::merge);
        }
        return compiled;
    }

    private static Map<DataFlowId, List<String>> ruledOut(GovernanceProject project, ProjectAssessment assessment) {
        Map<DataFlowId, List<String>> out = new HashMap<>();
        for (DataFlow flow : project.dataFlows()) {
            if (flow.legalBasis() == LegalBasis.NONE) {
                out.computeIfAbsent(flow.id(), f -> new ArrayList<>()).add(Messages.text("linkage.noLegalBasis"));
            }
        }
        for (LegalJudgment judgment : assessment.legalTests()) {
            if (judgment.verdict() == Verdict.UNSUITABLE) {
                out.computeIfAbsent(judgment.flow(), f -> new ArrayList<>()).add(Messages.text("linkage.unsuitable",
                        judgment.guidelineRef()));
            }
        }
        assessment.rules().map(RuleCoverage::unmitigated).orElse(List.of()).forEach(m -> {
            Risk risk = m.risk();
            risk.flow().ifPresent(f -> out.computeIfAbsent(f, x -> new ArrayList<>()).add(Messages.text(
                    "linkage.unmitigatedRisk", risk.level(), risk.id())));
        });
        return out;
    }

    private static Grant grant(GovernanceProject project, DataFlow flow, List<Rule> rules) {
        DataAsset asset = project.assetOf(flow);
        Set<RuleRef> used = new LinkedHashSet<>();
        List<RuleRef> consentRules = new ArrayList<>();
        List<RuleRef> accessRules = new ArrayList<>();
        Set<String> roles = null;
        boolean consentRequired = flow.legalBasis() == LegalBasis.CONSENT;
        Set<Obligation> obligations = new TreeSet<>();
        boolean notify = false;
        Integer deleteAfter = null;
        Integer logDays = null;
        for (Rule rule : rules) {
            RuleRef ref = RuleRef.of(rule);
            switch (rule.terms()) {
                case RuleTerms.Consent consent -> {
                    if (consent.scope().stream().anyMatch(scope -> fits(scope, flow, project))) {
                        consentRequired = true;
                        consentRules.add(ref);
                        used.add(ref);
                    }
                }
                case RuleTerms.AccessControl access -> {
                    roles = roles == null ? new HashSet<>(access.rolesAllowed()) : roles;
                    roles.retainAll(access.rolesAllowed());
                    accessRules.add(ref);
                    used.add(ref);
                }
                case RuleTerms.MinimumAcquisition minimum -> {
                    for (MinimizationMeasure measure : minimum.measures()) {
                        switch (measure) {
                            case ANONYMIZATION -> obligations.add(Obligation.anonymize());
                            case PSEUDONYMIZATION, NO_NAME_AGGREGATION -> obligations.add(Obligation.pseudonymize());
                            case IMMEDIATE_DELETION -> deleteAfter = 0;
                            case DATA_ITEM_LIMIT -> { }
                        }
                    }
                    used.add(ref);
                }
                case RuleTerms.Retention retention -> {
                    deleteAfter = deleteAfter == null ? retention.retentionDays()
                            : Math.min(deleteAfter, retention.retentionDays());
                    used.add(ref);
                }
                case RuleTerms.Notice ignored -> {
                    notify = true;
                    used.add(ref);
                }
                case RuleTerms.IndividualControl ignored -> {
                    notify = true;
                    used.add(ref);
                }
                case RuleTerms.LinkageLog log -> {
                    logDays = logDays == null ? log.logRetentionDays() : Math.max(logDays, log.logRetentionDays());
                    used.add(ref);
                }
                default -> { }
            }
        }
        if (deleteAfter != null) {
            obligations.add(Obligation.deleteAfter(deleteAfter));
        }
        if (logDays != null) {
            obligations.add(Obligation.log(logDays));
        }
        Set<Obligation> aggregate = new TreeSet<>(obligations);
        if (asset.isPersonal()) {
            aggregate.add(Obligation.anonymize());
        }
        if (notify) {
            obligations.add(Obligation.notifySubject());
        }
        String along = Messages.text("linkage.along", flow.id(), flow.asset(), flow.to(), flow.purpose().kind());
        return new Grant(Optional.of(flow.id()), consentRequired, roles == null ? null : Set.copyOf(roles),
                List.copyOf(obligations), List.copyOf(aggregate), List.copyOf(used), List.copyOf(consentRules),
                List.copyOf(accessRules), consentRequired ? Messages.text("linkage.alongConsent", along) : along,
                asset.isPersonal() ? Messages.text("linkage.alongAggregated", along) : along);
    }

    /** Whether a consent scope covers a flow (see the class table); public for translations of this policy. */
    public static boolean fits(ConsentScope scope, DataFlow flow, GovernanceProject project) {
        return switch (scope) {
            case COLLECTION -> flow.stage() == LifecycleStage.COLLECTION;
            case THIRD_PARTY_PROVISION -> flow.stage() != LifecycleStage.COLLECTION && flow.handsToAnotherParty();
            case SECONDARY_USE -> {
                if (flow.stage() == LifecycleStage.COLLECTION) {
                    yield false;
                }
                List<PurposeKind> collected = project.dataFlows().stream()
                        .filter(f -> f.asset().equals(flow.asset()) && f.stage() == LifecycleStage.COLLECTION)
                        .map(f -> f.purpose().kind()).toList();
                yield !collected.isEmpty() && !collected.contains(flow.purpose().kind());
            }
            case CROSS_BORDER_TRANSFER -> false;
        };
    }

    private static Entry merge(Entry a, Entry b) {
        if (a instanceof Refusal) {
            return b;
        }
        if (b instanceof Refusal) {
            return a;
        }
        Grant x = (Grant) a;
        Grant y = (Grant) b;
        Set<String> roles = x.rolesAllowed() == null ? y.rolesAllowed() : y.rolesAllowed() == null
                ? x.rolesAllowed() : intersection(x.rolesAllowed(), y.rolesAllowed());
        return new Grant(x.flow(), x.consentRequired() || y.consentRequired(), roles,
                union(x.subjectObligations(), y.subjectObligations()),
                union(x.aggregateObligations(), y.aggregateObligations()), unionRefs(x.rules(), y.rules()),
                unionRefs(x.consentRules(), y.consentRules()), unionRefs(x.accessRules(), y.accessRules()),
                x.consentRequired() || !y.consentRequired() ? x.permitReason() : y.permitReason(),
                x.aggregateReason());
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return Set.copyOf(both);
    }

    private static List<Obligation> union(List<Obligation> a, List<Obligation> b) {
        Set<Obligation> all = new TreeSet<>(a);
        all.addAll(b);
        Optional<Obligation> shortest = all.stream().filter(o -> o.kind() == Obligation.Kind.DELETE_AFTER)
                .min(Obligation::compareTo);
        all.removeIf(o -> o.kind() == Obligation.Kind.DELETE_AFTER);
        shortest.ifPresent(all::add);
        return List.copyOf(all);
    }

    private static List<RuleRef> unionRefs(List<RuleRef> a, List<RuleRef> b) {
        Set<RuleRef> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
