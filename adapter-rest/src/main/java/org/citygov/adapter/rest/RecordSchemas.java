package org.citygov.adapter.rest;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * JSON Schemas of the application's document records, made from the records themselves so that the API document
 * cannot drift from what the readers accept and the writers write: one component per record (named
 * {@code Root.Nested} for nested records), properties in component order, enumerations from the enum constants, and
 * the Bean Validation constraints a reader enforces ({@code @NotNull}/{@code @NotBlank} make a property required,
 * {@code @Pattern}, {@code @Min}, {@code @DecimalMin}, {@code @Size}).
 *
 * <p>An input record (a document the API reads) requires exactly its constrained properties; an output record (a
 * document the API writes) requires every property, and a property named in {@code nullable} may be null or absent.
 */
final class RecordSchemas {

    private final ObjectNode schemas;
    /** Every record given a schema so far, by its component name: a record used again is referred to. */
    private final java.util.Map<Class<?>, String> names = new java.util.HashMap<>();
    private String root;
    private Class<?> rootType;
    private boolean input;
    private Set<String> nullable = Set.of();

    /** Schemas added to {@code schemas} (the document's {@code components/schemas}). */
    RecordSchemas(ObjectNode schemas) {
        this.schemas = schemas;
    }

    /** Adds the schemas of a document the API reads, its root under {@code name}. */
    RecordSchemas input(String name, Class<? extends Record> type) {
        return define(name, type, true, Set.of());
    }

    /**
     * Adds the schemas of a document the API writes, its root under {@code name}; {@code nullable} names properties
     * as {@code Component.property} (e.g. {@code PlatformAssessment.DeadlineEntry.done}).
     */
    RecordSchemas output(String name, Class<? extends Record> type, Set<String> nullable) {
        return define(name, type, false, nullable);
    }

    private RecordSchemas define(String name, Class<? extends Record> type, boolean isInput, Set<String> nulls) {
        this.root = name;
        this.rootType = type;
        this.input = isInput;
        this.nullable = nulls;
        record(type, name);
        return this;
    }

    private String nameOf(Class<?> type) {
        String known = names.get(type);
        if (known != null) {
            return known;
        }
        if (type == rootType) {
            return root;
        }
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            if (outer == rootType) {
                return root + "." + name;
            }
            name.insert(0, outer.getSimpleName() + ".");
        }
        return root + "." + type.getSimpleName();
    }

    private void record(Class<?> type, String name) {
        if (names.containsKey(type)) {
            return;
        }
        names.put(type, name);
        ObjectNode schema = schemas.putObject(name);
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : type.getRecordComponents()) {
            AnnotatedElement declared = field(type, component);
            // an output component named in the nullable set may be null or left out (the writers omit nulls)
            boolean isRequired = input
                    ? declared.isAnnotationPresent(NotNull.class) || declared.isAnnotationPresent(NotBlank.class)
                    : !nullable.contains(name + "." + component.getName());
            if (isRequired) {
                required.add(component.getName());
            }
            ObjectNode property = value(component.getAnnotatedType(), declared);
            if (nullable.contains(name + "." + component.getName())) {
                property = nullable(property);
            }
            properties.set(component.getName(), property);
        }
    }

    private static AnnotatedElement field(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record has a field per component", e);
        }
    }

    /** The schema of a value of {@code type}, constrained by the annotations on it ({@code declared} or the type). */
    private ObjectNode value(AnnotatedType type, AnnotatedElement declared) {
        Class<?> raw = raw(type);
        ObjectNode schema;
        if (raw == String.class) {
            schema = node("string");
            Pattern pattern = annotation(type, declared, Pattern.class);
            if (pattern != null) {
                schema.put("pattern", "^(?:" + pattern.regexp() + ")$");
            }
            if (annotation(type, declared, NotBlank.class) != null) {
                schema.put("minLength", 1);
            }
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            schema = node("integer");
            Min min = annotation(type, declared, Min.class);
            if (min != null) {
                schema.put("minimum", min.value());
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            schema = node("boolean");
        } else if (raw == BigDecimal.class) {
            schema = node("number");
            DecimalMin min = annotation(type, declared, DecimalMin.class);
            if (min != null) {
                schema.put("minimum", new BigDecimal(min.value()));
            }
        } else if (raw == java.time.Instant.class) {
            schema = node("string").put("format", "date-time");
        } else if (raw == LocalDate.class) {
            schema = node("string").put("format", "date");
        } else if (raw == OffsetDateTime.class) {
            schema = node("string").put("format", "date-time");
        } else if (raw.isEnum()) {
            schema = node("string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (raw == List.class) {
            schema = node("array");
            AnnotatedType item = ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0];
            schema.set("items", value(item, item));
            Size size = annotation(type, declared, Size.class);
            if (size != null && size.min() > 0) {
                schema.put("minItems", size.min());
            }
        } else if (raw.isRecord()) {
            String name = nameOf(raw);
            record(raw, name);
            schema = RestApi.JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
        } else {
            throw new IllegalArgumentException("no schema for " + raw.getName() + " in " + root);
        }
        return schema;
    }

    private static Class<?> raw(AnnotatedType type) {
        java.lang.reflect.Type t = type.getType();
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof java.lang.reflect.ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("no schema for " + t);
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(AnnotatedType type,
                                                                           AnnotatedElement declared, Class<A> kind) {
        A onType = type.getAnnotation(kind);
        return onType != null ? onType : declared.getAnnotation(kind);
    }

    private static ObjectNode node(String type) {
        return RestApi.JSON.createObjectNode().put("type", type);
    }

    private static ObjectNode nullable(ObjectNode schema) {
        if (schema.has("$ref")) {
            ObjectNode either = RestApi.JSON.createObjectNode();
            either.putArray("oneOf").add(schema).addObject().put("type", "null");
            return either;
        }
        String type = schema.get("type").asText();
        schema.putArray("type").add(type).add("null");
        return schema;
    }
}
