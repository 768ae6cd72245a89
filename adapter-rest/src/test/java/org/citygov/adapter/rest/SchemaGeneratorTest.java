package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

import org.citygov.application.report.Nullable;

/** The schema generator over records and enums, on small fixtures and on every type the API document describes. */
class SchemaGeneratorTest {

    enum Color { RED, GREEN }

    record Child(String name, Color color) {
    }

    record Sample(String text, int count, @Nullable String note, List<Child> children, Map<String, Child> byName,
                  Set<Color> colors, Instant at, LocalDate on, @Min(1) @Max(5) long rating,
                  @Size(min = 1, max = 3) List<String> tags, @Nullable Child partner, double share, boolean done) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sparse(String id, @Nullable String extra, @Nullable Integer count) {
    }

    record Box<T>(T item, List<T> more) {
    }

    private final ObjectNode components = RestApi.JSON.createObjectNode();
    private final SchemaGenerator generator = new SchemaGenerator(components, Class::getSimpleName, Map.of());

    @Test
    void schema_whenARecord_shouldDescribeEveryComponentAsAPropertyOfAClosedObject() {
        JsonNode ref = generator.schema(Sample.class);

        JsonNode sample = components.get("Sample");
        assertEquals("#/components/schemas/Sample", ref.get("$ref").asText());
        assertEquals(names(Sample.class), fieldNames(sample.get("properties")));
        assertFalse(sample.get("additionalProperties").asBoolean());
        assertEquals("#/components/schemas/Child", sample.at("/properties/children/items/$ref").asText());
        assertEquals("#/components/schemas/Child", sample.at("/properties/byName/additionalProperties/$ref").asText());
        assertTrue(sample.at("/properties/colors/uniqueItems").asBoolean());
        assertEquals("date-time", sample.at("/properties/at/format").asText());
        assertEquals("date", sample.at("/properties/on/format").asText());
        assertEquals("int64", sample.at("/properties/rating/format").asText());
        assertEquals(1, sample.at("/properties/rating/minimum").asInt());
        assertEquals(5, sample.at("/properties/rating/maximum").asInt());
        assertEquals(3, sample.at("/properties/tags/maxItems").asInt());
        assertEquals("number", sample.at("/properties/share/type").asText());
        assertEquals("boolean", sample.at("/properties/done/type").asText());
    }

    @Test
    void schema_whenAnEnum_shouldBeANamedStringEnumeration() {
        generator.schema(Child.class);

        JsonNode color = components.get("Color");
        assertEquals("string", color.get("type").asText());
        assertEquals(List.of("RED", "GREEN"), texts(color.get("enum")));
        assertEquals("#/components/schemas/Color", components.at("/Child/properties/color/$ref").asText());
    }

    @Test
    void schema_whenComponentsMayBeNull_shouldRequireOnlyTheOthersAndAllowNullWhereItIsWritten() {
        generator.schema(Sample.class);
        generator.schema(Sparse.class);

        JsonNode sample = components.get("Sample");
        List<String> required = texts(sample.get("required"));
        assertTrue(required.containsAll(List.of("text", "count", "children", "rating", "done")), required.toString());
        assertFalse(required.contains("note") || required.contains("partner"), required.toString());
        assertEquals(List.of("string", "null"), texts(sample.at("/properties/note/type")));
        assertEquals("null", sample.at("/properties/partner/anyOf/1/type").asText());
        JsonNode sparse = components.get("Sparse");
        assertEquals(List.of("id"), texts(sparse.get("required")));
        assertEquals("string", sparse.at("/properties/extra/type").asText(), "left out, never written as null");
    }

    @Test
    void schema_whenWrittenValuesAreChecked_shouldAcceptWhatJacksonWritesAndRefuseAnUnknownField() {
        generator.schema(Sample.class);
        Sample value = new Sample("a", 2, null, List.of(new Child("c", Color.RED)), Map.of("k", new Child("d",
                Color.GREEN)), Set.of(Color.RED), Instant.parse("2026-04-01T09:00:00Z"), LocalDate.of(2026, 4, 1), 3,
                List.of("x"), null, 0.5, true);
        ObjectNode written = RestApi.JSON.valueToTree(value);

        assertEquals(Set.of(), validate("Sample", written));
        written.put("unknown", 1);
        assertEquals(1, validate("Sample", written).size());
        written.remove("unknown");
        written.remove("text");
        assertEquals(1, validate("Sample", written).size());
    }

    @Test
    void schema_whenAGenericRecord_shouldNameItAfterItsArgument() {
        JsonNode ref = generator.schema(SchemaGenerator.generic(Box.class, Child.class));

        assertEquals("#/components/schemas/ChildBox", ref.get("$ref").asText());
        assertEquals("#/components/schemas/Child", components.at("/ChildBox/properties/item/$ref").asText());
        assertEquals("#/components/schemas/Child", components.at("/ChildBox/properties/more/items/$ref").asText());
    }

    @Test
    void schema_whenTwoTypesWouldShareAName_shouldRefuse() {
        SchemaGenerator sameName = new SchemaGenerator(components, c -> c == Color.class ? "Color" : "Same",
                Map.of());
        sameName.schema(Child.class);

        assertThrows(IllegalStateException.class, () -> sameName.schema(Sparse.class));
    }

    @Test
    void schema_whenATypeIsNeitherRecordNorEnum_shouldRefuseRatherThanGuess() {
        assertThrows(IllegalArgumentException.class, () -> generator.schema(StringBuilder.class));
    }

    @Test
    void document_whenGenerated_shouldDescribeEveryComponentOfEveryRecordItNames() {
        List<String> wrong = new ArrayList<>();
        Map<String, java.lang.reflect.Type> generated;
        JsonNode schemas;
        try (ApiFixture api = new ApiFixture()) {
            generated = api.api.openApi().generated();
            schemas = api.api.openApi().node().at("/components/schemas");
        }

        generated.forEach((name, type) -> {
            if (type instanceof Class<?> c && c.isRecord()) {
                List<String> documented = fieldNames(schemas.get(name).get("properties"));
                if (!names(c).equals(documented)) {
                    wrong.add(name + ": " + documented + " for " + names(c));
                }
            }
        });

        assertEquals(List.of(), wrong);
        assertTrue(generated.keySet().containsAll(List.of("Assessment", "AssessmentRisk", "AssessmentRules",
                "Project", "Problem", "FieldError", "Catalogue", "TreeHead", "RiskLevel")), generated.toString());
    }

    private Set<ValidationMessage> validate(String name, JsonNode value) {
        ObjectNode root = RestApi.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.putObject("components").set("schemas", components);
        root.put("$ref", "#/components/schemas/" + name);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root).validate(value);
    }

    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).sorted().toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
