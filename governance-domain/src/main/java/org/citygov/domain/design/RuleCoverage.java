package org.citygov.domain.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.project.Benefit;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.RuleDesignReview;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleBook;
import org.citygov.domain.rule.RuleConflict;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.rule.RuleStatus;

/**
 * How far a project's rules answer its analysed risks (5.4, 4.2):
 * <ul>
 *   <li>each HIGH or CRITICAL risk must be mitigated by an approved or in-force rule that names the risk (by id, or
 *   by its privacy-harm code) and applies to the risk's flow;</li>
 *   <li>a rule that names no analysed risk is possibly excessive (4.2: rules must not hamper the services);</li>
 *   <li>programme rules must not loosen the city framework ({@link RuleBook#conflicts()});</li>
 *   <li>a service that benefits only the public interest and a project that handles personal data needs an
 *   approved PUBLIC_INTEREST_REVIEW rule and a TRANSPARENCY rule (5.4 (4)).</li>
 * </ul>
 * The project is approvable when no required mitigation, no required rule is missing and no conflict stands.
 */
public record RuleCoverage(
        List<Mitigation> mitigations,
        List<ExcessiveRule> excessive,
        List<RuleConflict> conflicts,
        List<RequiredRule> missingRequired) implements RuleDesignReview {

    /** A HIGH or CRITICAL risk and the effective rules that mitigate it (none: unmitigated). */
    public record Mitigation(Risk risk, List<Rule> by) {
        public Mitigation {
            Objects.requireNonNull(risk, "risk");
            by = List.copyOf(by);
        }

        public boolean mitigated() {
            return !by.isEmpty();
        }
    }

    /** A current rule that names no analysed risk, with what it names. */
    public record ExcessiveRule(Rule rule, String why) {
        public ExcessiveRule {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(why, "why");
        }
    }

    /** A kind of rule the guideline requires of this project, and why. */
    public record RequiredRule(RuleKind kind, String why, String guidelineRef) {
        public RequiredRule {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(guidelineRef, "guidelineRef");
        }
    }

    public RuleCoverage {
        mitigations = List.copyOf(mitigations);
        excessive = List.copyOf(excessive);
        conflicts = List.copyOf(conflicts);
        missingRequired = List.copyOf(missingRequired);
    }

    public static RuleCoverage of(GovernanceProject project, List<Risk> risks) {
        RuleBook book = project.governance().rules();
        List<Rule> effective = book.effective();
        List<Mitigation> mitigations = new ArrayList<>();
        for (Risk risk : risks) {
            if (risk.level().isHighOrWorse()) {
                mitigations.add(new Mitigation(risk, effective.stream().filter(rule -> mitigates(rule, risk))
                        .toList()));
            }
        }
        Set<String> named = new HashSet<>();
        for (Risk risk : risks) {
            named.add(risk.id());
            risk.harm().ifPresent(h -> named.add(h.name()));
        }
        Set<RuleKind> required = requiredKinds(project);
        List<ExcessiveRule> excessive = new ArrayList<>();
        for (Rule rule : book.current()) {
            if (rule.status() == RuleStatus.RETIRED || required.contains(rule.kind())
                    || rule.kind() == RuleKind.INCENTIVE) {
                continue; // required by 5.4 (4), or incentives: they serve the process, not a particular risk
            }
            if (rule.mitigates().stream().noneMatch(named::contains)) {
                excessive.add(new ExcessiveRule(rule, rule.mitigates().isEmpty()
                        ? "it names no risk it mitigates"
                        : "it names " + String.join(", ", rule.mitigates().stream().sorted().toList())
                        + ", none of which the analysis found"));
            }
        }
        return new RuleCoverage(mitigations, excessive, book.conflicts(), missingRequired(project, effective));
    }

    /** Whether a rule answers a risk: it names it or its harm, and covers its flow. */
    static boolean mitigates(Rule rule, Risk risk) {
        boolean names = rule.mitigates().contains(risk.id())
                || risk.harm().map(h -> rule.mitigates().contains(h.name())).orElse(false);
        return names && risk.flow().map(rule::appliesTo).orElse(true);
    }

    /** The kinds of rule 5.4 (4) requires of this project whatever its risks. */
    static Set<RuleKind> requiredKinds(GovernanceProject project) {
        boolean publicInterestOnly = project.services().stream().anyMatch(s -> s.benefit() == Benefit.PUBLIC_INTEREST);
        boolean personal = project.dataAssets().stream().anyMatch(DataAsset::isPersonal);
        return publicInterestOnly && personal ? Set.of(RuleKind.PUBLIC_INTEREST_REVIEW, RuleKind.TRANSPARENCY)
                : Set.of();
    }

    static List<RequiredRule> missingRequired(GovernanceProject project, List<Rule> effective) {
        List<RequiredRule> missing = new ArrayList<>();
        if (!requiredKinds(project).isEmpty()) {
            String services = String.join(", ", project.services().stream()
                    .filter(s -> s.benefit() == Benefit.PUBLIC_INTEREST).map(s -> s.id().value()).toList());
            for (RuleKind kind : List.of(RuleKind.PUBLIC_INTEREST_REVIEW, RuleKind.TRANSPARENCY)) {
                if (effective.stream().noneMatch(r -> r.kind() == kind)) {
                    missing.add(new RequiredRule(kind, "service(s) " + services + " benefit only the public interest"
                            + " and the project handles personal data: an expert committee must inspect the use and"
                            + " the results must be published", "5.4 (4)"));
                }
            }
        }
        return missing;
    }

    public List<Mitigation> unmitigated() {
        return mitigations.stream().filter(m -> !m.mitigated()).toList();
    }

    @Override
    public boolean approvable() {
        return unmitigated().isEmpty() && conflicts.isEmpty() && missingRequired.isEmpty();
    }

    @Override
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        unmitigated().forEach(m -> gaps.add(m.risk().level() + " risk " + m.risk().id()
                + " is mitigated by no approved or in-force rule"));
        conflicts.forEach(c -> gaps.add(c.toString()));
        missingRequired.forEach(r -> gaps.add("no approved " + r.kind() + " rule: " + r.why() + " ("
                + r.guidelineRef() + ")"));
        return gaps;
    }
}
