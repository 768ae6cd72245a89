package org.citygov.adapter.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.javalin.http.HandlerType;

/**
 * The route table of the API: every resource, in the order of this list, adds its operations here. One operation is
 * both a Javalin route and an entry of the API document; who may call it is declared with it ({@link Roles}).
 */
final class RouteTable {

    private final List<Operation> operations = new ArrayList<>();

    private RouteTable() {
    }

    /** Every operation of the API. {@code document} is the API document, known once the operations are. */
    static List<Operation> of(UseCases useCases, RestSettings settings, Supplier<byte[]> document) {
        Bodies bodies = new Bodies(settings.maxBodyBytes());
        ProjectAccess projects = new ProjectAccess(useCases);
        List<Resource> resources = List.of(
                new SystemResource(settings, document),
                new ProjectResource(useCases, bodies, projects),
                new PartResource(useCases, bodies, projects),
                new CycleResource(useCases, bodies, projects),
                new AssessmentResource(useCases, bodies, projects),
                new RuleResource(useCases, bodies, projects),
                new EvaluationResource(useCases, bodies, projects),
                new HistoryResource(useCases, projects),
                new ReportResource(useCases, projects),
                new PublicationResource(useCases, bodies, projects),
                new CatalogueResource(useCases),
                new TokenResource(useCases, bodies),
                new MyDataResource(useCases, bodies),
                new CorrectionResource(useCases, bodies),
                new LinkageLogResource(useCases),
                new LinkageDecisionResource(useCases, bodies),
                new PlatformAssessmentResource(useCases, bodies),
                new PlatformResource(useCases, bodies),
                new OfferResource(useCases, bodies),
                new AgreementResource(useCases, bodies),
                new PlatformLogResource(useCases));
        RouteTable table = new RouteTable();
        resources.forEach(resource -> resource.addTo(table));
        return List.copyOf(table.operations);
    }

    Operation.Builder get(String path) {
        return new Operation.Builder(HandlerType.GET, path, operations::add);
    }

    Operation.Builder post(String path) {
        return new Operation.Builder(HandlerType.POST, path, operations::add);
    }

    Operation.Builder put(String path) {
        return new Operation.Builder(HandlerType.PUT, path, operations::add);
    }

    Operation.Builder delete(String path) {
        return new Operation.Builder(HandlerType.DELETE, path, operations::add);
    }
}
