package org.citygov.domain.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.shared.Messages;
import org.citygov.domain.shared.Violation;

/**
 * The reference rules among a project's parts, on ids alone: ids are unique in their list, and a reference names an
 * id that exists. One definition serves the checked parts ({@link ProjectRules}) and readers that must report
 * references in a document whose structure is still broken (the scenario loader), so the rule and its wording are
 * the same wherever it is reported.
 */
public final class References {

    private References() {
    }

    /**
     * A violation for every id that repeats an earlier one of {@code list}; {@code ids} holds null where an entry's
     * id could not be read (such entries are skipped).
     */
    public static void duplicates(String list, String what, List<String> ids, List<Violation> violations) {
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue;
            }
            Integer first = firstAt.putIfAbsent(id, i);
            if (first != null) {
                violations.add(new Violation(list + "[" + i + "].id", Messages.text(duplicateKey(what), id,
                        list + "[" + first + "]")));
            }
        }
    }

    /**
     * A violation when {@code id} is not among {@code known}: {@code referrer} says who refers and how, e.g.
     * {@code data flow "f" names data asset}.
     */
    public static Optional<Violation> missing(String path, String referrer, String id, Set<String> known) {
        return known.contains(id) ? Optional.empty()
                : Optional.of(new Violation(path, Messages.text("violation.notInProject", referrer, id)));
    }

    /** The message key of a repeated id of the kind {@code what} ("service", "stakeholder", "data asset", …). */
    private static String duplicateKey(String what) {
        return switch (what) {
            case "service" -> "violation.duplicate.service";
            case "stakeholder" -> "violation.duplicate.stakeholder";
            case "data asset" -> "violation.duplicate.dataAsset";
            case "data flow" -> "violation.duplicate.dataFlow";
            case "KPI" -> "violation.duplicate.kpi";
            default -> throw new IllegalArgumentException("no message for a repeated " + what + " id");
        };
    }

    /** A data flow named by its id, as a referrer's subject: {@code data flow "f"}. */
    public static String flow(String id) {
        return Messages.text("violation.flow", id);
    }

    /** A data flow named by its path where its id cannot be read: {@code data flow dataFlows[2]}. */
    public static String flowAt(String path) {
        return Messages.text("violation.flowAt", path);
    }

    /** The referrer of a flow's data asset: {@code data flow "f" names data asset}. */
    public static String namesAsset(String flow) {
        return Messages.text("violation.namesAsset", flow);
    }

    /** The referrer of a flow's source: {@code data flow "f" comes from stakeholder}. */
    public static String comesFrom(String flow) {
        return Messages.text("violation.comesFrom", flow);
    }

    /** The referrer of a flow's recipient: {@code data flow "f" goes to stakeholder}. */
    public static String goesTo(String flow) {
        return Messages.text("violation.goesTo", flow);
    }
}
