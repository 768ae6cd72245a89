package org.citygov.application.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A corpus of bad documents made from a good one: every field (and the first entry of every list) replaced in turn
 * by values no reader may accept — a value of another JSON type (the text {@code "12"} for a number, {@code 12345}
 * for a text, a boolean, a date or an enumeration constant, a list for an object…), numbers too large to be held
 * ({@code 1e309}, {@code -1e309}) or outside a whole number's range, a fraction for a whole number, a date that does
 * not exist — and reference ids one character longer than the store keeps. Each mutant names the path it broke, so a
 * test can check that the answer names it.
 */
public final class BadDocuments {

    /** Fields that hold an id or a reference to one: kept in columns of at most 64 characters. */
    public static final Set<String> ID_FIELDS = Set.of("id", "asset", "from", "to", "appliesTo", "project", "party");

    /** Fields that hold any number (a whole number written there is not a sign that only whole ones are taken). */
    public static final Set<String> DECIMAL_FIELDS = Set.of("value", "share", "amount");

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One bad document: what was broken ({@code path}, in the reader's path form) and how. */
    public record Mutant(String path, String how, String json) {
        @Override
        public String toString() {
            return path + " = " + how;
        }
    }

    private BadDocuments() {
    }

    /**
     * Every mutant of {@code goodJson}, plus each of {@code extra}: a path of a text field and the over-long value it
     * gets (for limits other than ids', such as a project name's).
     */
    public static List<Mutant> of(String goodJson, Map<String, String> extra) {
        JsonNode good = parse(goodJson);
        List<Mutant> mutants = new ArrayList<>();
        walk(good, "", good, mutants);
        extra.forEach((path, value) -> mutants.add(mutant(good, path, value.length() + " characters",
                node -> set(node, path, NODES.textNode(value)))));
        return mutants;
    }

    private static void walk(JsonNode node, String path, JsonNode root, List<Mutant> mutants) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String child = path.isEmpty() ? name : path + "." + name;
                JsonNode value = node.get(name);
                replacements(value, name).forEach((how, bad) ->
                        mutants.add(mutant(root, child, how, copy -> set(copy, child, bad))));
                walk(value, child, root, mutants);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            String child = path + "[0]";
            String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            replacements(node.get(0), field).forEach((how, bad) ->
                    mutants.add(mutant(root, child, how, copy -> set(copy, child, bad))));
            walk(node.get(0), child, root, mutants);
        }
    }

    /** The values that cannot stand in for {@code value} (a value of field {@code field}), by description. */
    private static Map<String, JsonNode> replacements(JsonNode value, String field) {
        Map<String, JsonNode> bad = new java.util.LinkedHashMap<>();
        if (value.isTextual()) {
            bad.put("the number 12345", NODES.numberNode(12345));
            bad.put("true", NODES.booleanNode(true));
            bad.put("an object", NODES.objectNode().put("x", 1));
            if (value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                bad.put("the date 2024-02-30", NODES.textNode("2024-02-30"));
            }
            if (ID_FIELDS.contains(field.replaceAll("\\[\\d+]$", "")) && value.asText().matches("[a-z0-9-]+")) {
                bad.put("an id of 65 characters", NODES.textNode("a".repeat(65)));
            }
        } else if (value.isBoolean()) {
            bad.put("the number 12345", NODES.numberNode(12345));
            bad.put("the text \"true\"", NODES.textNode("true"));
            bad.put("the number 0", NODES.numberNode(0));
        } else if (value.isNumber()) {
            bad.put("the text \"12\"", NODES.textNode("12"));
            bad.put("true", NODES.booleanNode(true));
            bad.put("1e309", NODES.numberNode(new java.math.BigDecimal("1e309")));
            bad.put("-1e309", NODES.numberNode(new java.math.BigDecimal("-1e309")));
            if (value.isIntegralNumber() && !DECIMAL_FIELDS.contains(field)) {
                bad.put("1.5", NODES.numberNode(new java.math.BigDecimal("1.5")));
                bad.put("99999999999999999999", NODES.numberNode(new java.math.BigInteger("99999999999999999999")));
            }
        } else if (value.isObject()) {
            bad.put("a text", NODES.textNode("x"));
            bad.put("a list", NODES.arrayNode().add(1));
        } else if (value.isArray()) {
            bad.put("a text", NODES.textNode("x"));
            bad.put("an object", NODES.objectNode().put("x", 1));
        }
        return bad;
    }

    private static Mutant mutant(JsonNode root, String path, String how, Consumer<JsonNode> change) {
        JsonNode copy = root.deepCopy();
        change.accept(copy);
        try {
            return new Mutant(path, how, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value at a path of the reader's form ({@code a.b[0].c}). */
    private static void set(JsonNode root, String path, JsonNode value) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
            } else {
                if (bracket > 0) {
                    steps.add(part.substring(0, bracket));
                }
                for (String index : part.substring(bracket + 1, part.length() - 1).split("]\\[")) {
                    steps.add("[" + index);
                }
            }
        }
        JsonNode parent = root;
        for (String step : steps.subList(0, steps.size() - 1)) {
            parent = step.startsWith("[") ? parent.get(Integer.parseInt(step.substring(1))) : parent.get(step);
        }
        String last = steps.getLast();
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
