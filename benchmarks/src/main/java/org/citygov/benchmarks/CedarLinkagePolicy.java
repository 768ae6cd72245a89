package org.citygov.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.cedarpolicy.BasicAuthorizationEngine;
import com.cedarpolicy.model.AuthorizationRequest;
import com.cedarpolicy.model.AuthorizationResponse;
import com.cedarpolicy.model.AuthorizationSuccessResponse;
import com.cedarpolicy.model.Context;
import com.cedarpolicy.model.entity.Entity;
import com.cedarpolicy.model.exception.AuthException;
import com.cedarpolicy.model.exception.CacheException;
import com.cedarpolicy.model.policy.Policy;
import com.cedarpolicy.model.policy.PolicySet;
import com.cedarpolicy.value.CedarList;
import com.cedarpolicy.value.CedarMap;
import com.cedarpolicy.value.EntityTypeName;
import com.cedarpolicy.value.EntityUID;
import com.cedarpolicy.value.PrimBool;
import com.cedarpolicy.value.PrimString;
import com.cedarpolicy.value.Value;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.design.RuleCoverage;
import org.citygov.domain.law.LegalJudgment;
import org.citygov.domain.law.Verdict;
import org.citygov.domain.linkage.ConsentRecord;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.linkage.CompiledPolicy;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.rule.ConsentScope;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleTerms;

/**
 * The same project's rules in force, translated into a Cedar policy set and entities, decided by cedar-java's
 * {@link BasicAuthorizationEngine} — the comparison point for {@code CompiledPolicy} in {@link LinkageCedarBenchmark}.
 *
 * <p>Translation (only what decides PERMIT or DENY; Cedar has no obligations, so MINIMUM_ACQUISITION, RETENTION,
 * NOTICE, INDIVIDUAL_CONTROL and LINKAGE_LOG rules, which only add obligations, have no Cedar counterpart):
 * <ul>
 *   <li>A request is principal {@code CityGov::Party::"<party>"}, action {@code CityGov::Action::"<purpose kind>"},
 *       resource {@code CityGov::Asset::"<project>/<asset>"}; its context holds {@code subject}
 *       ({@code CityGov::Subject::"<subject>"}, absent for an aggregate request) and {@code role} (when it names
 *       one).</li>
 *   <li>Each project × party × asset × purpose key of the project's data flows is grouped and merged as
 *       {@code CompiledPolicy} merges it (a key is refused only if every flow of it is refused; consent needed if any
 *       flow needs it; allowed roles intersected). The flows the assessment rules out (legal basis NONE, an
 *       UNSUITABLE four-factor judgment, an unmitigated HIGH/CRITICAL risk) are refused.</li>
 *   <li>A granted key is one {@code permit} with that principal, action and resource in its scope. When consent is
 *       required (legal basis CONSENT, or an effective CONSENT rule with a scope that fits the flow — COLLECTION,
 *       THIRD_PARTY_PROVISION, SECONDARY_USE; CROSS_BORDER_TRANSFER never fits) its condition is
 *       {@code !(context has subject) || context.subject.consents.contains("<project>/<asset>/<purpose>")}: an
 *       aggregate request needs no consent. When effective ACCESS_CONTROL rules apply, the condition adds
 *       {@code context has role && [<roles allowed by every such rule>].contains(context.role)}.</li>
 *   <li>A refused key is one {@code forbid} with that scope (Cedar would deny it by default anyway; the forbid keeps
 *       the refusal explicit). Keys with no flow, other projects: no policy matches, Cedar's default deny.</li>
 *   <li>Consent: each subject the {@link ConsentRegistry} has records for is one {@code CityGov::Subject} entity
 *       whose {@code consents} attribute is the set of project/asset/purpose combinations whose latest record is
 *       active — a withdrawn consent is simply no longer in the set, as {@code ConsentRegistry.latest} returns the
 *       withdrawn record and the decision denies. The entities are built once from the registry (as an
 *       application would keep them in its entity store) and the one the request names is looked up and passed to
 *       {@code isAuthorized} on each decision — Cedar's authorizer takes its entities with each request; a
 *       subject without records gets an entity with an empty set.</li>
 * </ul>
 * The policy set is pre-parsed on the native side once ({@link PolicySet#cache()}), so each decision pays for
 * serialising the request and the one entity, the JNI call and Cedar's evaluation of the policy set.
 *
 * <p>That is {@link Form#PER_FLOW}: one Cedar policy per key, as the rules read — and Cedar's authorizer evaluates
 * every policy of the set for every request, so its cost grows with the number of keys. {@link Form#ONE_POLICY} is
 * the same decisions written the attribute-based way, with a policy set of one statement whatever the number of
 * flows:
 * <pre>
 * permit (principal, action, resource) when { principal has grants &amp;&amp;
 *   (principal.grants.contains({asset: resource, purpose: action, consent: false}) ||
 *    (principal.grants.contains({asset: resource, purpose: action, consent: true}) &amp;&amp;
 *     (!(context has subject) || context.subject.consents.contains({asset: resource, purpose: action})))) };
 * </pre>
 * where each receiving party is a {@code CityGov::Party} entity whose {@code grants} are its granted keys (a refused
 * key is simply not there) and a subject's {@code consents} are {@code {asset, purpose}} records of its active
 * consents; the party's entity is passed with each request beside the subject's. This form does not express
 * ACCESS_CONTROL rules (the benchmark's project has none; it refuses to translate a project that has).
 */
