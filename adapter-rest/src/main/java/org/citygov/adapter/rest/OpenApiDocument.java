package org.citygov.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.domain.rule.RuleKind;

/**
 * The OpenAPI 3.1 document of the API, built from the same {@link Operation}s that register the routes, so a route
 * cannot exist undocumented. The scenario format's shapes come from {@code docs/scenario.schema.json} (copied into
 * this jar at build time; a drift test keeps it equal to the code's enumerations), with its rule as one schema per
 * kind under a {@code kind} discriminator; every other shape is generated from the record that the route writes or
 * reads ({@link ApiSchemas}). Each operation shows who may call it, in its description and as
 * {@code x-citygov-roles}, and an example of its body and of its answer where there is one ({@link ApiExamples}).
 */
final class OpenApiDocument {

    static final String VERSION = "1.0.0";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    /** The scenario schema's names that read differently in the API: none generic enough to collide in a client. */
    static final Map<String, String> RENAMED = Map.of("Project", "ProjectOverview", "Kind", "EventKind",
            "Direction", "ThresholdDirection", "Date", "CalendarDate");

    private final ObjectNode root;
    private final Map<String, java.lang.reflect.Type> generated;
    private final Map<java.lang.reflect.Type, String> names = new HashMap<>();

    private OpenApiDocument(ObjectNode root, Map<String, java.lang.reflect.Type> generated,
                            Map<Class<?>, String> external) {
        this.root = root;
        this.generated = Map.copyOf(generated);
        generated.forEach((name, type) -> names.put(type, name));
        names.putAll(external);
    }

    /** The name of the schema that describes {@code type} (a body's type), if the document has one. */
    java.util.Optional<String> schemaName(java.lang.reflect.Type type) {
        return java.util.Optional.ofNullable(names.get(type));
    }

    /** The schemas generated from records and enumerations, with the type each describes. */
    Map<String, java.lang.reflect.Type> generated() {
        return generated;
    }

    static OpenApiDocument of(List<Operation> operations, ApiExamples examples) {
        ObjectNode root = RestApi.JSON.createObjectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "CityGov API");
        info.put("version", VERSION);
        info.put("description", "Smart-city data governance: projects and their parts, the governance cycle and its"
                + " history, assessments, rules and their versions, KPIs and triggered revisions, the audit trail, the"
                + " catalogue, data subjects' rights and the linkage log.\n\n"
                + "Every error is an RFC 9457 problem (`application/problem+json`); its `type` is a page under"
                + " `/problems/` that explains it. Changes of a project need `If-Match` with the project's ETag"
                + " (`\"<id>-v<version>\"`): 428 without it, 412 when the project has changed since. Creates answer"
                + " 201 with `Location` and the created item.\n\n"
                + "Authenticate with `Authorization: Bearer <token>`; tokens are issued by `citygov token create` or"
                + " `POST /tokens`. Each operation lists the roles that may call it (also as `x-citygov-roles`); a"
                + " PROVIDER sees only projects in which a stakeholder has its token's name. A CITIZEN token's name is"
                + " a data subject's id: it reaches only that subject's own linkages, consents and correction requests"
                + " under `/me`; the operator (ADMIN) answers those requests under `/corrections`.\n\n"
                + "Data platforms (MARKET.md): OPERATOR, PROVIDER and USER tokens are named by a participant id and"
                + " reach only the platforms, offers, agreements and log entries that concern it; a refused listing"
                + " or agreement is a 422 problem whose `findings` carry MARKET.md's codes.");
        root.putArray("servers").addObject().put("url", "/");
        ArrayNode tags = root.putArray("tags");
        new TreeSet<>(operations.stream().map(Operation::tag).toList()).forEach(t -> tags.addObject().put("name", t));

