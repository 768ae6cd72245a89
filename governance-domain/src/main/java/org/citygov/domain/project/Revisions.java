package org.citygov.domain.project;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citygov.domain.evaluation.Governance;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiEvaluation;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.evaluation.RevisionTrigger;

/**
 * When the agile loop turns (3.3, 5.5). A KPI breach counts if it was measured after the current revision began (a
 * breach already answered by a revision does not fire twice); a catalogue edition other than the one the rules were
 * designed under counts; every declared change not yet taken up by a revision counts.
 */
final class Revisions {

    private Revisions() {
    }

    static List<RevisionTrigger> triggers(GovernanceProject project, String currentEdition) {
        Governance governance = project.governance();
        Optional<LocalDate> revisionStarted = project.cycle().history().stream()
                .filter(t -> t.kind() == CycleTransition.Kind.NEW_REVISION)
                .reduce((a, b) -> b)
                .map(t -> LocalDate.ofInstant(t.at(), ZoneOffset.UTC));
        List<RevisionTrigger> triggers = new ArrayList<>();
        for (Kpi kpi : governance.kpis()) {
            KpiEvaluation evaluation = kpi.evaluate();
            boolean fresh = evaluation.latest()
                    .map(m -> revisionStarted.map(start -> m.on().isAfter(start)).orElse(true))
                    .orElse(false);
            if (evaluation.breached() && fresh) {
                triggers.add(new RevisionTrigger.KpiBreach(evaluation));
            }
        }
        governance.catalogVersion()
                .filter(designedUnder -> !designedUnder.equals(currentEdition))
                .ifPresent(designedUnder -> triggers.add(
                        new RevisionTrigger.CatalogueEditionChanged(designedUnder, currentEdition)));
        for (ProjectEvent event : governance.events()) {
            if (event.isOpen()) {
                triggers.add(new RevisionTrigger.Declared(event));
            }
        }
        return List.copyOf(triggers);
    }
}