final class CedarLinkagePolicy {

    /** How the rules are written in Cedar (see the class comment). */
    enum Form { PER_FLOW, ONE_POLICY }

    static final String NS = "CityGov";
    private static final EntityTypeName PARTY = EntityTypeName.parse(NS + "::Party").orElseThrow();
    private static final EntityTypeName ACTION = EntityTypeName.parse(NS + "::Action").orElseThrow();
    private static final EntityTypeName ASSET = EntityTypeName.parse(NS + "::Asset").orElseThrow();
    private static final EntityTypeName SUBJECT = EntityTypeName.parse(NS + "::Subject").orElseThrow();

    static final String ONE_POLICY = "permit (principal, action, resource) when { principal has grants && "
            + "(principal.grants.contains({asset: resource, purpose: action, consent: false}) || "
            + "(principal.grants.contains({asset: resource, purpose: action, consent: true}) && "
            + "(!(context has subject) || context.subject.consents.contains({asset: resource, purpose: action})))) };";

    private final Form form;
    private final PolicySet policies;
    private final Map<SubjectId, Entity> subjects;
    private final Map<EntityUID, Entity> parties;
    private final BasicAuthorizationEngine engine = new BasicAuthorizationEngine();

    private CedarLinkagePolicy(Form form, PolicySet policies, Map<SubjectId, Entity> subjects,
                               Map<EntityUID, Entity> parties) {
        this.form = form;
        this.policies = policies;
        this.subjects = subjects;
        this.parties = parties;
    }

    /** A request translated for Cedar, and the subject whose entity must accompany it (or null). */
    record CedarRequest(AuthorizationRequest request, SubjectId subject, EntityUID subjectUid) {
    }

