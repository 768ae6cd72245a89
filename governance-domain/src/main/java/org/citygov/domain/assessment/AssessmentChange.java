package org.citygov.domain.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.citygov.domain.risk.Risk;
import org.citygov.domain.risk.RiskLevel;

/**
 * What changed between two assessments of the same project, as the agile loop needs it after a revision (3.3, 5.5):
 * risks that are new, risks that are gone, and risks whose level moved, plus whether approvability changed.
 */
public record AssessmentChange(List<Risk> appeared, List<Risk> disappeared, List<LevelChange> changed,
                               boolean approvableBefore, boolean approvableAfter) {

    /** A risk found by both assessments at different levels. */
    public record LevelChange(String risk, RiskLevel before, RiskLevel after) {
        public LevelChange {
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String toString() {
            return risk + ": " + before + " → " + after;
        }
    }

    public AssessmentChange {
        appeared = List.copyOf(appeared);
        disappeared = List.copyOf(disappeared);
        changed = List.copyOf(changed);
    }

    public static AssessmentChange between(ProjectAssessment before, ProjectAssessment after) {
        if (!before.project().equals(after.project())) {
            throw new IllegalArgumentException("compare assessments of one project, not " + before.project()
                    + " and " + after.project());
        }
        Map<String, Risk> old = byId(before.risks());
        Map<String, Risk> now = byId(after.risks());
        List<Risk> appeared = new ArrayList<>();
        List<LevelChange> changed = new ArrayList<>();
        for (Risk risk : now.values()) {
            Risk previous = old.get(risk.id());
            if (previous == null) {
                appeared.add(risk);
            } else if (previous.level() != risk.level()) {
                changed.add(new LevelChange(risk.id(), previous.level(), risk.level()));
            }
        }
        List<Risk> disappeared = old.values().stream().filter(r -> !now.containsKey(r.id())).toList();
        return new AssessmentChange(appeared, disappeared, changed, before.approvable(), after.approvable());
    }

    public boolean isEmpty() {
        return appeared.isEmpty() && disappeared.isEmpty() && changed.isEmpty()
                && approvableBefore == approvableAfter;
    }

    /** One line per change. */
    public String readable() {
        List<String> lines = new ArrayList<>();
        appeared.forEach(r -> lines.add("new      " + r.level() + " " + r.id()));
        disappeared.forEach(r -> lines.add("gone     " + r.level() + " " + r.id()));
        changed.forEach(c -> lines.add("changed  " + c));
        if (approvableBefore != approvableAfter) {
            lines.add(approvableAfter ? "now approvable" : "no longer approvable");
        }
        return lines.isEmpty() ? "no change" : String.join("\n", lines);
    }

    private static Map<String, Risk> byId(List<Risk> risks) {
        Map<String, Risk> map = new LinkedHashMap<>();
        risks.forEach(r -> map.put(r.id(), r));
        return map;
    }
}
