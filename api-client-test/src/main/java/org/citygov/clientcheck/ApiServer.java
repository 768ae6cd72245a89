package org.citygov.clientcheck;

import java.util.List;

import org.citygov.adapter.persistence.catalogue.BundledCatalogue;
import org.citygov.adapter.persistence.linkage.InMemoryLinkageLog;
import org.citygov.adapter.persistence.linkage.SigningKeys;
import org.citygov.adapter.persistence.memory.InMemoryApiTokens;
import org.citygov.adapter.persistence.memory.InMemoryConsentRecords;
import org.citygov.adapter.persistence.memory.InMemoryCorrectionRequests;
import org.citygov.adapter.persistence.memory.InMemoryPlatforms;
import org.citygov.adapter.persistence.memory.InMemoryProjects;
import org.citygov.adapter.persistence.memory.InMemoryPublications;
import org.citygov.adapter.rest.RestApi;
import org.citygov.adapter.rest.RestSettings;
import org.citygov.adapter.rest.UseCases;
import org.citygov.application.port.in.IssueToken;
import org.citygov.application.port.out.Clock;
import org.citygov.application.service.AssessmentService;
import org.citygov.application.service.CatalogueService;
import org.citygov.application.service.GovernanceService;
import org.citygov.application.service.HistoryService;
import org.citygov.application.service.LinkageService;
import org.citygov.application.service.IncidentDeskService;
import org.citygov.application.service.IncidentService;
import org.citygov.application.service.MonitoringService;
import org.citygov.application.service.PlatformMarketService;
import org.citygov.adapter.persistence.memory.InMemoryAlerts;
import org.citygov.application.service.PlatformService;
import org.citygov.application.service.ProjectService;
import org.citygov.application.service.ReportService;
import org.citygov.application.service.TokenService;
import org.citygov.domain.access.Role;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.DecisionPoint;

/**
 * The API on a free local port over in-memory stores, with an ADMIN token (the example registers rules in force, which
 * only an approving role may): what a client is generated against.
 */
public final class ApiServer implements AutoCloseable {

    private final RestApi api;
    private final String adminToken;

    public ApiServer() {
        InMemoryProjects projects = new InMemoryProjects();
        TokenService tokens = new TokenService(new InMemoryApiTokens(), Clock.system());
        InMemoryLinkageLog linkageLog = new InMemoryLinkageLog(SigningKeys.generate(), Clock.system());
        LinkageService linkage = new LinkageService(projects, new BundledCatalogue(), linkageLog,
                new InMemoryConsentRecords(),
                new InMemoryCorrectionRequests(), Clock.system(), new DecisionPoint(new ConsentRegistry()));
        ProjectService projectService = new ProjectService(projects, Clock.system(), new BundledCatalogue(), linkage);
        GovernanceService governance = new GovernanceService(projects, Clock.system(), new BundledCatalogue(),
                linkage);
        InMemoryPlatforms platforms = new InMemoryPlatforms();
        PlatformMarketService market = new PlatformMarketService(platforms, linkageLog,
                new BundledCatalogue(), Clock.system());
        ReportService reports = new ReportService(projects, projects, Clock.system(), new BundledCatalogue(),
                new InMemoryPublications());
        UseCases useCases = new UseCases(projectService, projectService, projectService, projectService,
                projectService, new AssessmentService(projects, Clock.system(), new BundledCatalogue()), governance,
                governance, new CatalogueService(new BundledCatalogue()), new HistoryService(projects, projects),
                tokens, tokens, tokens, linkage, linkage, linkage,
                new UseCases.PlatformUseCases(new PlatformService(new BundledCatalogue(), Clock.system()), market,
                        market, market, market, market, new IncidentDeskService(platforms, new MonitoringService(
                                new BundledCatalogue().edition().cityGovDefaults().monitoring(), new InMemoryAlerts(), Clock.system()),
                                new IncidentService(projects, new BundledCatalogue(), Clock.system()),
                                new BundledCatalogue(), Clock.system())), reports, reports);
        api = new RestApi(useCases, RestSettings.defaults(line -> { }).withCorsOrigins(List.of()))
                .start("127.0.0.1", 0);
        adminToken = tokens.issue(new IssueToken.Command("client-check", Role.ADMIN)).orElseThrow().token();
    }

    public String baseUri() {
        return "http://127.0.0.1:" + api.port();
    }

    public String adminToken() {
        return adminToken;
    }

    @Override
    public void close() {
        api.stop();
    }
}
