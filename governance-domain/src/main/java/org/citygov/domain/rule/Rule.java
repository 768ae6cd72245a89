package org.citygov.domain.rule;

import org.citygov.domain.shared.Messages;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.shared.Result;

/**
 * One version of a rule of 5.4: its level (city framework or programme), its typed terms, the flows it applies to
 * (none named: all of the project's flows), the risks it mitigates (risk ids or privacy-harm codes, as the assessment
 * names them), and where it stands in its life. A rule is never overwritten: {@link #revise} makes the next version,
 * a draft, and leaves this one as history.
 *
 * <p>A new rule is made only as a draft ({@link #draft}); it is approved ({@link #approve}, recording who and when)
 * and put in force by the life steps. {@link #reconstitute} rebuilds a version as stored or as written in a scenario
 * file, with its status and approval: callers that register such a file check that their user may approve rules.
 */
public final class Rule {

    private final RuleId id;
    private final int version;
    private final RuleLevel level;
    private final String text;
    private final RuleTerms terms;
    private final Set<DataFlowId> appliesTo;
    private final Set<String> mitigates;
    private final RuleStatus status;
    private final Optional<Approval> approval;

    private Rule(RuleId id, int version, RuleLevel level, String text, RuleTerms terms, Set<DataFlowId> appliesTo,
                 Set<String> mitigates, RuleStatus status, Optional<Approval> approval) {
        this.id = Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("a rule version is 1 or more, got " + version);
        }
        this.version = version;
        this.level = Objects.requireNonNull(level, "level");
        this.text = Ids.requireText(text, "rule text");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.appliesTo = Set.copyOf(appliesTo);
        this.mitigates = Set.copyOf(mitigates.stream().map(m -> Ids.requireText(m, "mitigated risk")).toList());
        this.status = Objects.requireNonNull(status, "status");
        this.approval = Objects.requireNonNull(approval, "approval");
        if ((status == RuleStatus.APPROVED || status == RuleStatus.IN_FORCE) && approval.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " v" + version + " is " + status
                    + " and must say who approved it and when");
        }
        if (status == RuleStatus.DRAFT && approval.isPresent()) {
            throw new IllegalArgumentException("rule " + id + " v" + version + " is a draft and cannot carry an"
                    + " approval");
        }
    }

    /** A new rule, version 1, as a draft. */
    public static Rule draft(RuleId id, RuleLevel level, String text, RuleTerms terms, Set<DataFlowId> appliesTo,
                             Set<String> mitigates) {
        return new Rule(id, 1, level, text, terms, appliesTo, mitigates, RuleStatus.DRAFT, Optional.empty());
    }

    /**
     * A version as it was stored or written in a scenario file, with its status and approval. Not a way to approve:
     * a project carrying approved or in-force rules is registered only by someone who may approve rules.
     */
    public static Rule reconstitute(RuleId id, int version, RuleLevel level, String text, RuleTerms terms,
                                    Set<DataFlowId> appliesTo, Set<String> mitigates, RuleStatus status,
                                    Optional<Approval> approval) {
        return new Rule(id, version, level, text, terms, appliesTo, mitigates, status, approval);
    }

    public RuleId id() {
        return id;
    }

    public int version() {
        return version;
    }

    public RuleLevel level() {
        return level;
    }

    public String text() {
        return text;
    }

    public RuleTerms terms() {
        return terms;
    }

    public Set<DataFlowId> appliesTo() {
        return appliesTo;
    }

    public Set<String> mitigates() {
        return mitigates;
    }

    public RuleStatus status() {
        return status;
    }

    public Optional<Approval> approval() {
        return approval;
    }

    public RuleKind kind() {
        return terms.kind();
    }

    /** Whether the rule covers a flow: it names it, or names none and so covers all. */
    public boolean appliesTo(DataFlowId flow) {
        return appliesTo.isEmpty() || appliesTo.contains(flow);
    }

    /** Whether two rules cover at least one flow in common (a rule naming no flow covers every flow). */
    public boolean overlaps(Rule other) {
        return appliesTo.isEmpty() || other.appliesTo.isEmpty()
                || appliesTo.stream().anyMatch(other.appliesTo::contains);
    }

    // ---- life ----------------------------------------------------------------------------------------------------

    /** DRAFT → APPROVED, recording who approved it and when. */
    public Result<Rule> approve(String by, LocalDate on) {
        if (status != RuleStatus.DRAFT) {
            return Result.conflict(Messages.text("refusal.rule.onlyDraftApproved", id, version, status));
        }
        return Result.success(with(RuleStatus.APPROVED, Optional.of(new Approval(by, on))));
    }

    /** APPROVED → IN_FORCE. */
    public Result<Rule> putInForce() {
        if (status != RuleStatus.APPROVED) {
            return Result.conflict(Messages.text("refusal.rule.onlyApprovedInForce", id, version, status));
        }
        return Result.success(with(RuleStatus.IN_FORCE, approval));
    }

    /** Any status but RETIRED → RETIRED. */
    public Result<Rule> retire() {
        if (status == RuleStatus.RETIRED) {
            return Result.conflict(Messages.text("refusal.rule.alreadyRetired", id, version));
        }
        return Result.success(with(RuleStatus.RETIRED, approval));
    }

    /** The next version with new text, terms, scope and mitigation, as a draft that must be approved again. */
    public Rule revise(String newText, RuleTerms newTerms, Set<DataFlowId> newAppliesTo, Set<String> newMitigates) {
        if (newTerms.kind() != kind()) {
            throw new IllegalArgumentException("rule " + id + " is a " + kind() + " rule; a revision keeps its kind"
                    + " (write a new rule for " + newTerms.kind() + ")");
        }
        return new Rule(id, version + 1, level, newText, newTerms, newAppliesTo, newMitigates, RuleStatus.DRAFT,
                Optional.empty());
    }

    private Rule with(RuleStatus newStatus, Optional<Approval> newApproval) {
        return new Rule(id, version, level, text, terms, appliesTo, mitigates, newStatus, newApproval);
    }

    /** The rule as field → value text, for {@link RuleDiff}. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("level", level.name());
        fields.put("text", text);
        fields.putAll(new java.util.TreeMap<>(terms.fields()));
        fields.put("appliesTo", appliesTo.isEmpty() ? "(all flows)"
                : String.join(", ", new TreeSet<>(appliesTo.stream().map(DataFlowId::value).toList())));
        fields.put("mitigates", String.join(", ", new TreeSet<>(mitigates)));
        fields.put("status", status.name());
        fields.put("approval", approval.map(a -> a.by() + " on " + a.on()).orElse("(none)"));
        return fields;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rule other && version == other.version && id.equals(other.id) && level == other.level
                && text.equals(other.text) && terms.equals(other.terms) && appliesTo.equals(other.appliesTo)
                && mitigates.equals(other.mitigates) && status == other.status && approval.equals(other.approval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, level, text, terms, appliesTo, mitigates, status, approval);
    }

    @Override
    public String toString() {
        return id + " v" + version + " (" + level + " " + kind() + ", " + status + ")";
    }
}
