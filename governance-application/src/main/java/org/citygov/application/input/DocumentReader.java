package org.citygov.application.input;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Reads a JSON or YAML document into a record type and checks it at the edge, reporting every problem at once with
 * the path of the field and its line: syntax errors, duplicate and unknown fields, values of the wrong type or outside
 * an enumeration, and the record's Bean Validation constraints. Nothing is returned unless the whole document is
 * sound, so a caller never acts on part of a file.
 *
 * <p>The target types are records whose components are records, lists or sets of them, enums, strings, boxed numbers
 * and booleans, or {@link LocalDate}s. Their component names are the document's field names.
 */
public final class DocumentReader {

    /** Larger documents are refused before parsing: a scenario of a whole city is a few hundred kilobytes. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final int MAX_PROBLEMS = 200;

    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    // the shape check refuses wrong types before mapping; the mappers coerce no scalar either, should a type the
    // check does not know reach them
    private final ObjectMapper json = configure(JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build());
    private final ObjectMapper yaml = configure(YAMLMapper.builder(new YAMLFactory())
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build());
    private final Validator validator = VALIDATION.getValidator();

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** Reads a file; its syntax follows its name ({@code .yaml}/{@code .yml}, else JSON). */
    public <T> Parsed<T> read(Path file, Class<T> type) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return fail("", "the file " + file + " is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MiB; split it or check that it is the right file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return fail("", "no such file: " + file);
        } catch (IOException e) {
            return fail("", "cannot read " + file + ": " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fail("", "the file " + file + " is not UTF-8 text");
        }
        return read(text, Syntax.of(file), type);
    }

