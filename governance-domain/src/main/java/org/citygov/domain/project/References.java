package org.citygov.domain.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
                violations.add(new Violation(list + "[" + i + "].id", "duplicate " + what + " id \"" + id
                        + "\" (already used by " + list + "[" + first + "])"));
            }
        }
    }

    /**
     * A violation when {@code id} is not among {@code known}: {@code referrer} says who refers and how, e.g.
     * {@code data flow "f" names data asset}.
     */
    public static Optional<Violation> missing(String path, String referrer, String id, Set<String> known) {
        return known.contains(id) ? Optional.empty()
                : Optional.of(new Violation(path, referrer + " \"" + id + "\", which the project does not have"));
    }
}
