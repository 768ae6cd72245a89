package org.citygov.domain.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Messages;
import org.citygov.domain.shared.Violation;

/**
 * Every version of every rule of a project: the record of governance (5.5). The current version of a rule is its
 * highest; earlier versions are history and never change. Conflicts between the city framework and programme rules
 * are found here, because they depend on the whole book.
 */
public record RuleBook(List<Rule> versions) {

    /** Versions in the order they were written (a scenario file's order, or the order they were made). */
    public RuleBook {
        versions = List.copyOf(versions);
    }

    public static RuleBook empty() {
        return new RuleBook(List.of());
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The current version of each rule, ordered by id. */
    public List<Rule> current() {
        Map<RuleId, Rule> latest = new java.util.TreeMap<>(Comparator.comparing(RuleId::value));
        versions.forEach(r -> latest.merge(r.id(), r, (a, b) -> a.version() >= b.version() ? a : b));
        return List.copyOf(latest.values());
    }

    public Optional<Rule> current(RuleId id) {
        return versions.stream().filter(r -> r.id().equals(id)).max(Comparator.comparingInt(Rule::version));
    }

    /** All versions of one rule, oldest first. */
    public List<Rule> history(RuleId id) {
        return versions.stream().filter(r -> r.id().equals(id)).sorted(Comparator.comparingInt(Rule::version))
                .toList();
    }

    /** Current rules in force or approved: the ones that count as mitigation. */
    public List<Rule> effective() {
        return current().stream().filter(r -> r.status().mitigates()).toList();
    }

    public Result<RuleDiff> diff(RuleId id, int fromVersion, int toVersion) {
        Optional<Rule> from = version(id, fromVersion);
        Optional<Rule> to = version(id, toVersion);
        if (from.isEmpty() || to.isEmpty()) {
            return Result.notFound(Messages.text("refusal.rule.noVersion", id,
                    from.isEmpty() ? fromVersion : toVersion, history(id).size()));
        }
        return Result.success(RuleDiff.between(from.get(), to.get()));
    }

    public Optional<Rule> version(RuleId id, int version) {
        return versions.stream().filter(r -> r.id().equals(id) && r.version() == version).findFirst();
    }

    /**
     * Programme rules that loosen a city-framework rule of the same kind over shared flows. Only the framework's
     * approved or in-force rules bind, and retired programme rules no longer count.
     */
    public List<RuleConflict> conflicts() {
        List<Rule> current = current();
        List<RuleConflict> conflicts = new ArrayList<>();
        for (Rule program : current) {
            if (program.level() != RuleLevel.PROGRAM || program.status() == RuleStatus.RETIRED) {
                continue;
            }
            for (Rule framework : current) {
                if (framework.level() == RuleLevel.CITY_FRAMEWORK && framework.status().mitigates()
                        && framework.kind() == program.kind() && framework.overlaps(program)) {
                    program.terms().loosening(framework.terms()).ifPresent(why ->
                            conflicts.add(new RuleConflict(framework.id(), program.id(), program.kind(), why)));
                }
            }
        }
        return List.copyOf(conflicts);
    }

    // ---- changes ---------------------------------------------------------------------------------------------

    /**
     * Adds a new rule, which enters as a DRAFT (version 1) and is approved and put in force by the life steps: a rule
     * cannot skip its approval by arriving approved.
     */
    public Result<RuleBook> add(Rule rule) {
        if (rule.status() != RuleStatus.DRAFT) {
            return Result.invalid(List.of(new Violation("status", Messages.text("violation.ruleNotDraft",
                    rule.status()))));
        }
        if (current(rule.id()).isPresent()) {
            return Result.conflict(Messages.text("refusal.rule.exists", rule.id()));
        }
        if (rule.version() != 1) {
            return Result.invalid(List.of(new Violation("rules", Messages.text("violation.ruleFirstVersion",
                    rule.version()))));
        }
        return Result.success(with(rule));
    }

    /** Adds the next version of a rule as a draft; the versions before it stay as they were. */
    public Result<RuleBook> revise(RuleId id, String text, RuleTerms terms, Set<DataFlowId> appliesTo,
                                   Set<String> mitigates) {
        return onCurrent(id, rule -> {
            if (terms.kind() != rule.kind()) {
                return Result.invalid(List.of(new Violation("kind", Messages.text("violation.ruleKeepsKind", id,
                        rule.kind()))));
            }
            return Result.success(with(rule.revise(text, terms, appliesTo, mitigates)));
        });
    }

    public Result<RuleBook> approve(RuleId id, String by, LocalDate on) {
        return onCurrent(id, rule -> rule.approve(by, on).map(this::replacing));
    }

    /** Puts the current version in force and retires any earlier version that was in force. */
    public Result<RuleBook> putInForce(RuleId id) {
        return onCurrent(id, rule -> rule.putInForce().map(inForce -> {
            List<Rule> next = new ArrayList<>();
            for (Rule r : versions) {
                if (r.id().equals(id) && r.version() < inForce.version() && r.status() == RuleStatus.IN_FORCE) {
                    next.add(r.retire().orElseThrow());
                } else {
                    next.add(r.id().equals(id) && r.version() == inForce.version() ? inForce : r);
                }
            }
            return new RuleBook(next);
        }));
    }

    public Result<RuleBook> retire(RuleId id) {
        return onCurrent(id, rule -> rule.retire().map(this::replacing));
    }

    private Result<RuleBook> onCurrent(RuleId id, Function<Rule, Result<RuleBook>> change) {
        return current(id).map(change).orElseGet(() -> Result.notFound(Messages.text("refusal.rule.none", id)));
    }

    private RuleBook with(Rule rule) {
        List<Rule> next = new ArrayList<>(versions);
        next.add(rule);
        return new RuleBook(next);
    }

    private RuleBook replacing(Rule rule) {
        return new RuleBook(versions.stream()
                .map(r -> r.id().equals(rule.id()) && r.version() == rule.version() ? rule : r).toList());
    }

    /** What is wrong with the book itself, with paths {@code rules[i]…} in the order of {@code written}. */
    public static List<Violation> violations(List<Rule> written, Set<DataFlowId> flows) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstAt = new LinkedHashMap<>();
        Map<RuleId, Rule> firstOfId = new LinkedHashMap<>();
        Map<RuleId, Integer> inForce = new LinkedHashMap<>();
        for (int i = 0; i < written.size(); i++) {
            Rule rule = written.get(i);
            String path = "rules[" + i + "]";
            Integer first = firstAt.putIfAbsent(rule.id() + "@" + rule.version(), i);
            if (first != null) {
                violations.add(new Violation(path + ".version", Messages.text("violation.ruleVersionTwice",
                        rule.id(), rule.version(), first)));
            }
            Rule earlier = firstOfId.putIfAbsent(rule.id(), rule);
            if (earlier != null && (earlier.kind() != rule.kind() || earlier.level() != rule.level())) {
                violations.add(new Violation(path + ".kind", Messages.text(
                        "violation.ruleOneKindAndLevel", rule.id(), earlier.level(), earlier.kind())));
            }
            if (rule.status() == RuleStatus.IN_FORCE) {
                Integer other = inForce.putIfAbsent(rule.id(), i);
                if (other != null) {
                    violations.add(new Violation(path + ".status", Messages.text(
                            "violation.ruleTwoInForce", rule.id(), other)));
                }
            }
            List<String> unknown = rule.appliesTo().stream().filter(f -> !flows.contains(f))
                    .map(DataFlowId::value).sorted().toList();
            if (!unknown.isEmpty()) {
                violations.add(new Violation(path + ".appliesTo", Messages.text(
                        "violation.ruleUnknownFlows", rule.id(), String.join(", ", unknown))));
            }
        }
        Map<RuleId, List<Integer>> versionsOf = new LinkedHashMap<>();
        written.forEach(r -> versionsOf.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r.version()));
        versionsOf.forEach((id, numbers) -> {
            List<Integer> sorted = numbers.stream().distinct().sorted().toList();
            for (int v = 1; v <= sorted.size(); v++) {
                if (sorted.get(v - 1) != v) {
                    violations.add(new Violation("rules", Messages.text(
                            "violation.ruleVersionGap", id, sorted)));
                    break;
                }
            }
        });
        return violations;
    }
}
