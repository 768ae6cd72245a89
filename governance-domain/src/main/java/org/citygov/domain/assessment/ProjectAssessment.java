package org.citygov.domain.assessment;

import java.util.List;
import java.util.Objects;

import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.law.Applicability;
import org.citygov.domain.law.ApplicableLaw;
import org.citygov.domain.law.ApplicableSoftLaw;
import org.citygov.domain.law.FourFactorJudgment;
import org.citygov.domain.law.LegalJudgment;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.risk.Risk;
import org.citygov.domain.risk.RiskAnalysis;
import org.citygov.domain.risk.RiskLevel;
import org.citygov.domain.shared.Ids;

/**
 * What CityGov concludes about a project, by the catalogue edition it applied: the stakeholder analysis (4.3), the
 * laws and soft laws that apply (5.2), the four-factor judgment of every camera, location and education flow
 * (5.3 (1)), and the risks under the six focal points (5.3).
 */
public record ProjectAssessment(
        ProjectId project,
        String catalogVersion,
        List<StakeholderAssessment> stakeholders,
        List<ApplicableLaw> laws,
        List<ApplicableSoftLaw> softLaws,
        List<LegalJudgment> legalTests,
        List<Risk> risks) {

    public ProjectAssessment {
        Objects.requireNonNull(project, "project");
        catalogVersion = Ids.requireText(catalogVersion, "catalogVersion");
        stakeholders = List.copyOf(stakeholders);
        laws = List.copyOf(laws);
        softLaws = List.copyOf(softLaws);
        legalTests = List.copyOf(legalTests);
        risks = List.copyOf(risks);
    }

    public static ProjectAssessment of(GovernanceProject project, CatalogueEdition edition) {
        List<LegalJudgment> legalTests = FourFactorJudgment.judge(project);
        return new ProjectAssessment(project.id(), edition.version(),
                project.stakeholders().stream().map(StakeholderAssessment::of).toList(),
                Applicability.laws(project, edition),
                Applicability.softLaws(project, edition),
                legalTests,
                RiskAnalysis.of(project, edition, legalTests));
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
