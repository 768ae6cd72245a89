package org.citygov.domain.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two versions of a rule, field by field, in a form a committee can read. */
public record RuleDiff(RuleId rule, int fromVersion, int toVersion, List<Change> changes) {

    public record Change(String field, String before, String after) {
        public Change {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String toString() {
            return field + ": " + before + " → " + after;
        }
    }

    public RuleDiff {
        Objects.requireNonNull(rule, "rule");
        changes = List.copyOf(changes);
    }

    /** The differences from {@code before} to {@code after}, two versions of the same rule. */
    public static RuleDiff between(Rule before, Rule after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("a diff compares versions of one rule, not " + before.id() + " and "
                    + after.id());
        }
        Map<String, String> a = before.fields();
        Map<String, String> b = after.fields();
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : a.entrySet()) {
            String next = b.getOrDefault(field.getKey(), "(none)");
            if (!next.equals(field.getValue())) {
                changes.add(new Change(field.getKey(), field.getValue(), next));
            }
        }
        return new RuleDiff(before.id(), before.version(), after.version(), changes);
    }

    /** One line per change, headed by the versions compared. */
    public String readable() {
        StringBuilder out = new StringBuilder(rule + ": v" + fromVersion + " → v" + toVersion);
        if (changes.isEmpty()) {
            out.append(" (no change)");
        }
        changes.forEach(c -> out.append("\n  ").append(c));
        return out.toString();
    }
}
