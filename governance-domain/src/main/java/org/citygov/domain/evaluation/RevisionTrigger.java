package org.citygov.domain.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.shared.Messages;

/**
 * Something that sends the agile loop back (3.3, 5.5): a KPI breach, a new catalogue edition (a law amended), a
 * declared technology change or a change in citizens' awareness, or a security incident on a data platform that
 * touched the project's data and has been reviewed (MARKET.md: "a REVIEWED one is a revision trigger for the
 * governance projects whose data it touched"). Each sends the cycle back to risk analysis, from which rule design
 * follows ({@code GovernanceProject.reviseFromTriggers}). The first four the project finds itself; an incident comes
 * from outside it ({@code org.citygov.domain.platform.IncidentLoop}).
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
            return Messages.text("trigger.kpiBreach", evaluation.kpi(), evaluation.threshold(), evaluation.latest()
                    .map(m -> Messages.text("trigger.measured", m.value(), m.on())).orElse("?"));
        }
    }

    record CatalogueEditionChanged(String designedUnder, String current) implements RevisionTrigger {
        public CatalogueEditionChanged {
            Objects.requireNonNull(designedUnder, "designedUnder");
            Objects.requireNonNull(current, "current");
        }

        @Override
        public String describe() {
            return Messages.text("trigger.editionChanged", designedUnder, current);
        }
    }

    record Declared(ProjectEvent event) implements RevisionTrigger {
        public Declared {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String describe() {
            boolean technology = event.kind() == ProjectEvent.Kind.TECHNOLOGY_CHANGE;
            if (event.note().isEmpty()) {
                return Messages.text(technology ? "trigger.technology" : "trigger.awareness", event.on());
            }
            return Messages.text(technology ? "trigger.technologyNote" : "trigger.awarenessNote", event.on(),
                    event.note());
        }
    }

    /**
     * A platform incident, reviewed after it was closed, that touched data assets of the project: the risk analysis
     * is to be done again with what the review found (5.5; panel: attacks on a platform reach "other services that
     * rely on the data").
     */
    record IncidentReviewed(String platform, String incident, String kind, Instant reviewedAt,
                            List<DataAssetId> assets, List<DataFlowId> flows, List<String> criticalServices)
            implements RevisionTrigger {
        public IncidentReviewed {
            platform = Ids.requireText(platform, "platform");
            incident = Ids.requireText(incident, "incident");
            kind = Ids.requireText(kind, "incident kind");
            Objects.requireNonNull(reviewedAt, "reviewedAt");
            assets = List.copyOf(assets);
            if (assets.isEmpty()) {
                throw new IllegalArgumentException("an incident triggers a revision for the data assets it touched");
            }
            flows = List.copyOf(flows);
            criticalServices = List.copyOf(criticalServices);
        }

        @Override
        public String describe() {
            String key = flows.isEmpty()
                    ? criticalServices.isEmpty() ? "trigger.incident" : "trigger.incidentServices"
                    : criticalServices.isEmpty() ? "trigger.incidentFlows" : "trigger.incidentFlowsServices";
            return Messages.text(key, incident, kind, platform, reviewedAt, join(assets.stream().map(DataAssetId::value).toList()),
                    join(flows.stream().map(DataFlowId::value).toList()), join(criticalServices));
        }

        private static String join(List<String> values) {
            return values.stream().collect(Collectors.joining(", "));
        }
    }
}
