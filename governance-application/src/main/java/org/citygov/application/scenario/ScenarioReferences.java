package org.citygov.application.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.citygov.application.input.Lines;
import org.citygov.application.input.Problem;
import org.citygov.domain.project.References;
import org.citygov.domain.shared.Messages;
import org.citygov.domain.shared.Violation;

/**
 * The reference pass of a scenario whose structure is not sound (SCENARIO.md, additions of 2026-11-29: "where both
 * passes can run, one run lists every problem"): on the document's tree as far as it was read, the ids that repeat
 * and the references that name no id, by the domain's own rules ({@link References}). A reference is only judged
 * where it can be resolved: when every id of the list it points into could be read. Problems at a path already
 * reported, or under it, are not repeated.
 */
final class ScenarioReferences {

    private ScenarioReferences() {
    }

    static List<Problem> of(JsonNode tree, Lines lines, List<Problem> reported) {
        List<Violation> found = new ArrayList<>();
        Optional<List<String>> assets = ids(tree, "dataAssets", "data asset", found);
        Optional<List<String>> stakeholders = ids(tree, "stakeholders", "stakeholder", found);
        Optional<List<String>> flows = ids(tree, "dataFlows", "data flow", found);
        ids(tree, "services", "service", found);
        JsonNode flowNodes = tree.path("dataFlows");
        for (int i = 0; i < flowNodes.size() && flowNodes.isArray(); i++) {
            JsonNode flow = flowNodes.get(i);
            String path = "dataFlows[" + i + "]";
            String flowIs = text(flow.path("id")).map(References::flow).orElse(References.flowAt(path));
            reference(path + ".asset", References.namesAsset(flowIs), flow.path("asset"), assets, found);
            reference(path + ".from", References.comesFrom(flowIs), flow.path("from"), stakeholders, found);
            reference(path + ".to", References.goesTo(flowIs), flow.path("to"), stakeholders, found);
        }
        JsonNode rules = tree.path("rules");
        for (int i = 0; i < rules.size() && rules.isArray() && flows.isPresent(); i++) {
            JsonNode rule = rules.get(i);
            List<String> unknown = new ArrayList<>();
            rule.path("appliesTo").forEach(f -> text(f).filter(id -> !flows.get().contains(id))
                    .ifPresent(unknown::add));
            if (!unknown.isEmpty()) {
                found.add(new Violation("rules[" + i + "].appliesTo", Messages.text("violation.ruleUnknownFlows",
                        text(rule.path("id")).orElse("rules[" + i + "]"),
                        String.join(", ", unknown.stream().sorted().toList()))));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Violation v : found) {
            if (reported.stream().noneMatch(p -> covers(p.path(), v.path()))) {
                problems.add(lines.problem(v.path(), v.message()));
            }
        }
        return problems;
    }

    /** The ids of a list (null where one cannot be read), after reporting repeats; empty when it is no list. */
    private static Optional<List<String>> ids(JsonNode tree, String list, String what, List<Violation> found) {
        JsonNode nodes = tree.path(list);
        if (!nodes.isArray()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        nodes.forEach(n -> ids.add(text(n.path("id")).orElse(null)));
        References.duplicates(list, what, ids, found);
        return ids.contains(null) ? Optional.empty() : Optional.of(ids);
    }

    private static void reference(String path, String referrer, JsonNode value, Optional<List<String>> known,
                                  List<Violation> found) {
        Optional<String> id = text(value);
        if (id.isPresent() && known.isPresent()) {
            Set<String> ids = new HashSet<>(known.get());
            References.missing(path, referrer, id.get(), ids).ifPresent(found::add);
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** Whether a problem at {@code reported} already speaks for {@code path} (the same field, or one it is in). */
    private static boolean covers(String reported, String path) {
        return !reported.isEmpty() && (path.equals(reported) || path.startsWith(reported + ".")
                || path.startsWith(reported + "["));
    }
}
