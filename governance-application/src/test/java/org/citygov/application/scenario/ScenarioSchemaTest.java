package org.citygov.application.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.citygov.domain.data.Beneficiary;
import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataSubject;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.evaluation.KpiKind;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.evaluation.Threshold;
import org.citygov.domain.project.Benefit;
import org.citygov.domain.project.PromotionStage;
import org.citygov.domain.project.RegionProfile;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.project.Site;
import org.citygov.domain.rule.AccuracyCheck;
import org.citygov.domain.rule.ConsentScope;
import org.citygov.domain.rule.IncentiveType;
import org.citygov.domain.rule.IndividualRight;
import org.citygov.domain.rule.MinimizationMeasure;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleStatus;
import org.citygov.domain.rule.SecurityControlType;
import org.citygov.domain.rule.TransparencyItem;
import org.citygov.domain.stakeholder.Certification;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.Involvement;
import org.citygov.domain.stakeholder.StakeholderCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code docs/scenario.schema.json} accepts the examples, refuses broken files, and names the code's values. */
class ScenarioSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode schemaNode = read(Examples.folder().resolveSibling("docs/scenario.schema.json"));
    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(schemaNode);

    static List<Path> examples() {
        return Examples.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void schema_whenExample_shouldAccept(Path example) {
        Set<ValidationMessage> messages = schema.validate(read(example));

        assertTrue(messages.isEmpty(), messages::toString);
    }

    @Test
    void schema_whenUnknownField_shouldRefuseAtThatField() {
        ObjectNode doc = (ObjectNode) read(Examples.named("education-data.json"));
        ((ObjectNode) doc.get("services").get(1)).put("owner", "city");

        Set<ValidationMessage> messages = schema.validate(doc);

        assertEquals(1, messages.size(), messages::toString);
        ValidationMessage message = messages.iterator().next();
        assertEquals("additionalProperties", message.getType());
        assertTrue(message.getInstanceLocation().toString().contains("services[1]")
                || message.getInstanceLocation().toString().contains("services/1"), message::toString);
    }

    @Test
    void schema_whenRatingOutOfRangeAndEnumWrong_shouldRefuseBoth() {
        ObjectNode doc = (ObjectNode) read(Examples.named("education-data.json"));
        ((ObjectNode) doc.get("stakeholders").get(0)).put("impact", 0);
        ((ObjectNode) doc.get("dataFlows").get(0)).put("legalBasis", "CONTRACT");

        Set<ValidationMessage> messages = schema.validate(doc);

        List<String> types = messages.stream().map(ValidationMessage::getType).sorted().toList();
        assertEquals(List.of("enum", "minimum"), types, messages::toString);
    }

    @Test
    void schema_whenRequiredFieldMissing_shouldRefuse() {
        ObjectNode doc = (ObjectNode) read(Examples.named("education-data.json"));
        ((ObjectNode) doc.get("dataAssets").get(0)).remove("retentionDays");

        Set<ValidationMessage> messages = schema.validate(doc);

        assertFalse(messages.isEmpty());
        assertEquals("required", messages.iterator().next().getType());
    }

    /** The schema is written by hand; this keeps its enumerations equal to the domain's, so neither drifts. */
    @Test
    void schema_enumerations_shouldEqualTheDomainEnums() {
        List<Class<? extends Enum<?>>> enums = List.of(PromotionStage.class, RegionProfile.class,
                DataCategory.class, ServiceField.class, Site.class, Benefit.class, StakeholderCategory.class, Involvement.class,
                Certification.class, EngagementMethod.class, DataSubject.class, Identifiability.class,
                SubjectGroup.class, Safeguard.class, LifecycleStage.class, CollectionMethod.class, PurposeKind.class,
                Beneficiary.class, LegalBasis.class, NoticeChannel.class, RuleLevel.class, RuleKind.class,
                RuleStatus.class, ConsentScope.class, IndividualRight.class, TransparencyItem.class,
                MinimizationMeasure.class, SecurityControlType.class, AccuracyCheck.class, IncentiveType.class,
                KpiKind.class, Threshold.Direction.class, ProjectEvent.Kind.class);
        for (Class<? extends Enum<?>> type : enums) {
            JsonNode values = schemaNode.at("/$defs/" + type.getSimpleName() + "/enum");
            List<String> inSchema = new ArrayList<>();
            values.forEach(v -> inSchema.add(v.asText()));
            List<String> inCode = Stream.of(type.getEnumConstants()).map(Enum::name).toList();
            assertEquals(inCode, inSchema, type.getSimpleName());
        }
        assertEquals(Arrays.stream(ScenarioDocument.class.getRecordComponents()).map(c -> c.getName()).toList(),
                fieldNames(schemaNode.get("properties")), "top-level fields");
    }

    /** Every part of the document has the fields of its record, no more and no fewer. */
    @Test
    void schema_partFields_shouldEqualTheDocumentRecords() {
        List<Class<?>> parts = List.of(ScenarioDocument.Service.class, ScenarioDocument.Stakeholder.class,
                ScenarioDocument.DataAsset.class, ScenarioDocument.DataFlow.class, ScenarioDocument.Purpose.class);
        for (Class<?> part : parts) {
            assertEquals(Arrays.stream(part.getRecordComponents()).map(c -> c.getName()).toList(),
                    fieldNames(schemaNode.at("/$defs/" + part.getSimpleName() + "/properties")), part.getSimpleName());
        }
    }

    @Test
    void schema_whenServiceNamesSites_shouldAcceptKnownSitesAndRefuseOthers() {
        ObjectNode doc = (ObjectNode) read(Examples.named("kashiwanoha-ai-cameras.json"));
        ((ObjectNode) doc.get("services").get(0)).putArray("sites").add("URBAN_PARK").add("ROAD");
        assertTrue(schema.validate(doc).isEmpty(), () -> schema.validate(doc).toString());

        ((ObjectNode) doc.get("services").get(0)).putArray("sites").add("SEA");
        assertFalse(schema.validate(doc).isEmpty());
    }

    /** The schema's per-kind required term fields are the mapper's table. */
    @Test
    void schema_ruleTerms_shouldEqualTheMappersTable() {
        JsonNode conditions = schemaNode.at("/$defs/Rule/allOf");
        int kinds = 0;
        for (JsonNode condition : conditions) {
            JsonNode kind = condition.at("/if/properties/kind/const");
            if (kind.isMissingNode()) {
                continue;
            }
            List<String> required = new ArrayList<>();
            condition.at("/then/required").forEach(f -> required.add(f.asText()));
            assertEquals(RuleTermsMapper.TAKES.get(RuleKind.valueOf(kind.asText())), required, kind.asText());
            kinds++;
        }
        assertEquals(RuleKind.values().length, kinds);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
