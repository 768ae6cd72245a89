package org.citygov.domain.design;

import org.citygov.domain.shared.Messages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.CityGovDefaults;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.law.FourFactorJudgment;
import org.citygov.domain.law.LegalJudgment;
import org.citygov.domain.law.Verdict;
import org.citygov.domain.project.Benefit;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.Service;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.risk.RiskAnalysis;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleBook;
import org.citygov.domain.rule.RuleConflict;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleStatus;
import org.citygov.domain.rule.RuleTerms;

/**
 * How far a project's rules answer its analysed risks (5.4, 4.2), judged by substance, not by label:
 * <ul>
 *   <li>each risk at a level rule design must mitigate (HIGH and CRITICAL: a CityGov default kept in the edition,
 *   {@link CityGovDefaults#mitigateFrom()}) must be mitigated by an approved or in-force rule that names it (by id or
 *   privacy-harm code), applies to its flow, and whose kind and terms the {@link MitigationTable} accepts for its
 *   harm or focal point. Rules that name such a risk but cannot answer it are listed with why;</li>
 *   <li>a flow the four-factor test judges UNSUITABLE (5.3 (1)) keeps the project not approvable whatever its rules
 *   say: only changing or removing the flow does;</li>
 *   <li>a programme rule that names no analysed risk is possibly excessive (4.2: rules must not hamper the
 *   services); city-framework rules are the floor for every project and are not judged by one project's risks;</li>
 *   <li>programme rules must not loosen the city framework ({@link RuleBook#conflicts()});</li>
 *   <li>5.4 (4): where a service benefits only the public interest and the project handles personal data, "greater
 *   consideration for citizens is required", which "might include" inspection by a committee of experts or
 *   information release. So one approved or in-force measure is required: a PUBLIC_INTEREST_REVIEW by a named
 *   reviewer, or a TRANSPARENCY rule; neither kind is required on its own, and a review by nobody that publishes
 *   nothing counts as neither. Services of BOTH benefits are looked at too: "even policies like this ... may not be
 *   accepted universally", so the same measure is recommended (listed, not required).</li>
 * </ul>
 * The project is approvable when no required mitigation, no required measure is missing, no conflict stands and no
 * flow is UNSUITABLE.
 */