    /** Translates the project's flows and effective rules (as the assessment judges them) and the consents. */
    static CedarLinkagePolicy translate(Form form, GovernanceProject project, ProjectAssessment assessment,
                                        ConsentRegistry consents, Iterable<SubjectId> subjectsWithRecords) {
        Map<String, Compiled> keys = compile(project, assessment);
        List<String> sources = new ArrayList<>();
        Map<EntityUID, Entity> parties = new HashMap<>();
        if (form == Form.PER_FLOW) {
            keys.values().forEach(c -> sources.add(c.source(project.id().value())));
        } else {
            sources.add(ONE_POLICY);
            Map<EntityUID, List<Value>> grants = new HashMap<>();
            for (Compiled c : keys.values()) {
                if (c.roles() != null) {
                    throw new UnsupportedOperationException("the one-policy form does not express access control");
                }
                if (!c.refused()) {
                    grants.computeIfAbsent(PARTY.of(c.flow().to().value()), p -> new ArrayList<>()).add(new CedarMap(
                            Map.of("asset", ASSET.of(project.id().value() + "/" + c.flow().asset().value()),
                                    "purpose", ACTION.of(c.flow().purpose().kind().name()),
                                    "consent", new PrimBool(c.consentRequired()))));
                }
            }
            grants.forEach((party, list) -> parties.put(party,
                    new Entity(party, Map.of("grants", new CedarList(list)), Set.of())));
        }
        Set<Policy> set = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            set.add(new Policy(sources.get(i), "p" + i));
        }
        PolicySet policySet = new PolicySet(set);
        try {
            policySet.cache();
        } catch (CacheException e) {
            throw new IllegalStateException("cedar could not pre-parse the policy set", e);
        }
        Map<SubjectId, Entity> entities = new HashMap<>();
        for (SubjectId subject : subjectsWithRecords) {
            entities.computeIfAbsent(subject, s -> subjectEntity(form, s, consents.of(s)));
        }
        return new CedarLinkagePolicy(form, policySet, entities, parties);
    }

    Form form() {
        return form;
    }

    int policyCount() {
        return policies.getNumPolicies();
    }

    int entityCount() {
        return subjects.size();
    }

    /** The project's keys, merged as {@code CompiledPolicy} merges them. */
    private static Map<String, Compiled> compile(GovernanceProject project, ProjectAssessment assessment) {
        List<Rule> effective = project.governance().rules().effective();
        Set<DataFlowId> ruledOut = ruledOut(project, assessment);
        Map<String, Compiled> keys = new LinkedHashMap<>();
        for (DataFlow flow : project.dataFlows()) {
            String key = project.id().value() + "|" + flow.to().value() + "|" + flow.asset().value() + "|"
                    + flow.purpose().kind();
            Compiled compiled = ruledOut.contains(flow.id()) ? Compiled.refused(flow)
                    : Compiled.granted(project, flow, effective.stream().filter(r -> r.appliesTo(flow.id())).toList());
            keys.merge(key, compiled, Compiled::merge);
        }
        return keys;
    }

    /** What one key compiles to: refused, or granted with whether consent is needed and the roles allowed. */
    private record Compiled(DataFlow flow, boolean refused, boolean consentRequired, Set<String> roles) {

        static Compiled refused(DataFlow flow) {
            return new Compiled(flow, true, false, null);
        }

        static Compiled granted(GovernanceProject project, DataFlow flow, List<Rule> rules) {
            boolean consent = flow.legalBasis() == LegalBasis.CONSENT;
            Set<String> roles = null;
            for (Rule rule : rules) {
                switch (rule.terms()) {
                    case RuleTerms.Consent c -> consent |= c.scope().stream().anyMatch(s -> fits(s, flow, project));
                    case RuleTerms.AccessControl a -> {
                        roles = roles == null ? new HashSet<>(a.rolesAllowed()) : roles;
                        roles.retainAll(a.rolesAllowed());
                    }
                    default -> { }
                }
            }
            return new Compiled(flow, false, consent, roles);
        }

        Compiled merge(Compiled other) {
            if (refused) {
                return other;
            }
            if (other.refused) {
                return this;
            }
            Set<String> both = roles == null ? other.roles : other.roles == null ? roles : new HashSet<>(roles);
            if (roles != null && other.roles != null) {
                both.retainAll(other.roles);
            }
            return new Compiled(flow, false, consentRequired || other.consentRequired, both);
        }

        String source(String project) {
            String scope = "(principal == " + PARTY.of(flow.to().value()).toCedarExpr() + ", action == "
                    + ACTION.of(flow.purpose().kind().name()).toCedarExpr() + ", resource == "
                    + ASSET.of(project + "/" + flow.asset().value()).toCedarExpr() + ")";
            if (refused) {
                return "@flow(" + str(flow.id().value()) + ")\nforbid " + scope + ";";
            }
            List<String> conditions = new ArrayList<>();
            if (roles != null) {
                conditions.add("context has role && [" + String.join(", ", new TreeSet<>(roles).stream()
                        .map(CedarLinkagePolicy::str).toList()) + "].contains(context.role)");
            }
            if (consentRequired) {
                conditions.add("(!(context has subject) || context.subject.consents.contains("
                        + str(consentKey(project, flow.asset().value(), flow.purpose().kind())) + "))");
            }
            return "@flow(" + str(flow.id().value()) + ")\npermit " + scope
                    + (conditions.isEmpty() ? "" : "\nwhen { " + String.join(" && ", conditions) + " }") + ";";
        }
    }

    /** Whether a consent scope covers a flow: the decision point's own rule, so both engines share it. */
    private static boolean fits(ConsentScope scope, DataFlow flow, GovernanceProject project) {
        return CompiledPolicy.fits(scope, flow, project);
    }

    private static Set<DataFlowId> ruledOut(GovernanceProject project, ProjectAssessment assessment) {
        Set<DataFlowId> out = new HashSet<>();
        project.dataFlows().stream().filter(f -> f.legalBasis() == LegalBasis.NONE).forEach(f -> out.add(f.id()));
        assessment.legalTests().stream().filter(j -> j.verdict() == Verdict.UNSUITABLE)
                .map(LegalJudgment::flow).forEach(out::add);
        assessment.rules().map(RuleCoverage::unmitigated).orElse(List.of())
                .forEach(m -> m.risk().flow().ifPresent(out::add));
        return out;
    }

    static String consentKey(String project, String asset, PurposeKind purpose) {
        return project + "/" + asset + "/" + purpose;
    }

    private static Entity subjectEntity(Form form, SubjectId subject, List<ConsentRecord> records) {
        Map<String, ConsentRecord> latest = new HashMap<>();
        for (ConsentRecord record : records) { // oldest first: the last one of each combination is the latest
            latest.put(consentKey(record.project().value(), record.asset().value(), record.purpose()), record);
        }
        List<Value> active = new ArrayList<>();
        latest.forEach((key, record) -> {
            if (record.active()) {
                active.add(form == Form.PER_FLOW ? new PrimString(key) : new CedarMap(Map.of(
                        "asset", ASSET.of(record.project().value() + "/" + record.asset().value()),
                        "purpose", ACTION.of(record.purpose().name()))));
            }
        });
        return new Entity(SUBJECT.of(subject.value()), Map.of("consents", new CedarList(active)), Set.of());
    }

    /** The request in Cedar's terms; built ahead of the decisions, as {@code LinkageRequest}s are. */
    static CedarRequest request(LinkageRequest request) {
        Map<String, Value> context = new HashMap<>();
        EntityUID subjectUid = request.subject().map(s -> SUBJECT.of(s.value())).orElse(null);
        if (subjectUid != null) {
            context.put("subject", subjectUid);
        }
        request.role().ifPresent(r -> context.put("role", new PrimString(r)));
        AuthorizationRequest cedar = new AuthorizationRequest(PARTY.of(request.party().value()),
                ACTION.of(request.purpose().name()), ASSET.of(request.project().value() + "/"
                + request.asset().value()), new Context(context));
        return new CedarRequest(cedar, request.subject().orElse(null), subjectUid);
    }

    /** Cedar's decision: the subject's entity fetched, then {@code isAuthorized}; fails on any evaluation error. */
    AuthorizationSuccessResponse decide(CedarRequest request) {
        Entity subject = null;
        if (request.subject() != null) {
            subject = subjects.get(request.subject());
            if (subject == null) {
                subject = new Entity(request.subjectUid(), Map.of("consents", new CedarList()), Set.of());
            }
        }
        Entity party = form == Form.ONE_POLICY ? parties.get(request.request().principalEUID) : null;
        Set<Entity> entities = subject == null ? party == null ? Set.of() : Set.of(party)
                : party == null ? Set.of(subject) : Set.of(subject, party);
        try {
            AuthorizationResponse response = engine.isAuthorized(request.request(), policies, entities);
            AuthorizationSuccessResponse success = response.success.orElseThrow(() -> new IllegalStateException(
                    "cedar failed: " + response));
            return success;
        } catch (AuthException e) {
            throw new IllegalStateException("cedar failed on " + request.request(), e);
        }
    }

    static String str(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
