package org.citygov.domain.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.design.RuleCoverage;
import org.citygov.domain.evaluation.Governance;
import org.citygov.domain.law.Applicability;
import org.citygov.domain.law.ApplicableLaw;
import org.citygov.domain.law.ApplicableSoftLaw;
import org.citygov.domain.law.FourFactorJudgment;
import org.citygov.domain.law.LegalJudgment;
import org.citygov.domain.law.Verdict;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.Warning;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.risk.RiskAnalysis;
import org.citygov.domain.risk.RiskLevel;
import org.citygov.domain.shared.Ids;

/**
 * What CityGov concludes about a project, by the catalogue edition it applied: the stakeholder analysis (4.3), the
 * laws and soft laws that apply (5.2), the four-factor judgment of every camera, location and education flow
 * (5.3 (1)), the risks under the six focal points (5.3), the coverage of those risks by the project's rules (5.4)
 * and the evaluation of its KPIs with the revision triggers that fired (5.5); and the warnings about what is
 * plausible but unusual in its description, which never stop an assessment.
 */
public record ProjectAssessment(
        ProjectId project,
        String catalogVersion,
        List<StakeholderAssessment> stakeholders,
        List<ApplicableLaw> laws,
        List<ApplicableSoftLaw> softLaws,
        List<LegalJudgment> legalTests,
        List<Risk> risks,
        Optional<RuleCoverage> rules,
        Optional<ProjectEvaluation> evaluation,
        List<Warning> warnings) {

    /** An assessment of parts with nothing unusual in them. */
    public ProjectAssessment(ProjectId project, String catalogVersion, List<StakeholderAssessment> stakeholders,
                             List<ApplicableLaw> laws, List<ApplicableSoftLaw> softLaws,
                             List<LegalJudgment> legalTests, List<Risk> risks, Optional<RuleCoverage> rules,
                             Optional<ProjectEvaluation> evaluation) {
        this(project, catalogVersion, stakeholders, laws, softLaws, legalTests, risks, rules, evaluation, List.of());
    }

    public ProjectAssessment {
        Objects.requireNonNull(project, "project");
        catalogVersion = Ids.requireText(catalogVersion, "catalogVersion");
        stakeholders = List.copyOf(stakeholders);
        laws = List.copyOf(laws);
        softLaws = List.copyOf(softLaws);
        legalTests = List.copyOf(legalTests);
        risks = List.copyOf(risks);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(evaluation, "evaluation");
        warnings = List.copyOf(warnings);
    }

    /**
     * The whole assessment. The rules part is present when the project has rules (rule design has begun) or a flow
     * the four-factor test judges UNSUITABLE (which no rule can answer, so the project is not approvable), the
     * evaluation part when it has KPIs or declared changes, or its rules were designed under another edition.
     */
    public static ProjectAssessment of(GovernanceProject project, CatalogueEdition edition) {
        List<LegalJudgment> legalTests = FourFactorJudgment.judge(project, edition.cityGovDefaults().fourFactor());
        List<Risk> risks = RiskAnalysis.of(project, edition, legalTests);
        Governance governance = project.governance();
        boolean evaluated = !governance.kpis().isEmpty() || !governance.events().isEmpty()
                || governance.catalogVersion().isPresent();
        boolean unsuitable = legalTests.stream().anyMatch(t -> t.verdict() == Verdict.UNSUITABLE);
        return new ProjectAssessment(project.id(), edition.version(),
                project.stakeholders().stream()
                        .map(s -> StakeholderAssessment.of(s, edition.cityGovDefaults().importance())).toList(),
                Applicability.laws(project, edition),
                Applicability.softLaws(project, edition),
                legalTests,
                risks,
                governance.rules().isEmpty() && !unsuitable ? Optional.empty()
                        : Optional.of(RuleCoverage.of(project, edition, risks, legalTests)),
                evaluated ? Optional.of(ProjectEvaluation.of(project, edition.version())) : Optional.empty(),
                project.parts().warnings());
    }

    /**
     * Whether the project may be approved: false when its rules leave gaps (5.4) or a flow is judged UNSUITABLE
     * (5.3 (1)); a project whose rule design has not begun and that has no UNSUITABLE flow is not judged.
     */
    public boolean approvable() {
        return rules.map(RuleCoverage::approvable).orElse(true);
    }

    /** HIGH or CRITICAL stakeholders whose engagement held so far falls short of what their importance calls for. */
    public List<StakeholderAssessment> underEngaged() {
        return stakeholders.stream()
                .filter(s -> s.importance().isImportant() && !s.engagedAsRecommended())
                .toList();
    }

    /** The risks at a level, in the analysis's order. */
    public List<Risk> risksAt(RiskLevel level) {
        return risks.stream().filter(r -> r.level() == level).toList();
    }
}
