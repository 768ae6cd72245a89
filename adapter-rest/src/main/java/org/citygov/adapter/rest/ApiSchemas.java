package org.citygov.adapter.rest;

import java.util.Map;
import java.util.Set;

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
 * owner's name first, so that a generated client never has two classes of one name or a class named {@code Kind}.
 */
final class ApiSchemas {

    /** Names too generic to stand alone in a generated client. */
    private static final Set<String> GENERIC = Set.of("Kind", "Status", "State", "Direction", "Outcome", "Trend",
            "Type", "Level", "Language", "Date", "Entry", "Code");

    private static final Map<Class<?>, String> NAMED = Map.of(
            MoveCycle.Direction.class, "CycleDirection",
            Decision.Outcome.class, "LinkageOutcome",
            LinkageRecord.Kind.class, "LinkageKind",
            CorrectionRequest.State.class, "CorrectionState",
            CycleTransition.Kind.class, "TransitionKind",
            KpiEvaluation.Status.class, "KpiStatus",
            KpiEvaluation.Trend.class, "KpiTrend",
            ProjectEvent.Kind.class, "EventKind",
            Threshold.Direction.class, "ThresholdDirection",
            TreeHeadDocument.class, "TreeHead");

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
