package org.citygov.adapter.rest;

import java.util.Map;
import java.util.Set;

import org.citygov.application.platform.PlatformAssessmentDocument;
import org.citygov.application.platform.PlatformDocument;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.ViewCatalogue;
import org.citygov.application.report.AssessmentDocument;
import org.citygov.application.report.TreeHeadDocument;
import org.citygov.domain.evaluation.KpiEvaluation;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.evaluation.Threshold;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.project.CycleTransition;

/**
 * The names of the API document's generated schemas. A type is named by its simple name, except where that name
 * would be generic or taken: the assessment's parts are {@code Assessment…} (its risk is {@code AssessmentRisk}), the
 * catalogue's {@code Catalogue…}, and a nested type with a generic name ({@code Kind}, {@code Status}, …) takes its
 * owner's name first; the platform document's parts are {@code Platform…} and its assessment's
 * {@code PlatformAssessment…}, so that a generated client never has two classes of one name or a class named {@code Kind}.
 */
final class ApiSchemas {

    /** Names too generic to stand alone in a generated client. */
    private static final Set<String> GENERIC = Set.of("Kind", "Status", "State", "Direction", "Outcome", "Trend",
            "Type", "Level", "Language", "Date", "Entry", "Code");

    private static final Map<Class<?>, String> NAMED = Map.ofEntries(
            Map.entry(MoveCycle.Direction.class, "CycleDirection"),
            Map.entry(Decision.Outcome.class, "LinkageOutcome"),
            Map.entry(LinkageRecord.Kind.class, "LinkageKind"),
            Map.entry(CorrectionRequest.State.class, "CorrectionState"),
            Map.entry(CycleTransition.Kind.class, "TransitionKind"),
            Map.entry(KpiEvaluation.Status.class, "KpiStatus"),
            Map.entry(KpiEvaluation.Trend.class, "KpiTrend"),
            Map.entry(ProjectEvent.Kind.class, "EventKind"),
            Map.entry(Threshold.Direction.class, "ThresholdDirection"),
            Map.entry(TreeHeadDocument.class, "TreeHead"),
            Map.entry(PlatformDocument.Platform.class, "PlatformDefinition"),
            Map.entry(PlatformDocument.Event.class, "PlatformIncidentEvent"),
            Map.entry(PlatformDocument.Notification.class, "PlatformIncidentNotification"),
            Map.entry(PlatformRepresentations.OfferItem.class, "OfferStanding"),
            Map.entry(PlatformRepresentations.HistoryEntry.class, "PlatformHistoryEntry"),
            Map.entry(PlatformRepresentations.HistoryPage.class, "PlatformHistoryPage"),
            Map.entry(PlatformRepresentations.Delivery.class, "DeliveryDecision"),
            Map.entry(PlatformRepresentations.LogEntryItem.class, "PlatformLogEntry"),
            Map.entry(PlatformRepresentations.LogEntryPage.class, "PlatformLogEntryPage"),
            Map.entry(Representations.PublicationMark.class, "Publication"));

    private ApiSchemas() {
    }

    static String name(Class<?> type) {
        String named = NAMED.get(type);
        if (named != null) {
            return named;
        }
        Class<?> owner = type.getEnclosingClass();
        String simple = type.getSimpleName();
        if (type == AssessmentDocument.class) {
            return "Assessment";
        }
        if (owner == AssessmentDocument.class) {
            return "Assessment" + stripped(simple);
        }
        if (type == PlatformAssessmentDocument.class) {
            return "PlatformAssessment";
        }
        if (owner == PlatformAssessmentDocument.class) {
            return "PlatformAssessment" + stripped(simple);
        }
        if (owner == PlatformDocument.class) {
            return "Platform" + simple;
        }
        if (type == ViewCatalogue.CatalogueView.class) {
            return "Catalogue";
        }
        if (owner == ViewCatalogue.class) {
            return "Catalogue" + stripped(simple);
        }
        if (owner != null && GENERIC.contains(simple)) {
            return owner.getSimpleName() + simple;
        }
        return simple;
    }

    /** {@code RiskEntry} → {@code Risk}, {@code RulesPart} → {@code Rules}; a bare {@code Entry} stays. */
    private static String stripped(String simple) {
        String bare = simple.replaceFirst("(Entry|Part|View)$", "");
        return bare.isEmpty() ? simple : bare;
    }
}
