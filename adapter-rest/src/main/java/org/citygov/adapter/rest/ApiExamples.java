package org.citygov.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.citygov.application.input.Syntax;
import org.citygov.application.platform.PlatformDocument;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.report.AssessmentDocument;
import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.application.scenario.ScenarioWriter;
import org.citygov.domain.access.Role;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.stakeholder.EngagementMethod;

/**
 * The examples of the API document, made from the bundled example scenario ({@code examples/kashiwanoha-frailty.json})
 * and platform ({@code examples/platform/sapporo-exchange-market.json})
 * by the code that writes real answers: its parts as request bodies, the project it registers, its assessment, and
 * one request of each of the API's own shapes. A test checks every example against its schema.
 */
final class ApiExamples {

    static final String PROJECT = "kashiwanoha-frailty";
    private static final Instant REGISTERED = Instant.parse("2026-04-01T09:00:00Z");

    private final Map<Type, JsonNode> examples = new HashMap<>();

    ApiExamples(UseCases useCases) {
        String text = resource(PROJECT + ".json");
        ProjectParts parts = switch (new ScenarioLoader().read(text, Syntax.JSON)) {
            case ScenarioReading.Valid valid -> valid.scenario().parts();
            case ScenarioReading.Invalid invalid -> throw new IllegalStateException("the bundled example is invalid: "
                    + invalid.problems());
        };
        ScenarioDocument doc = new ScenarioWriter().document(parts);
        put(ScenarioDocument.class, parse(text));
        put(ScenarioDocument.Project.class, doc.project());
        put(ScenarioDocument.Service.class, doc.services().getFirst());
        put(ScenarioDocument.Stakeholder.class, doc.stakeholders().getFirst());
        put(ScenarioDocument.DataAsset.class, doc.dataAssets().getFirst());
        put(ScenarioDocument.DataFlow.class, doc.dataFlows().getFirst());
        put(ScenarioDocument.Rule.class, doc.rules().getFirst());
        put(ScenarioDocument.Kpi.class, doc.kpis().getFirst());
        put(ScenarioDocument.Engagement.class, new ScenarioDocument.Engagement(EngagementMethod.BRIEFING,
                LocalDate.of(2024, 5, 1), "briefing of the care providers' association"));
        put(ScenarioDocument.Measurement.class, new ScenarioDocument.Measurement(LocalDate.of(2024, 9, 30), 1.0));
        put(ScenarioDocument.Event.class, new ScenarioDocument.Event(ProjectEvent.Kind.TECHNOLOGY_CHANGE,
                LocalDate.of(2024, 10, 1), "a new risk model replaces the questionnaire score", null));
        GovernanceProject project = GovernanceProject.create(parts, Actor.of("analyst"), REGISTERED).orElseThrow()
                .withVersion(1);
        ProjectAccess access = new ProjectAccess(useCases);
        put(Representations.Project.class, access.representation(project));
        put(Representations.CyclePosition.class, access.position(project));
        put(AssessmentDocument.class, AssessmentDocument.of(Answers.value(useCases.assessProject().assess(parts))));
        put(Representations.CycleMove.class, new Representations.CycleMove(MoveCycle.Direction.ADVANCE,
                "overview agreed with the promotion office"));
        put(Representations.RuleApproval.class, new Representations.RuleApproval(null, LocalDate.of(2024, 6, 1)));
        put(Representations.TokenRequest.class, new Representations.TokenRequest("open-data-team", Role.ANALYST));
        put(Representations.ConsentGrant.class, new Representations.ConsentGrant(PROJECT, "research-dataset",
                PurposeKind.RESEARCH));
        put(Representations.CorrectionFiling.class, new Representations.CorrectionFiling(PROJECT, "research-dataset",
                "my birth year is 1951, not 1915"));
        put(Representations.CorrectionAnswer.class, new Representations.CorrectionAnswer(
                Representations.CorrectionOutcome.RESOLVED, "corrected in the resident register"));
        JsonNode platform = parse(resource("platform/sapporo-exchange-market.json"));
        put(PlatformDocument.class, platform);
        put(PlatformDocument.Offer.class, platform.get("offers").get(0));
        put(PlatformRepresentations.AgreementRequest.class, RestApi.JSON.createObjectNode().put("id", "lab-research")
                .put("offer", platform.get("offers").get(0).get("id").asText())
                .put("user", "hokudai-mobility-lab").put("purpose", "RESEARCH"));
        put(Representations.DecisionRequest.class, new Representations.DecisionRequest(PROJECT, "university", null,
                "research-dataset", PurposeKind.RESEARCH, "resident-0042", List.of("age", "frailty-score")));
    }

    /** The example of a body of {@code type}, if the document has one. */
    Optional<JsonNode> of(Type type) {
        return Optional.ofNullable(examples.get(type)).map(JsonNode::deepCopy);
    }

    /** Every example, by the type of body it shows. */
    Map<Type, JsonNode> all() {
        return Map.copyOf(examples);
    }

    /** An example of the problem {@code op} answers with {@code status}. */
    Optional<JsonNode> problem(int status, Operation op) {
        String slug = switch (status) {
            case 400 -> op.requestSchema() != null ? "invalid-body" : "invalid-query";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 408 -> "request-timeout";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "content-too-large";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            case 503 -> "not-ready";
            default -> null;
        };
        if (slug == null) {
            return Optional.empty();
        }
        ProblemTypes.Explanation e = ProblemTypes.explain(slug).orElseThrow();
        String instance = op.path().replace("{projectId}", PROJECT);
        List<ApiProblem.FieldError> errors = status == 400 && op.requestSchema() != null
                ? List.of(new ApiProblem.FieldError("services[0].field", 4, "must be one of HEALTH_AND_WELFARE, …"))
                : List.of();
        List<Representations.Missing> missing = status == 409 && op.operationId().equals("moveCycle")
                ? List.of(new Representations.Missing("stakeholders[1].engagements", "the HIGH stakeholder"
                + " older-residents has not been heard: record an engagement that gathers its views (information"
                + " gathering, two-way or involvement, Table 5-1)"))
                : List.of();
        return Optional.of(RestApi.JSON.valueToTree(new Representations.Problem("/problems/" + slug, e.title(),
                e.status(), e.meaning(), instance, "4f1c2b9e-8d0a-4a57-9e39-2f6d1c0b7a21", errors, missing, List.of())));
    }

    private void put(Type type, Object example) {
        examples.put(type, example instanceof JsonNode node ? node : RestApi.JSON.valueToTree(example));
    }

    private static JsonNode parse(String text) {
        try {
            return RestApi.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ApiExamples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not in the jar; the build copies it from examples/");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
