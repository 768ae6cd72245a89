package org.citygov.domain.evaluation;

import java.util.Objects;

/**
 * Something that sends the agile loop back (3.3, 5.5): a KPI breach, a new catalogue edition (a law amended), a
 * declared technology change or a change in citizens' awareness. Each sends the cycle back to risk analysis, from
 * which rule design follows ({@code GovernanceProject.reviseFromTriggers}).
 */
public sealed interface RevisionTrigger {

    /** In words, for the reason recorded with the new revision. */
    String describe();

    record KpiBreach(KpiEvaluation evaluation) implements RevisionTrigger {
        public KpiBreach {
            Objects.requireNonNull(evaluation, "evaluation");
        }

        @Override
        public String describe() {
            return "KPI " + evaluation.kpi() + " breached its threshold (" + evaluation.threshold() + "): "
                    + evaluation.latest().map(m -> m.value() + " on " + m.on()).orElse("?");
        }
    }

    record CatalogueEditionChanged(String designedUnder, String current) implements RevisionTrigger {
        public CatalogueEditionChanged {
            Objects.requireNonNull(designedUnder, "designedUnder");
            Objects.requireNonNull(current, "current");
        }

        @Override
        public String describe() {
            return "the catalogue of laws and soft laws moved from edition " + designedUnder + " to " + current;
        }
    }

    record Declared(ProjectEvent event) implements RevisionTrigger {
        public Declared {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String describe() {
            return (event.kind() == ProjectEvent.Kind.TECHNOLOGY_CHANGE ? "technology change" : "change in citizens'"
                    + " awareness") + " declared on " + event.on() + (event.note().isEmpty() ? "" : ": "
                    + event.note());
        }
    }
}
