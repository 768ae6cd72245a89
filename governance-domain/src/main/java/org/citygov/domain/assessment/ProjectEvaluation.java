package org.citygov.domain.assessment;

import java.util.List;

import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiEvaluation;
import org.citygov.domain.evaluation.RevisionTrigger;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.GovernanceStep;

/**
 * Implementation and evaluation (5.5): every KPI against its threshold with its trend, and the revision triggers that
 * fired, each sending the loop back to {@link #RETURNS_TO}.
 */
public record ProjectEvaluation(List<KpiEvaluation> kpis, List<RevisionTrigger> triggers) {

    /** Where every trigger sends the loop: risk analysis, from which rule design follows (3.3, Fig. 4-2). */
    public static final GovernanceStep RETURNS_TO = GovernanceStep.RISK_ANALYSIS;

    public ProjectEvaluation {
        kpis = List.copyOf(kpis);
        triggers = List.copyOf(triggers);
    }

    public static ProjectEvaluation of(GovernanceProject project, String edition) {
        return new ProjectEvaluation(project.governance().kpis().stream().map(Kpi::evaluate).toList(),
                project.revisionTriggers(edition));
    }
}
