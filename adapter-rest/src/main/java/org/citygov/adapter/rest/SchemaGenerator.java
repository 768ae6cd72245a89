package org.citygov.adapter.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citygov.application.report.Nullable;

/**
 * JSON Schemas (as OpenAPI 3.1 writes them) of the Java types that describe the API's bodies, so the document says
 * what the code writes and reads, and nothing is described twice:
 * <ul>
 * <li>a record is a closed object with one property per component, named as Jackson names it; it becomes a named
 * component the first time it is met and a {@code $ref} after; a generic record ({@code Page<T>}) is named after its
 * type argument ({@code RulePage});</li>
 * <li>an enumeration is a string with its constants as {@code enum}, also a named component;</li>
 * <li>lists are arrays (sets with unique items), maps with string keys are objects of their values;</li>
 * <li>numbers and strings carry the Bean Validation bounds of the component ({@code @Min}, {@code @Size}, …);</li>
 * <li>a record a reader validates (one with {@code @NotNull} or {@code @NotBlank} components) requires exactly
 * those components; {@code @Pattern} becomes the property's anchored {@code pattern};</li>
 * <li>otherwise a component is required and never null, unless it is {@link Nullable}: then it may be left out, and may be
 * null unless its record leaves nulls out ({@code @JsonInclude(NON_NULL)}); a list of a record that leaves empty
 * values out ({@code NON_EMPTY}) may be left out too;</li>
 * <li>types described elsewhere (the scenario format's own schema) are referred to by their name there.</li>
 * </ul>
 * Two types under one name are refused: a generated client has one class per name.
 */
final class SchemaGenerator {

    private static final String REF = "#/components/schemas/";

    private final ObjectNode components;
    private final Function<Class<?>, String> naming;
    private final Map<Class<?>, String> external;
    private final Map<String, Type> owners = new HashMap<>();
    private final Map<Type, String> names = new HashMap<>();

    /**
     * @param components where named schemas go (an OpenAPI document's {@code components.schemas})
     * @param naming     the component name of a record or enumeration
     * @param external   types already described in {@code components}, with their names there
     */
    SchemaGenerator(ObjectNode components, Function<Class<?>, String> naming, Map<Class<?>, String> external) {
        this.components = Objects.requireNonNull(components, "components");
        this.naming = Objects.requireNonNull(naming, "naming");
        this.external = Map.copyOf(external);
    }

    /** The schema of a value of {@code type}: inline for scalars and containers, a {@code $ref} for named types. */
    ObjectNode schema(Type type) {
        return schema(type, Map.of());
    }

    /** Every named schema this generator has described, with the type it describes. */
    Map<String, Type> described() {
        Map<String, Type> described = new java.util.TreeMap<>();
        names.forEach((type, name) -> described.put(name, type instanceof Bound b ? b.raw() : type));
        return described;
    }

    /** The component name {@code type} is described under (generating it if needed). */
    String name(Type type) {
        String ref = schema(type).path("$ref").asText("");
        if (!ref.startsWith(REF)) {
            throw new IllegalArgumentException(type + " is not a named schema");
        }
        return ref.substring(REF.length());
    }

    private ObjectNode schema(Type type, Map<TypeVariable<?>, Type> bindings) {
        return switch (type) {
            case Class<?> c -> classSchema(c);
            case ParameterizedType p -> parameterized(p, bindings);
            case TypeVariable<?> v when bindings.containsKey(v) -> schema(bindings.get(v), Map.of());
            case WildcardType w -> schema(w.getUpperBounds()[0], bindings);
            default -> throw new IllegalArgumentException("no schema for " + type);
        };
    }

