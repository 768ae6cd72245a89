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
    private record PartKind<T>(String segment, String schema, String idParam, String noun,
                               BiFunction<PartReader, String, Parsed<T>> read,
                               Function<T, String> idOf,
                               Function<GovernanceProject, List<T>> ofProject,
                               Function<ScenarioDocument, List<?>> ofDocument,
                               Function<T, Change> add, Function<T, Change> replace,
                               Function<String, Change> remove) {

        String words() {
            return noun.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
    }

    private static final List<PartKind<?>> KINDS = List.of(
            new PartKind<Service>("services", "Service", "serviceId", "Service",
                    (r, text) -> r.service(text, Syntax.JSON), s -> s.id().value(), GovernanceProject::services,
                    ScenarioDocument::services, Change.AddService::new, Change.ReplaceService::new,
                    id -> new Change.RemoveService(ServiceId.of(id))),
            new PartKind<Stakeholder>("stakeholders", "Stakeholder", "stakeholderId", "Stakeholder",
                    (r, text) -> r.stakeholder(text, Syntax.JSON), s -> s.id().value(),
                    GovernanceProject::stakeholders, ScenarioDocument::stakeholders, Change.AddStakeholder::new,
                    Change.ReplaceStakeholder::new, id -> new Change.RemoveStakeholder(StakeholderId.of(id))),
            new PartKind<DataAsset>("data-assets", "DataAsset", "dataAssetId", "DataAsset",
                    (r, text) -> r.dataAsset(text, Syntax.JSON), a -> a.id().value(), GovernanceProject::dataAssets,
                    ScenarioDocument::dataAssets, Change.AddDataAsset::new, Change.ReplaceDataAsset::new,
                    id -> new Change.RemoveDataAsset(DataAssetId.of(id))),
            new PartKind<DataFlow>("data-flows", "DataFlow", "dataFlowId", "DataFlow",
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
                .body("Engagement").conditional().returns(200, "Project").handle(this::recordEngagement);
    }

    private <T> void addTo(RouteTable table, PartKind<T> kind) {
        String collection = "/projects/{projectId}/" + kind.segment();
        String item = collection + "/{" + kind.idParam() + "}";
        String noun = kind.noun();
        String words = kind.words();
        table.get(item).id("get" + noun, PARTS, "Read a " + words + " of a project").roles(Roles.READERS)
                .returns(200, kind.schema()).handle((ctx, caller) -> get(ctx, caller, kind));
        table.post(collection).id("add" + noun, PARTS, "Add a " + words + " to a project").roles(Roles.EDITORS)
                .body(kind.schema()).conditional().returns(201, "Project").errors(409)
                .handle((ctx, caller) -> add(ctx, caller, kind));
        table.put(item).id("replace" + noun, PARTS, "Replace a " + words + " of a project").roles(Roles.EDITORS)
                .body(kind.schema()).conditional().returns(200, "Project").errors(409)
                .handle((ctx, caller) -> replace(ctx, caller, kind));
        table.delete(item).id("remove" + noun, PARTS, "Remove a " + words + " from a project")
                .roles(Roles.EDITORS).conditional().returns(200, "Project").errors(409)
                .handle((ctx, caller) -> remove(ctx, caller, kind));
    }

    private <T> void get(Context ctx, Caller caller, PartKind<T> kind) {
        GovernanceProject project = projects.visible(ctx, caller);
        String partId = ctx.pathParam(kind.idParam());
        List<T> parts = kind.ofProject().apply(project);
        for (int i = 0; i < parts.size(); i++) {
            if (kind.idOf().apply(parts.get(i)).equals(partId)) {
                Object part = kind.ofDocument().apply(projects.writer().document(project.parts())).get(i);
                Answers.json(ctx, 200, part, Http.etag(project));
                return;
            }
        }
        throw ApiProblem.notFound("project \"" + project.id() + "\" has no " + kind.words() + " \"" + partId + "\"");
    }

    private <T> void add(Context ctx, Caller caller, PartKind<T> kind) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        T part = bodies.part(ctx, kind.read());
        GovernanceProject changed = change(id, version, kind.add().apply(part), caller);
        ctx.header("Location", "/projects/" + id + "/" + kind.segment() + "/" + kind.idOf().apply(part));
        projects.write(ctx, 201, changed);
    }

    private <T> void replace(Context ctx, Caller caller, PartKind<T> kind) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        T part = bodies.part(ctx, kind.read());
        String pathId = ctx.pathParam(kind.idParam());
        if (!kind.idOf().apply(part).equals(pathId)) {
            throw new ApiProblem(400, "invalid-body", "The request body is invalid",
                    "the body describes \"" + kind.idOf().apply(part) + "\" but the path names \"" + pathId + "\"",
                    List.of(new ApiProblem.FieldError("id", null, "must be \"" + pathId
                            + "\", the id in the path (an id cannot change; remove the part and add a new one)")));
        }
        projects.write(ctx, 200, change(id, version, kind.replace().apply(part), caller));
    }

    private <T> void remove(Context ctx, Caller caller, PartKind<T> kind) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        String partId = ctx.pathParam(kind.idParam());
        if (!Ids.isKebabCase(partId)) {
            throw ApiProblem.notFound("project \"" + id + "\" has no " + kind.words() + " \"" + partId + "\"");
        }
        projects.write(ctx, 200, change(id, version, kind.remove().apply(partId), caller));
    }

    private void recordEngagement(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        EngagementActivity activity = bodies.part(ctx, (reader, text) -> reader.engagement(text, Syntax.JSON));
        String stakeholder = ctx.pathParam("stakeholderId");
        if (!Ids.isKebabCase(stakeholder)) {
            throw ApiProblem.notFound("project \"" + id + "\" has no stakeholder \"" + stakeholder + "\"");
        }
        projects.write(ctx, 200, value(useCases.recordEngagement().record(new RecordEngagement.Command(id,
                StakeholderId.of(stakeholder), activity, ProjectAccess.actor(caller), OptionalLong.of(version)))));
    }

    private GovernanceProject change(ProjectId id, long version, Change change, Caller caller) {
        return value(useCases.changeProject().change(new ChangeProject.Command(id, change,
                ProjectAccess.actor(caller), OptionalLong.of(version))));
    }
}
