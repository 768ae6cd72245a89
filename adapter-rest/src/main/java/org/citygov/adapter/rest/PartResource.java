package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.javalin.http.Context;

import org.citygov.application.input.Parsed;
import org.citygov.application.input.Syntax;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.ChangeProject.Change;
import org.citygov.application.port.in.RecordEngagement;
import org.citygov.application.scenario.PartReader;
import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.Service;
import org.citygov.domain.project.ServiceId;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * A project's described parts, services, stakeholders, data assets and data flows, each in the scenario format's
 * shape: read, added, replaced, removed; and the engagements held with a stakeholder.
 */
final class PartResource implements Resource {

    private static final String PARTS = "Project parts";

    /** A kind of project part: its path segment, schema, reading, and the changes that add, replace, remove it. */
    private record PartKind<T>(String segment, Class<?> schema, String idParam, String noun,
                               BiFunction<PartReader, String, Parsed<T>> read,
                               Function<T, String> idOf,
                               Function<GovernanceProject, List<T>> ofProject,
                               Function<ScenarioDocument, List<?>> ofDocument,
                               Function<T, Change> add, Function<T, Change> replace,
                               Function<String, Change> remove) {

        /** The kind's noun in the problems' sentences ({@code noun.service} …). */
        ProblemText nounText() {
            return ProblemText.of("noun." + Character.toLowerCase(noun.charAt(0)) + noun.substring(1));
        }

        String words() {
            return noun.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
    }

    private static final List<PartKind<?>> KINDS = List.of(
            new PartKind<Service>("services", ScenarioDocument.Service.class, "serviceId", "Service",
                    (r, text) -> r.service(text, Syntax.JSON), s -> s.id().value(), GovernanceProject::services,
                    ScenarioDocument::services, Change.AddService::new, Change.ReplaceService::new,
                    id -> new Change.RemoveService(ServiceId.of(id))),
            new PartKind<Stakeholder>("stakeholders", ScenarioDocument.Stakeholder.class, "stakeholderId",
                    "Stakeholder",
                    (r, text) -> r.stakeholder(text, Syntax.JSON), s -> s.id().value(),
                    GovernanceProject::stakeholders, ScenarioDocument::stakeholders, Change.AddStakeholder::new,
                    Change.ReplaceStakeholder::new, id -> new Change.RemoveStakeholder(StakeholderId.of(id))),
            new PartKind<DataAsset>("data-assets", ScenarioDocument.DataAsset.class, "dataAssetId", "DataAsset",
                    (r, text) -> r.dataAsset(text, Syntax.JSON), a -> a.id().value(), GovernanceProject::dataAssets,
                    ScenarioDocument::dataAssets, Change.AddDataAsset::new, Change.ReplaceDataAsset::new,
                    id -> new Change.RemoveDataAsset(DataAssetId.of(id))),
            new PartKind<DataFlow>("data-flows", ScenarioDocument.DataFlow.class, "dataFlowId", "DataFlow",
                    (r, text) -> r.dataFlow(text, Syntax.JSON), f -> f.id().value(), GovernanceProject::dataFlows,
                    ScenarioDocument::dataFlows, Change.AddDataFlow::new, Change.ReplaceDataFlow::new,
                    id -> new Change.RemoveDataFlow(DataFlowId.of(id))));

    private final UseCases useCases;
    private final Bodies bodies;
    private final ProjectAccess projects;

    PartResource(UseCases useCases, Bodies bodies, ProjectAccess projects) {
        this.useCases = useCases;
        this.bodies = bodies;
        this.projects = projects;
    }

    @Override
    public void addTo(RouteTable table) {
        for (PartKind<?> kind : KINDS) {
            addTo(table, kind);
        }
        table.post("/projects/{projectId}/stakeholders/{stakeholderId}/engagements")
                .id("recordEngagement", PARTS, "Record an engagement held with a stakeholder").roles(Roles.EDITORS)
                .body(ScenarioDocument.Engagement.class).conditional().returns(201, ScenarioDocument.Engagement.class)
                .handle(this::recordEngagement);
    }

    private <T> void addTo(RouteTable table, PartKind<T> kind) {
        String collection = "/projects/{projectId}/" + kind.segment();
        String item = collection + "/{" + kind.idParam() + "}";
        String noun = kind.noun();
        String words = kind.words();
        table.get(collection).id("list" + noun + "s", PARTS, "List the " + words + "s of a project")
                .roles(Roles.READERS).paged().returns(200, Representations.pageOf(kind.schema()))
                .handle((ctx, caller) -> list(ctx, caller, kind));
        table.get(item).id("get" + noun, PARTS, "Read a " + words + " of a project").roles(Roles.READERS)
                .returns(200, kind.schema()).handle((ctx, caller) -> get(ctx, caller, kind));
        table.post(collection).id("add" + noun, PARTS, "Add a " + words + " to a project").roles(Roles.EDITORS)
                .body(kind.schema()).conditional().returns(201, kind.schema()).errors(409)
                .handle((ctx, caller) -> add(ctx, caller, kind));
        table.put(item).id("replace" + noun, PARTS, "Replace a " + words + " of a project").roles(Roles.EDITORS)
                .body(kind.schema()).conditional().returns(200, kind.schema()).errors(409)
                .handle((ctx, caller) -> replace(ctx, caller, kind));
        table.delete(item).id("remove" + noun, PARTS, "Remove a " + words + " from a project")
                .roles(Roles.EDITORS).conditional().returns(204, null).errors(409)
                .handle((ctx, caller) -> remove(ctx, caller, kind));
    }

    private <T> void list(Context ctx, Caller caller, PartKind<T> kind) {
        Http.PageRequest page = Http.page(ctx);
        GovernanceProject project = projects.visible(ctx, caller);
        Answers.json(ctx, 200, page.of(List.copyOf(kind.ofDocument().apply(projects.writer().document(
                project.parts())))), Http.etag(project));
    }

    private <T> void get(Context ctx, Caller caller, PartKind<T> kind) {
        GovernanceProject project = projects.visible(ctx, caller);
        String partId = ctx.pathParam(kind.idParam());
        Answers.json(ctx, 200, document(project, kind, partId).orElseThrow(() -> ApiProblem.notFound(
                ProblemText.of("project.part.none", project.id(), kind.nounText(), partId))), Http.etag(project));
    }

    /** The part as the scenario format writes it. */
    private <T> java.util.Optional<Object> document(GovernanceProject project, PartKind<T> kind, String partId) {
        List<T> parts = kind.ofProject().apply(project);
        for (int i = 0; i < parts.size(); i++) {
            if (kind.idOf().apply(parts.get(i)).equals(partId)) {
                return java.util.Optional.of(kind.ofDocument().apply(projects.writer().document(project.parts()))
                        .get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /** The part as the changed project now holds it, with the project's new ETag. */
    private <T> Object changedPart(GovernanceProject project, PartKind<T> kind, String partId) {
        return document(project, kind, partId).orElseThrow(() -> new IllegalStateException(kind.words() + " "
                + partId + " is not in project " + project.id() + " after changing it"));
    }

    private <T> void add(Context ctx, Caller caller, PartKind<T> kind) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        T part = bodies.part(ctx, kind.read());
        GovernanceProject changed = change(id, version, kind.add().apply(part), caller);
        String partId = kind.idOf().apply(part);
        Answers.created(ctx, "/projects/" + id + "/" + kind.segment() + "/" + partId,
                changedPart(changed, kind, partId), Http.etag(changed));
    }

    private <T> void replace(Context ctx, Caller caller, PartKind<T> kind) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        T part = bodies.part(ctx, kind.read());
        String pathId = ctx.pathParam(kind.idParam());
        if (!kind.idOf().apply(part).equals(pathId)) {
            throw ApiProblem.withErrors(400, "invalid-body", ProblemText.of("part.idMismatch",
                    kind.idOf().apply(part), pathId), List.of(ApiProblem.Error.of("id",
                    ProblemText.of("part.idMismatch.field", pathId))));
        }
        GovernanceProject changed = change(id, version, kind.replace().apply(part), caller);
        Answers.json(ctx, 200, changedPart(changed, kind, pathId), Http.etag(changed));
    }

    private <T> void remove(Context ctx, Caller caller, PartKind<T> kind) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        String partId = ctx.pathParam(kind.idParam());
        if (!Ids.isKebabCase(partId)) {
            throw ApiProblem.notFound(ProblemText.of("project.part.none", id, kind.nounText(), partId));
        }
        GovernanceProject changed = change(id, version, kind.remove().apply(partId), caller);
        Answers.noContent(ctx, Http.etag(changed));
    }

    private void recordEngagement(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        EngagementActivity activity = bodies.part(ctx, (reader, text) -> reader.engagement(text, Syntax.JSON));
        String stakeholder = ctx.pathParam("stakeholderId");
        if (!Ids.isKebabCase(stakeholder)) {
            throw ApiProblem.notFound(ProblemText.of("project.part.none", id,
                    ProblemText.of("noun.stakeholder"), stakeholder));
        }
        GovernanceProject changed = value(useCases.recordEngagement().record(new RecordEngagement.Command(id,
                StakeholderId.of(stakeholder), activity, ProjectAccess.actor(caller), OptionalLong.of(version))));
        // an engagement has no id of its own: it is kept, and read, with its stakeholder
        Answers.created(ctx, "/projects/" + id + "/stakeholders/" + stakeholder, new ScenarioDocument.Engagement(
                activity.method(), activity.heldOn(), activity.note().isEmpty() ? null : activity.note()),
                Http.etag(changed));
    }

    private GovernanceProject change(ProjectId id, long version, Change change, Caller caller) {
        return value(useCases.changeProject().change(new ChangeProject.Command(id, change,
                ProjectAccess.actor(caller), OptionalLong.of(version))));
    }
}