    private ObjectNode classSchema(Class<?> c) {
        if (external.containsKey(c)) {
            return ref(external.get(c));
        }
        if (c == String.class) {
            return type("string");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return type("integer").put("format", "int32");
        }
        if (c == long.class || c == Long.class) {
            return type("integer").put("format", "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return type("number").put("format", "double");
        }
        if (c == java.math.BigDecimal.class) {
            return type("number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return type("boolean");
        }
        if (c == Instant.class || c == OffsetDateTime.class) {
            return type("string").put("format", "date-time");
        }
        if (c == LocalDate.class) {
            return type("string").put("format", "date");
        }
        if (c == Object.class || JsonNode.class.isAssignableFrom(c)) {
            return type("object");
        }
        if (c.isEnum() || c.isRecord()) {
            return ref(named(c, c, Map.of()));
        }
        throw new IllegalArgumentException("no schema for " + c.getName() + ": describe it as a record or an enum");
    }

    private ObjectNode parameterized(ParameterizedType p, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = Arrays.stream(p.getActualTypeArguments()).map(a -> bound(a, bindings)).toArray(Type[]::new);
        if (Collection.class.isAssignableFrom(raw)) {
            ObjectNode array = type("array");
            array.set("items", schema(args[0], bindings));
            if (Set.class.isAssignableFrom(raw)) {
                array.put("uniqueItems", true);
            }
            return array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (args[0] != String.class && !(args[0] instanceof Class<?> k && k.isEnum())) {
                throw new IllegalArgumentException("a map's keys are JSON property names: " + p);
            }
            ObjectNode object = type("object");
            object.set("additionalProperties", schema(args[1], bindings));
            return object;
        }
        if (raw.isRecord()) {
            Map<TypeVariable<?>, Type> own = new HashMap<>();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                own.put(variables[i], args[i]);
            }
            Type key = new Bound(raw, List.of(args));
            StringBuilder name = new StringBuilder();
            for (Type arg : args) {
                name.append(name(arg));
            }
            return ref(named(key, raw, own, name + naming.apply(raw)));
        }
        throw new IllegalArgumentException("no schema for " + p);
    }

    private static Type bound(Type arg, Map<TypeVariable<?>, Type> bindings) {
        return arg instanceof TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : arg;
    }

    private String named(Type key, Class<?> raw, Map<TypeVariable<?>, Type> bindings) {
        return named(key, raw, bindings, naming.apply(raw));
    }

    private String named(Type key, Class<?> raw, Map<TypeVariable<?>, Type> bindings, String name) {
        String known = names.get(key);
        if (known != null) {
            return known;
        }
        if (raw.isEnum() && !owners.containsKey(name) && components.has(name)) {
            // described already, by the scenario format's schema: the same values, or the two have drifted apart
            if (!components.get(name).path("enum").equals(enumeration(raw).get("enum"))) {
                throw new IllegalStateException("the document's \"" + name + "\" lists other values than "
                        + raw.getName());
            }
            owners.put(name, key);
            names.put(key, name);
            return name;
        }
        Type owner = owners.putIfAbsent(name, key);
        if (owner != null || components.has(name)) {
            throw new IllegalStateException("two types would be described as \"" + name + "\": " + key + " and "
                    + (owner != null ? owner : "a schema already in the document"));
        }
        names.put(key, name);
        components.putObject(name);
        components.set(name, raw.isEnum() ? enumeration(raw) : record(raw, bindings));
        return name;
    }

    private static ObjectNode enumeration(Class<?> type) {
        ObjectNode schema = type("string");
        ArrayNode values = schema.putArray("enum");
        for (Object constant : type.getEnumConstants()) {
            values.add(((Enum<?>) constant).name());
        }
        return schema;
    }

    private ObjectNode record(Class<?> type, Map<TypeVariable<?>, Type> bindings) {
        ObjectNode schema = type("object");
        schema.put("additionalProperties", false);
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        // a document a reader validates says what it requires: exactly its @NotNull and @NotBlank components
        boolean validated = Arrays.stream(type.getRecordComponents()).anyMatch(SchemaGenerator::demanded);
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty renamed = annotation(component, JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            JsonInclude.Include include = inclusion(type, component);
            boolean omitsNull = include == JsonInclude.Include.NON_NULL || include == JsonInclude.Include.NON_ABSENT
                    || include == JsonInclude.Include.NON_EMPTY;
            boolean primitive = component.getType().isPrimitive();
            boolean nullable = !primitive && annotation(component, Nullable.class) != null;
            boolean mayBeEmptied = include == JsonInclude.Include.NON_EMPTY
                    && Collection.class.isAssignableFrom(component.getType());
            ObjectNode property = schema(component.getGenericType(), bindings);
            bounds(component, property);
            if (nullable && !omitsNull) {
                property = orNull(property);
            }
            properties.set(name, property);
            if (validated ? demanded(component) : !nullable && !mayBeEmptied) {
                required.add(name);
            }
        }
        return schema;
    }

    private static boolean demanded(RecordComponent component) {
        return annotation(component, NotNull.class) != null || annotation(component, NotBlank.class) != null;
    }

    private static JsonInclude.Include inclusion(Class<?> type, RecordComponent component) {
        JsonInclude own = annotation(component, JsonInclude.class);
        if (own != null && own.value() != JsonInclude.Include.USE_DEFAULTS) {
            return own.value();
        }
        JsonInclude ofType = type.getAnnotation(JsonInclude.class);
        return ofType != null ? ofType.value() : JsonInclude.Include.ALWAYS;
    }

    /** The Bean Validation bounds a component declares, as the schema's. */
    private static void bounds(RecordComponent component, ObjectNode property) {
        if (!property.has("type")) {
            return;
        }
        String type = property.get("type").asText();
        Min min = annotation(component, Min.class);
        Max max = annotation(component, Max.class);
        DecimalMin decimalMin = annotation(component, DecimalMin.class);
        DecimalMax decimalMax = annotation(component, DecimalMax.class);
        Size size = annotation(component, Size.class);
        if (min != null) {
            property.put("minimum", min.value());
        }
        if (max != null) {
            property.put("maximum", max.value());
        }
        if (decimalMin != null) {
            property.put("minimum", Double.parseDouble(decimalMin.value()));
        }
        if (decimalMax != null) {
            property.put("maximum", Double.parseDouble(decimalMax.value()));
        }
        if (size != null) {
            String unit = type.equals("string") ? "Length" : type.equals("array") ? "Items" : null;
            if (unit != null && size.min() > 0) {
                property.put("min" + unit, size.min());
            }
            if (unit != null && size.max() < Integer.MAX_VALUE) {
                property.put("max" + unit, size.max());
            }
        }
        Pattern pattern = annotation(component, Pattern.class);
        if (pattern != null && type.equals("string")) {
            property.put("pattern", "^(?:" + pattern.regexp() + ")$");
        }
        if (type.equals("string") && annotation(component, NotBlank.class) != null && !property.has("minLength")) {
            property.put("minLength", 1);
        }
    }

    /** The annotation on a record component, wherever Java put it: the component, its accessor or its field. */
    static <A extends Annotation> A annotation(RecordComponent component, Class<A> type) {
        A found = component.getAnnotation(type);
        if (found == null) {
            found = component.getAccessor().getAnnotation(type);
        }
        if (found == null) {
            try {
                Field field = component.getDeclaringRecord().getDeclaredField(component.getName());
                found = field.getAnnotation(type);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static ObjectNode orNull(ObjectNode schema) {
        if (schema.has("type") && schema.get("type").isTextual()) {
            String type = schema.get("type").asText();
            schema.putArray("type").add(type).add("null");
            return schema;
        }
        ObjectNode either = RestApi.JSON.createObjectNode();
        either.putArray("anyOf").add(schema).addObject().put("type", "null");
        return either;
    }

    private static ObjectNode type(String type) {
        return RestApi.JSON.createObjectNode().put("type", type);
    }

    private static ObjectNode ref(String name) {
        return RestApi.JSON.createObjectNode().put("$ref", REF + name);
    }

    /** A generic record with its type arguments: the key of its one schema. */
    private record Bound(Class<?> raw, List<Type> arguments) implements Type {
    }

    /** The type {@code Raw<arguments>}, to name a body such as {@code Page<Rule>} where Java has no literal for it. */
    static ParameterizedType generic(Class<?> raw, Type... arguments) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return arguments.clone();
            }

            @Override
            public Type getRawType() {
                return raw;
            }

            @Override
            public Type getOwnerType() {
                return raw.getDeclaringClass();
            }

            @Override
            public boolean equals(Object other) {
                return other instanceof ParameterizedType p && p.getRawType().equals(raw)
                        && Arrays.equals(p.getActualTypeArguments(), arguments);
            }

            @Override
            public int hashCode() {
                return raw.hashCode() * 31 + Arrays.hashCode(arguments);
            }

            @Override
            public String toString() {
                return raw.getSimpleName() + Arrays.toString(arguments);
            }
        };
    }
}