public record RuleCoverage(
        List<Mitigation> mitigations,
        List<ExcessiveRule> excessive,
        List<RuleConflict> conflicts,
        List<RequiredRule> missingRequired,
        List<UnsuitableFlow> unsuitableFlows,
        List<RequiredRule> recommended) {

    /** A risk rule design must mitigate, the effective rules that answer it, and the rules that name it but cannot. */
    public record Mitigation(Risk risk, List<Rule> by, List<Answered> why, List<Answered> cannot,
                             List<RuleKind> answerableBy) {
        public Mitigation {
            Objects.requireNonNull(risk, "risk");
            by = List.copyOf(by);
            why = List.copyOf(why);
            cannot = List.copyOf(cannot);
            answerableBy = List.copyOf(answerableBy);
        }

        public boolean mitigated() {
            return !by.isEmpty();
        }
    }

    /** A rule that names a risk, and why it does or does not mitigate it. */
    public record Answered(Rule rule, String why) {
        public Answered {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(why, "why");
        }
    }

    /** A current rule that names no analysed risk, with what it names. */
    public record ExcessiveRule(Rule rule, String why) {
        public ExcessiveRule {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(why, "why");
        }
    }

    /** A kind of rule the guideline calls for in this project, and why. */
    public record RequiredRule(RuleKind kind, String why, String guidelineRef) {
        public RequiredRule {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(guidelineRef, "guidelineRef");
        }
    }

    /** A flow the four-factor test judges UNSUITABLE: only changing or removing it makes the project approvable. */
    public record UnsuitableFlow(DataFlowId flow, LegalJudgment test, String why) {
        public UnsuitableFlow {
            Objects.requireNonNull(flow, "flow");
            Objects.requireNonNull(test, "test");
            Objects.requireNonNull(why, "why");
        }
    }

    /** Reviewer names that name nobody: a review "by" one of these inspects nothing. */
    static final Set<String> NOBODY = Set.of("nobody", "no one", "noone", "none", "n/a", "na", "-", "tbd", "tba",
            "unknown", "nil", "null", "to be decided", "not yet");

    public RuleCoverage {
        mitigations = List.copyOf(mitigations);
        excessive = List.copyOf(excessive);
        conflicts = List.copyOf(conflicts);
        missingRequired = List.copyOf(missingRequired);
        unsuitableFlows = List.copyOf(unsuitableFlows);
        recommended = List.copyOf(recommended);
    }

    /** The coverage of the project's rules against the risks the edition's analysis finds. */
    public static RuleCoverage of(GovernanceProject project, CatalogueEdition edition) {
        List<LegalJudgment> legalTests = FourFactorJudgment.judge(project, edition.cityGovDefaults().fourFactor());
        return of(project, edition, RiskAnalysis.of(project, edition, legalTests), legalTests);
    }

    /** The coverage against risks and four-factor judgments already computed for this project and edition. */
    public static RuleCoverage of(GovernanceProject project, CatalogueEdition edition, List<Risk> risks,
                                  List<LegalJudgment> legalTests) {
        RuleBook book = project.governance().rules();
        CityGovDefaults defaults = edition.cityGovDefaults();
        List<String> levels = defaults.levelsToMitigate();
        Map<String, LegalJudgment> unsuitableRisks = new LinkedHashMap<>();
        List<UnsuitableFlow> unsuitable = new ArrayList<>();
        for (LegalJudgment test : legalTests) {
            if (test.verdict() == Verdict.UNSUITABLE) {
                unsuitableRisks.put(RiskAnalysis.legalTestRiskId(test), test);
                if (unsuitable.stream().noneMatch(u -> u.flow().equals(test.flow()))) {
                    unsuitable.add(new UnsuitableFlow(test.flow(), test, Messages.text("coverage.unsuitable",
                            test.subject().name().toLowerCase(Locale.ROOT), test.guidelineRef(),
                            String.join(" ", test.cautions()))));
                }
            }
        }
        List<Mitigation> mitigations = new ArrayList<>();
        for (Risk risk : risks) {
            if (levels.contains(risk.level().name())) {
                mitigations.add(mitigation(project, book, risk, Optional.ofNullable(unsuitableRisks.get(risk.id()))));
            }
        }
        Set<String> named = new HashSet<>();
        for (Risk risk : risks) {
            named.add(risk.id());
            risk.harm().ifPresent(h -> named.add(h.name()));
        }
        Set<RuleKind> considered = considerationKinds(project);
        List<ExcessiveRule> excessive = new ArrayList<>();
        for (Rule rule : book.current()) {
            if (rule.level() == RuleLevel.CITY_FRAMEWORK || rule.status() == RuleStatus.RETIRED
                    || considered.contains(rule.kind()) || rule.kind() == RuleKind.INCENTIVE) {
                // the city framework is the floor for every project, not judged by one project's risks; the measures
                // of 5.4 (4) and incentives serve the process rather than a particular risk
                continue;
            }
            if (rule.mitigates().stream().noneMatch(named::contains)) {
                excessive.add(new ExcessiveRule(rule, rule.mitigates().isEmpty()
                        ? Messages.text("coverage.excessiveNone")
                        : Messages.text("coverage.excessive", String.join(", ", rule.mitigates().stream().sorted()
                        .toList()))));
            }
        }
        List<Rule> effective = book.effective();
        return new RuleCoverage(mitigations, excessive, book.conflicts(),
                publicInterest(project, effective, Benefit.PUBLIC_INTEREST), unsuitable,
                publicInterest(project, effective, Benefit.BOTH));
    }

    private static Mitigation mitigation(GovernanceProject project, RuleBook book, Risk risk,
                                         Optional<LegalJudgment> unsuitableTest) {
        MitigationTable.Context context = risk.flow().flatMap(project::dataFlow)
                .map(f -> new MitigationTable.Context(Optional.of(f), Optional.of(project.assetOf(f))))
                .orElseGet(MitigationTable.Context::projectWide);
        List<Rule> by = new ArrayList<>();
        List<Answered> why = new ArrayList<>();
        List<Answered> cannot = new ArrayList<>();
        for (Rule rule : book.current()) {
            if (!names(rule, risk)) {
                continue;
            }
            Optional<String> not = unsuitableTest.map(t -> Messages.text("coverage.cannot.unsuitable", t.flow(),
                    t.guidelineRef()));
            if (not.isEmpty() && !rule.status().mitigates()) {
                not = Optional.of(Messages.text("coverage.cannot.status", rule.status()));
            }
            if (not.isEmpty() && risk.flow().isPresent() && !rule.appliesTo(risk.flow().get())) {
                not = Optional.of(Messages.text("coverage.cannot.otherFlows", String.join(", ", rule.appliesTo()
                        .stream().map(DataFlowId::value).sorted().toList()), risk.flow().get()));
            }
            MitigationTable.Verdict verdict = MitigationTable.judge(rule.terms(), risk.harm(), risk.focalPoint(),
                    context);
            if (not.isEmpty() && !verdict.answers()) {
                not = Optional.of(verdict.why());
            }
            if (not.isPresent()) {
                cannot.add(new Answered(rule, not.get()));
            } else {
                by.add(rule);
                why.add(new Answered(rule, verdict.why()));
            }
        }
        List<RuleKind> kinds = unsuitableTest.isPresent() ? List.of()
                : MitigationTable.kinds(risk.harm(), risk.focalPoint());
        return new Mitigation(risk, by, why, cannot, kinds);
    }

    /** Whether a rule names a risk, by its id or its privacy-harm code. */
    static boolean names(Rule rule, Risk risk) {
        return rule.mitigates().contains(risk.id())
                || risk.harm().map(h -> rule.mitigates().contains(h.name())).orElse(false);
    }

    /** The kinds that are 5.4 (4) measures in this project (not judged excessive), whatever its risks. */
    static Set<RuleKind> considerationKinds(GovernanceProject project) {
        boolean publicInterest = project.services().stream().anyMatch(s -> s.benefit() != Benefit.INDIVIDUAL);
        boolean personal = project.dataAssets().stream().anyMatch(DataAsset::isPersonal);
        return publicInterest && personal ? Set.of(RuleKind.PUBLIC_INTEREST_REVIEW, RuleKind.TRANSPARENCY)
                : Set.of();
    }

    /**
     * The 5.4 (4) measure for services of one benefit: for PUBLIC_INTEREST a required measure when none is in place,
     * for BOTH a recommended one.
     */
    static List<RequiredRule> publicInterest(GovernanceProject project, List<Rule> effective, Benefit benefit) {
        List<String> services = project.services().stream().filter(s -> s.benefit() == benefit)
                .map(Service::id).map(Object::toString).toList();
        boolean personal = project.dataAssets().stream().anyMatch(DataAsset::isPersonal);
        if (services.isEmpty() || !personal) {
            return List.of();
        }
        List<String> discounted = new ArrayList<>();
        for (Rule rule : effective) {
            if (rule.terms() instanceof RuleTerms.PublicInterestReview review) {
                if (!namesNobody(review.reviewer())) {
                    return List.of();
                }
                discounted.add(Messages.text(review.publishResults() ? "coverage.nobodyReviews"
                        : "coverage.nobodyReviewsNoResults", rule.id(), review.reviewer()));
            } else if (rule.kind() == RuleKind.TRANSPARENCY) {
                return List.of();
            }
        }
        String measures = discounted.isEmpty() ? Messages.text("coverage.measures")
                : Messages.text("coverage.measuresDiscounted", String.join("; ", discounted));
        String why = Messages.text(benefit == Benefit.PUBLIC_INTEREST ? "coverage.publicInterestOnly"
                : "coverage.publicInterestBoth", String.join(", ", services), measures);
        return List.of(new RequiredRule(RuleKind.PUBLIC_INTEREST_REVIEW, why, "5.4 (4)"));
    }

    static boolean namesNobody(String reviewer) {
        return NOBODY.contains(reviewer.strip().toLowerCase(Locale.ROOT));
    }

    public List<Mitigation> unmitigated() {
        return mitigations.stream().filter(m -> !m.mitigated()).toList();
    }

    public boolean approvable() {
        return unmitigated().isEmpty() && conflicts.isEmpty() && missingRequired.isEmpty()
                && unsuitableFlows.isEmpty();
    }

    /** What keeps the project from approval, in words; empty when approvable. */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        unsuitableFlows.forEach(u -> gaps.add(Messages.text("coverage.gap.flow", u.flow(), u.why())));
        unmitigated().forEach(m -> gaps.add(m.cannot().isEmpty()
                ? Messages.text("coverage.gap.unmitigated", m.risk().level(), m.risk().id())
                : Messages.text("coverage.gap.unmitigatedBecause", m.risk().level(), m.risk().id(),
                String.join("; ", m.cannot().stream()
                        .map(a -> Messages.text("coverage.gap.ruleWhy", a.rule().id(), a.why())).toList()))));
        conflicts.forEach(c -> gaps.add(c.toString()));
        missingRequired.forEach(r -> gaps.add(Messages.text("coverage.gap.noMeasure", r.why(), r.guidelineRef())));
        return gaps;
    }
}
