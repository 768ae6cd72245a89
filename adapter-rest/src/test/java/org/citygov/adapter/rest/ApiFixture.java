package org.citygov.adapter.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.citygov.adapter.persistence.catalogue.BundledCatalogue;
import org.citygov.adapter.persistence.linkage.InMemoryLinkageLog;
import org.citygov.adapter.persistence.linkage.SigningKeys;
import org.citygov.adapter.persistence.memory.InMemoryApiTokens;
import org.citygov.adapter.persistence.memory.InMemoryConsentRecords;
import org.citygov.adapter.persistence.memory.InMemoryCorrectionRequests;
import org.citygov.adapter.persistence.memory.InMemoryPlatforms;
import org.citygov.adapter.persistence.memory.InMemoryProjects;
import org.citygov.adapter.persistence.memory.InMemoryPublications;
import org.citygov.application.service.ReportService;
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
import org.citygov.application.service.TokenService;
import org.citygov.domain.access.Role;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.DecisionPoint;

/** A started API on a random port with in-memory stores, a token per role, and a client. */
final class ApiFixture implements AutoCloseable {

    static final long MAX_BODY = 64 * 1024;
    /** The subject id of the CITIZEN token, and of a second citizen's. */
    static final String CITIZEN_SUBJECT = "resident-0042";
    static final String OTHER_SUBJECT = "resident-0043";

    final InMemoryProjects projects = new InMemoryProjects();
    final InMemoryApiTokens tokenStore = new InMemoryApiTokens();
    final InMemoryPlatforms platforms = new InMemoryPlatforms();
    final InMemoryLinkageLog linkageLog = new InMemoryLinkageLog(SigningKeys.generate(), Clock.system());
    final PlatformMarketService market;
    /** The monitor of the linkage service's decisions, its alerts in memory (issue 13). */
    final MonitoringService monitoring = new MonitoringService(new BundledCatalogue().edition().cityGovDefaults().monitoring(), new InMemoryAlerts(),
            Clock.system());
    final InMemoryPublications publications = new InMemoryPublications();
    final LinkageService linkage;
    final ProjectService projectService;
    final TokenService tokenService = new TokenService(tokenStore, Clock.system());
    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    /** A CITIZEN token of {@link #OTHER_SUBJECT}. */
    final String otherCitizen;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    final RestApi api;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiFixture() {
        this(UnaryOperatorHolder.IDENTITY);
    }

    /** With the use cases changed by {@code wiring} (to plant a fault). */
    ApiFixture(java.util.function.UnaryOperator<UseCases> wiring) {
        this(wiring, ServerLimits.defaults());
    }

    /** With the web server's limits. */
    ApiFixture(ServerLimits limits) {
        this(UnaryOperatorHolder.IDENTITY, limits);
    }

    private ApiFixture(java.util.function.UnaryOperator<UseCases> wiring, ServerLimits limits) {
        linkage = new LinkageService(projects, new BundledCatalogue(), linkageLog, new InMemoryConsentRecords(),
                new InMemoryCorrectionRequests(), Clock.system(), new DecisionPoint(new ConsentRegistry()),
                monitoring);
        projectService = new ProjectService(projects, Clock.system(), new BundledCatalogue(), linkage);
        GovernanceService governance = new GovernanceService(projects, Clock.system(), new BundledCatalogue(),
                linkage);
        market = new PlatformMarketService(platforms, linkageLog, new BundledCatalogue(), Clock.system());
        ReportService reports = new ReportService(projects, projects, Clock.system(), new BundledCatalogue(),
                publications);
        UseCases useCases = wiring.apply(new UseCases(projectService, projectService, projectService,
                projectService, projectService, new AssessmentService(projects, Clock.system(), new BundledCatalogue()),
                governance, governance, new CatalogueService(new BundledCatalogue()),
                new HistoryService(projects, projects), tokenService, tokenService, tokenService, linkage, linkage,
                linkage, new UseCases.PlatformUseCases(new PlatformService(new BundledCatalogue(), Clock.system()),
                market, market, market, market, market, new IncidentDeskService(platforms, monitoring,
                new IncidentService(projects, new BundledCatalogue(), Clock.system()), new BundledCatalogue(),
                Clock.system())), reports, reports));
        api = new RestApi(useCases, RestSettings.defaults(log::add).withMaxBodyBytes(MAX_BODY)
                .withCorsOrigins(List.of("https://portal.example.org")), limits).start("127.0.0.1", 0);
        for (Role role : Role.values()) {
            String name = switch (role) {
                case PROVIDER -> "ai-developer";
                case CITIZEN -> CITIZEN_SUBJECT;
                default -> role.name().toLowerCase(java.util.Locale.ROOT);
            };
            tokens.put(role, tokenService.issue(new IssueToken.Command(name, role)).orElseThrow().token());
        }
        otherCitizen = tokenService.issue(new IssueToken.Command(OTHER_SUBJECT, Role.CITIZEN)).orElseThrow().token();
    }

    private static final class UnaryOperatorHolder {
        static final java.util.function.UnaryOperator<UseCases> IDENTITY = u -> u;
    }

    static String example(String name) {
        try {
            return Files.readString(Path.of("..", "examples", name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    HttpRequest.Builder request(String path, Role role) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
        if (role != null) {
            b.header("Authorization", "Bearer " + tokens.get(role));
        }
        return b;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, Role role) {
        return send(request(path, role).GET().build());
    }

    HttpResponse<String> send(String method, String path, Role role, String json, String ifMatch) {
        HttpRequest.Builder b = request(path, role);
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Registers an example project and returns its ETag. */
    /** Registers an example as the secretariat (ADMIN): the examples carry rules already approved and in force. */
    String register(String example) {
        HttpResponse<String> r = send("POST", "/projects", Role.ADMIN, example(example), null);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("could not register " + example + ": " + r.statusCode() + " "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return r.headers().firstValue("ETag").orElseThrow();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return RestApi.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token of {@code role} named {@code name} (a participant id for the platform roles). */
    String token(String name, Role role) {
        return tokenService.issue(new IssueToken.Command(name, role)).orElseThrow().token();
    }

    /** A request with a token of the caller's own, If-Match when given, a JSON body when given. */
    HttpResponse<String> sendAs(String token, String method, String path, String json, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static JsonNode json(String text) {
        try {
            return RestApi.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        api.stop();
    }
}