        ObjectNode components = RestApi.JSON.createObjectNode();
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "An API token from `citygov token create`");
        ObjectNode schemas = components.putObject("schemas");
        Map<Class<?>, String> external = scenarioSchemas(schemas);
        SchemaGenerator generator = new SchemaGenerator(schemas, ApiSchemas::name, external);
        generator.schema(Representations.Problem.class);

        ObjectNode paths = root.putObject("paths");
        for (Operation op : RestApi.sorted(operations)) {
            ObjectNode item = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : paths.putObject(op.path());
            item.set(op.method().name().toLowerCase(Locale.ROOT), operation(op, generator, examples));
        }
        root.set("components", components);
        return new OpenApiDocument(root, generator.described(), external);
    }

    JsonNode node() {
        return root;
    }

    byte[] bytes() {
        try {
            return RestApi.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- operations --------------------------------------------------------------------------------------------

    private static ObjectNode operation(Operation op, SchemaGenerator generator, ApiExamples examples) {
        ObjectNode o = RestApi.JSON.createObjectNode();
        o.put("operationId", op.operationId());
        o.put("summary", op.summary());
        List<String> roles = op.roles().stream().sorted().map(Enum::name).toList();
        o.put("description", op.isPublic() ? "**Public**: no token needed."
                : "**Roles**: " + String.join(", ", roles) + ".");
        o.putArray("tags").add(op.tag());
        ArrayNode security = o.putArray("security");
        if (!op.isPublic()) {
            security.addObject().putArray("bearer");
        }
        ArrayNode rolesNode = o.putArray("x-citygov-roles");
        roles.forEach(rolesNode::add);

        ArrayNode parameters = RestApi.JSON.createArrayNode();
        Matcher m = PATH_PARAMETER.matcher(op.path());
        while (m.find()) {
            ObjectNode p = parameters.addObject();
            p.put("name", m.group(1));
            p.put("in", "path");
            p.put("required", true);
            p.set("schema", switch (m.group(1)) {
                case "seq" -> integer(0);
                case "sequence", "version" -> integer(1);
                case "consentId", "correctionId", "problemType" -> string().put("minLength", 1);
                default -> ref("Id");
            });
        }
        if (op.conditional()) {
            ObjectNode p = parameters.addObject();
            p.put("name", "If-Match");
            p.put("in", "header");
            p.put("required", true);
            p.put("description", "The ETag of the project as last read: `\"<id>-v<version>\"`");
            p.set("schema", string());
            p.put("example", "\"kashiwanoha-frailty-v3\"");
        }
        if (op.paged()) {
            ObjectNode offset = parameters.addObject();
            offset.put("name", "offset").put("in", "query").put("required", false)
                    .put("description", "How many items to skip (default 0)");
            offset.set("schema", integer(0));
            ObjectNode limit = parameters.addObject();
            limit.put("name", "limit").put("in", "query").put("required", false)
                    .put("description", "How many items at most (default " + Http.DEFAULT_LIMIT + ")");
            limit.set("schema", integer(1).put("maximum", Http.MAX_LIMIT));
        }
        for (Operation.QueryParameter q : op.query()) {
            ObjectNode p = parameters.addObject();
            p.put("name", q.name()).put("in", "query").put("required", q.required()).put("description",
                    q.description());
            p.set("schema", switch (q.type()) {
                case VERSION -> integer(1);
                case INSTANT -> string().put("format", "date-time");
                case LANGUAGE -> enumeration("en", "ja");
                case SIZE -> integer(0);
                case CORRECTION_STATE -> generator.schema(org.citygov.domain.linkage.CorrectionRequest.State.class);
            });
        }
        if (!parameters.isEmpty()) {
            o.set("parameters", parameters);
        }
        if (op.requestSchema() != null) {
            ObjectNode body = o.putObject("requestBody");
            body.put("required", true);
            ObjectNode media = body.putObject("content").putObject("application/json");
            media.set("schema", generator.schema(op.requestSchema()));
            examples.of(op.requestSchema()).ifPresent(e -> media.set("example", e));
        }
        ObjectNode responses = o.putObject("responses");
        ObjectNode ok = responses.putObject(String.valueOf(op.status()));
        ok.put("description", switch (op.status()) {
            case 201 -> "Created";
            case 204 -> "Done; the ETag is the changed project's";
            default -> "OK";
        });
        if (op.responseSchema() != null) {
            boolean text = op.responseType().startsWith("text/") || op.responseType().startsWith("image/");
            ObjectNode content = ok.putObject("content");
            ObjectNode media = content.putObject(op.responseType());
            media.set("schema", text ? string() : generator.schema(op.responseSchema()));
            if (!text) {
                examples.of(op.responseSchema()).ifPresent(e -> media.set("example", e));
            }
            if (op.jsonAlternative() != null) {
                content.putObject("application/json").set("schema", generator.schema(op.jsonAlternative()));
            }
        }
        ObjectNode headers = ok.putObject("headers");
        headers.putObject("ETag").put("description", "The version of what was returned").set("schema", string());
        if (op.status() == 201) {
            headers.putObject("Location").put("description", "Where the created item is read from now on")
                    .set("schema", string());
        }
        TreeSet<Integer> problems = new TreeSet<>(op.errors());
        if (!op.isPublic()) {
            problems.addAll(List.of(401, 403));
        }
        if (op.path().contains("{")) {
            problems.add(404);
        }
        if (op.requestSchema() != null || op.paged() || !op.query().isEmpty()) {
            problems.add(400);
        }
        if (op.requestSchema() != null) {
            problems.addAll(List.of(408, 413, 415));
        }
        if (op.conditional()) {
            problems.addAll(List.of(412, 428));
        }
        for (int status : problems) {
            ObjectNode r = responses.putObject(String.valueOf(status));
            r.put("description", reason(status));
            ObjectNode media = r.putObject("content").putObject("application/problem+json");
            media.set("schema", ref("Problem"));
            examples.problem(status, op).ifPresent(e -> media.set("example", e));
        }
        ObjectNode fault = responses.putObject("default");
        fault.put("description", "A problem: any other refusal, or 500 for a fault (logged with the request id)");
        fault.putObject("content").putObject("application/problem+json").set("schema", ref("Problem"));
        return o;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "The request is invalid; errors lists every invalid field with its path (and line)";
            case 401 -> "No valid bearer token";
            case 403 -> "The token's role may not do this";
            case 404 -> "No such resource (or not visible to this token)";
            case 409 -> "The current state does not allow this; a refused cycle move lists what is missing";
            case 412 -> "If-Match is not the project's current version";
            case 408 -> "The body did not arrive in full within the server's body timeout (the connection is closed)";
            case 413 -> "The body is larger than the server accepts";
            case 415 -> "The body is not declared application/json";
            case 422 -> "Refused by the platform's rules: findings lists the finding codes (MARKET.md)";
            case 428 -> "If-Match is missing";
            case 503 -> "Not ready";
            default -> "A problem";
        };
    }

    // ---- the scenario format's schemas -------------------------------------------------------------------------

    /**
     * The scenario format's schema, its $defs as components (renamed where generic) and itself as {@code Scenario};
     * its rule as one schema per kind. Returns the classes of {@link ScenarioDocument} these describe.
     */
    private static Map<Class<?>, String> scenarioSchemas(ObjectNode schemas) {
        JsonNode scenario;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("scenario.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("scenario.schema.json is not in the jar; the build copies it from"
                        + " docs");
            }
            scenario = RestApi.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode copy = (ObjectNode) rewrite(scenario.deepCopy());
        ObjectNode defs = (ObjectNode) copy.remove("$defs");
        copy.remove("$schema");
        copy.remove("$id");
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            schemas.set(RENAMED.getOrDefault(def.getKey(), def.getKey()), def.getValue());
        }
        schemas.set("Scenario", copy);
        rulesByKind(schemas);
        Map<Class<?>, String> external = new HashMap<>();
        external.put(ScenarioDocument.class, "Scenario");
        for (Class<?> part : ScenarioDocument.class.getDeclaredClasses()) {
            String name = RENAMED.getOrDefault(part.getSimpleName(), part.getSimpleName());
            if (part.isRecord() && schemas.has(name)) {
                external.put(part, name);
            }
        }
        return external;
    }

    /**
     * The file's rule, one object with every kind's terms and conditions on {@code kind}, as a {@code oneOf} of one
     * schema per kind with the common fields and that kind's terms (all required), so a generated client has a type
     * per kind with its terms typed.
     */
    private static void rulesByKind(ObjectNode schemas) {
        ObjectNode rule = (ObjectNode) schemas.get("Rule");
        ObjectNode all = (ObjectNode) rule.get("properties");
        List<String> terms = java.util.Arrays.stream(RuleKind.values())
                .flatMap(k -> ScenarioDocument.ruleTerms(k).stream()).toList();
        ObjectNode oneOf = RestApi.JSON.createObjectNode();
        ArrayNode choices = oneOf.putArray("oneOf");
        ObjectNode mapping = oneOf.putObject("discriminator").put("propertyName", "kind").putObject("mapping");
        for (RuleKind kind : RuleKind.values()) {
            String name = pascal(kind.name()) + "Rule";
            ObjectNode schema = RestApi.JSON.createObjectNode().put("type", "object")
                    .put("description", "A " + kind + " rule: the common fields and its terms, "
                            + String.join(", ", ScenarioDocument.ruleTerms(kind)));
            schema.put("additionalProperties", false);
            ArrayNode required = schema.putArray("required");
            rule.get("required").forEach(required::add);
            ObjectNode properties = schema.putObject("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                boolean ownTerm = ScenarioDocument.ruleTerms(kind).contains(field.getKey());
                if (field.getKey().equals("kind")) {
                    properties.set("kind", enumeration(kind.name()));
                } else if (ownTerm || !terms.contains(field.getKey())) {
                    properties.set(field.getKey(), field.getValue().deepCopy());
                }
                if (ownTerm) {
                    required.add(field.getKey());
                }
            }
            schemas.set(name, schema);
            choices.addObject().put("$ref", "#/components/schemas/" + name);
            mapping.put(kind.name(), "#/components/schemas/" + name);
        }
        schemas.set("Rule", oneOf);
    }

    private static String pascal(String constant) {
        StringBuilder out = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /** $refs to components, string enumerations typed as strings, a string constant as a one-value enumeration. */
    private static JsonNode rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
                String name = ref.asText().substring("#/$defs/".length());
                object.put("$ref", "#/components/schemas/" + RENAMED.getOrDefault(name, name));
            }
            if (object.has("enum") && !object.has("type")) {
                object.put("type", "string");
            }
            if (object.has("const") && object.get("const").isTextual()) {
                object.put("type", "string").putArray("enum").add(object.remove("const"));
            }
            object.fields().forEachRemaining(e -> rewrite(e.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApiDocument::rewrite);
        }
        return node;
    }

    // ---- a small schema vocabulary -----------------------------------------------------------------------------

    private static ObjectNode ref(String name) {
        return RestApi.JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    private static ObjectNode string() {
        return RestApi.JSON.createObjectNode().put("type", "string");
    }

    private static ObjectNode integer(int min) {
        return RestApi.JSON.createObjectNode().put("type", "integer").put("minimum", min);
    }

    private static ObjectNode enumeration(String... values) {
        ObjectNode n = string();
        ArrayNode e = n.putArray("enum");
        for (String v : values) {
            e.add(v);
        }
        return n;
    }
}