    /** Reads a document given as text. */
    public <T> Parsed<T> read(String text, Syntax syntax, Class<T> type) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (text.length() > MAX_BYTES) {
            return fail("", "the document is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        ObjectMapper mapper = syntax == Syntax.YAML ? yaml : json;
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        JsonNode tree;
        JsonParser open = null;
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            open = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                return fail("", "the document is empty");
            }
            tree = node(parser, "", lines, problems);
            if (parser.nextToken() != null) {
                problems.add(new Problem("", OptionalInt.of(parser.currentTokenLocation().getLineNr()),
                        "unexpected content after the end of the document (one document per file)"));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            problems.add(new Problem("", syntax == Syntax.YAML ? YamlSyntaxError.line(e)
                    : line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
                    syntax == Syntax.YAML ? YamlSyntaxError.describe(e)
                            : JsonSyntaxError.describe(e, open)));
            return new Parsed.Problems<>(problems);
        } catch (IOException e) {
            return fail("", "cannot parse the document: " + e.getMessage());
        }
        Lines located = new Lines(lines);
        if (!tree.isObject()) {
            problems.add(located.problem("", "the document must be an object with named fields, not "
                    + describe(tree)));
            return new Parsed.Problems<>(problems);
        }
        checkShape(tree, type, "", syntax, located, problems);

        Set<String> reported = problems.stream().map(Problem::path).collect(Collectors.toCollection(HashSet::new));
        T value = null;
        while (value == null && problems.size() < MAX_PROBLEMS) {
            try {
                value = mapper.treeToValue(tree, type);
            } catch (JsonMappingException e) {
                String path = pathOf(e);
                problems.add(located.problem(path, typeMessage(e, tree, path)));
                if (!reported.add(path) || path.isEmpty() || !blank(tree, path)) {
                    break;
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add(located.problem("", "cannot read the document: " + e.getMessage()));
                break;
            }
        }
        if (value != null) {
            for (ConstraintViolation<T> violation : validator.validate(value)) {
                String path = pathOf(violation);
                if (!isUnder(path, reported)) {
                    problems.add(located.problem(path, message(violation)));
                }
            }
        }
        if (!problems.isEmpty() || value == null) {
            if (problems.isEmpty()) {
                problems.add(new Problem("", OptionalInt.empty(), "the document could not be read"));
            }
            return new Parsed.Problems<>(sorted(problems), java.util.Optional.of(new Parsed.Document(tree, located)));
        }
        return new Parsed.Ok<>(value, located);
    }

    private static <T> Parsed<T> fail(String path, String message) {
        return new Parsed.Problems<>(List.of(new Problem(path, OptionalInt.empty(), message)));
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream()
                .sorted(Problem.IN_DOCUMENT_ORDER)
                .toList();
    }

    // ---- the tree, with the line of every field ------------------------------------------------------------------

    /** Builds the tree of the value at the parser's current token, recording lines and duplicate fields. */
    private static JsonNode node(JsonParser parser, String path, Map<String, Integer> lines, List<Problem> problems)
            throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    int line = parser.currentTokenLocation().getLineNr();
                    parser.nextToken();
                    if (object.has(name)) {
                        problems.add(new Problem(child, OptionalInt.of(line), "the field \"" + name
                                + "\" appears twice (first on line " + lines.get(child) + "); keep one"));
                        node(parser, child + "#duplicate", new HashMap<>(), new ArrayList<>());
                        continue;
                    }
                    lines.put(child, line);
                    object.set(name, node(parser, child, lines, problems));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    String child = path + "[" + index++ + "]";
                    lines.put(child, parser.currentTokenLocation().getLineNr());
                    array.add(node(parser, child, lines, problems));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> {
                return nodes.textNode(parser.getText());
            }
        }
    }

    // ---- unknown fields and values of the wrong type ---------------------------------------------------------------

    /**
     * Walks the tree along the target type. Reports every field the type does not have (with the fields it does
     * have) and drops it; reports every value whose JSON type is not the field's — a number or a boolean where a text
     * is expected, a number where a date or a boolean is, a whole number outside the field's range, a number too
     * large to be held (such as {@code 1e309}) — and blanks it, so that nothing is coerced silently and the rest of
     * the document is still read. Types this walk does not know are left to the mapper.
     */
    /**
     * A record type's components by name, in declaration order, looked up once per type: {@code getRecordComponents}
     * makes new component objects at every call, each parsing its generic type again, which cost a few percent of a
     * small request body's read (docs/benchmarks.md).
     */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> byName = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                byName.put(component.getName(), component);
            }
            return java.util.Collections.unmodifiableMap(byName);
        }
    };

    private static void checkShape(JsonNode node, Type type, String path, Syntax syntax, Lines lines,
                                   List<Problem> problems) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        if (node instanceof ObjectNode object && raw.isRecord()) {
            Map<String, RecordComponent> components = COMPONENTS.get(raw);
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = path.isEmpty() ? name : path + "." + name;
                RecordComponent component = components.get(name);
                if (component == null) {
                    problems.add(lines.problem(child, "unknown field \"" + name + "\"" + suggestion(name,
                            components.keySet()) + "; the fields here are " + String.join(", ",
                            components.keySet())));
                    object.remove(name);
                } else if (wrongShape(object.get(name), component.getGenericType(), child, syntax, lines,
                        problems)) {
                    object.set(name, NullNode.getInstance());
                } else {
                    checkShape(object.get(name), component.getGenericType(), child, syntax, lines, problems);
                }
            }
        } else if (node instanceof ArrayNode array && Collection.class.isAssignableFrom(raw)
                && type instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            for (int i = 0; i < array.size(); i++) {
                String child = path + "[" + i + "]";
                if (wrongShape(array.get(i), element, child, syntax, lines, problems)) {
                    array.set(i, NullNode.getInstance());
                } else {
                    checkShape(array.get(i), element, child, syntax, lines, problems);
                }
            }
        }
    }

    /** Whether {@code node} cannot be a value of {@code type}; if so, the problem is reported. Null is left to Bean Validation. */
    private static boolean wrongShape(JsonNode node, Type type, String path, Syntax syntax, Lines lines,
                                      List<Problem> problems) {
        Class<?> raw = raw(type);
        if (node == null || node.isNull() || raw == null) {
            return false;
        }
        String problem = null;
        if (raw == String.class || raw.isEnum() || raw == LocalDate.class || raw == java.time.Instant.class
                || raw == java.time.OffsetDateTime.class) {
            if (!node.isTextual()) {
                problem = "expected " + expected(raw) + ", found " + describe(node)
                        + (syntax == Syntax.YAML && node.isValueNode() && raw == String.class
                        ? " (in YAML, put a text that looks like a number or a boolean in quotes)" : "");
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (!node.isBoolean()) {
                problem = "expected true or false, found " + describe(node);
            }
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            boolean isLong = raw == Long.class || raw == long.class;
            if (!node.isIntegralNumber()) {
                problem = "expected a whole number, found " + describe(node);
            } else if (isLong ? !node.canConvertToLong() : !node.canConvertToInt()) {
                problem = describe(node) + " is out of range: expected a whole number from "
                        + (isLong ? Long.MIN_VALUE : Integer.MIN_VALUE) + " to "
                        + (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE);
            }
        } else if (raw == Double.class || raw == double.class) {
            if (!node.isNumber()) {
                problem = "expected a number, found " + describe(node);
            } else if (!Double.isFinite(node.doubleValue())) {
                problem = describe(node) + " is out of range: expected a finite number, at most "
                        + Double.MAX_VALUE + " in size";
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                problem = "expected a list, found " + describe(node);
            }
        } else if (raw.isRecord()) {
            if (!node.isObject()) {
                problem = "expected an object, found " + describe(node);
            }
        }
        if (problem == null) {
            return false;
        }
        problems.add(lines.problem(path, problem));
        return true;
    }

    private static String suggestion(String name, Set<String> known) {
        return known.stream()
                .filter(k -> distance(k.toLowerCase(), name.toLowerCase()) <= Math.max(2, name.length() / 4))
                .min(Comparator.comparingInt(k -> distance(k.toLowerCase(), name.toLowerCase())))
                .map(k -> " (did you mean \"" + k + "\"?)")
                .orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    // ---- values of the wrong type --------------------------------------------------------------------------------

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String typeMessage(JsonMappingException e, JsonNode tree, String path) {
        JsonNode found = at(tree, path);
        String foundText = found == null ? "nothing" : describe(found);
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return foundText + " is not one of " + constants(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + expected(mismatched.getTargetType()) + ", found " + foundText;
        }
        return e.getOriginalMessage();
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + constants(type);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == java.time.OffsetDateTime.class) {
            return "a date and time with its offset, like 2025-06-03T09:00:00+09:00";
        }
        if (type == java.time.Instant.class) {
            return "an instant written like 2026-04-01T09:00:00Z";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isArray() ? "a list" : "an object";
    }

    /** The node at a path of this reader's own form, or null. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode current = root;
        for (String step : steps(path)) {
            if (current == null) {
                return null;
            }
            current = step.startsWith("[") ? current.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : current.get(step);
        }
        return current;
    }

    /** Replaces the value at a path with null so that reading can go on to find further problems. */
    private static boolean blank(JsonNode root, String path) {
        List<String> steps = steps(path);
        JsonNode parent = at(root, String.join("", steps.subList(0, steps.size() - 1).stream()
                .map(s -> s.startsWith("[") ? s : "." + s).toList()).replaceFirst("^\\.", ""));
        String last = steps.getLast();
        if (last.startsWith("[") && parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last.substring(1, last.length() - 1));
            if (index < array.size() && !array.get(index).isNull()) {
                array.set(index, NullNode.getInstance());
                return true;
            }
        } else if (parent instanceof ObjectNode object && object.has(last) && !object.get(last).isNull()) {
            object.set(last, NullNode.getInstance());
            return true;
        }
        return false;
    }

    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (char c : path.toCharArray()) {
            if (c == '.' || c == '[') {
                if (!current.isEmpty()) {
                    steps.add(current.toString());
                }
                current.setLength(0);
                if (c == '[') {
                    current.append(c);
                }
            } else if (c == ']') {
                steps.add(current.append(c).toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            steps.add(current.toString());
        }
        return steps;
    }

    // ---- Bean Validation -----------------------------------------------------------------------------------------

    private static String pathOf(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.toString();
    }

    private static String message(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.equals("{jakarta.validation.constraints.NotNull.message}")
                || violation.getInvalidValue() == null && template.contains("NotBlank")) {
            return "is required";
        }
        return violation.getMessage();
    }

    private static boolean isUnder(String path, Set<String> reported) {
        for (String done : reported) {
            if (path.equals(done) || path.startsWith(done + ".") || path.startsWith(done + "[")) {
                return true;
            }
        }
        return false;
    }
}
