package org.citygov.adapter.cli.root;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.citygov.adapter.persistence.file.FileApiTokens;
import org.citygov.adapter.persistence.memory.InMemoryApiTokens;
import org.citygov.adapter.rest.RestApi;
import org.citygov.adapter.rest.RestSettings;
import org.citygov.adapter.rest.UseCases;
import java.util.Objects;

import org.citygov.adapter.persistence.catalogue.BundledCatalogue;
import org.citygov.adapter.persistence.catalogue.FileCatalogue;
import org.citygov.adapter.persistence.memory.InMemoryProjects;
import org.citygov.application.input.Problem;
import org.citygov.application.port.in.AssessProject;
import org.citygov.application.port.in.Authenticate;
import org.citygov.application.port.in.IssueToken;
import org.citygov.application.port.in.ManageTokens;
import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.RecordEngagement;
import org.citygov.application.port.in.RegisterProject;
import org.citygov.application.port.in.ViewProjects;
import org.citygov.application.port.out.ApiTokens;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.Projects;
import org.citygov.application.service.AssessmentService;
import org.citygov.application.service.ProjectService;
import org.citygov.application.service.TokenService;

/**
 * The one place that chooses implementations and wires them: out-port adapters into services, services behind the
 * in-ports the commands use. Nothing else in the adapters knows the services' classes.
 */
public final class CompositionRoot {

    private final Projects projects;
    private final Clock clock;
    private final ProjectService projectService;
    private final AssessmentService assessmentService;
    private final TokenService tokenService;
    private final String description;

    private CompositionRoot(Projects projects, ApiTokens tokens, Clock clock, Catalogue catalogue, String description) {
        this.projects = projects;
        this.clock = clock;
        this.projectService = new ProjectService(projects, clock);
        this.assessmentService = new AssessmentService(projects, clock, catalogue);
        this.tokenService = new TokenService(tokens, clock);
        this.description = description;
    }

    /** Projects kept in memory for the life of the process: enough for one-shot commands such as assess. */
    public static CompositionRoot inMemory() {
        return new CompositionRoot(new InMemoryProjects(), new InMemoryApiTokens(), Clock.system(),
                new BundledCatalogue(), "projects and tokens in memory");
    }

    /**
     * API tokens in {@code dataDirectory/tokens.json} (hashes only), so that {@code citygov token create} and
     * {@code citygov serve} share them; projects in memory until the JDBC store lands.
     */
    public static CompositionRoot withDataDirectory(Path dataDirectory) {
        Path file = dataDirectory.resolve("tokens.json");
        return new CompositionRoot(new InMemoryProjects(), new FileApiTokens(file), Clock.system(),
                new BundledCatalogue(), "projects in memory (lost when the server stops), API tokens in " + file);
    }

    /** Where this root keeps what it keeps, for a person reading the server's first line. */
    public String description() {
        return description;
    }

    /** A running HTTP API. */
    public interface HttpServer {
        int port();

        void stop();
    }

    /** Starts the HTTP API on {@code host:port} (0 for any free port) over this root's use cases. */
    public HttpServer startHttp(String host, int port, long maxBodyBytes, List<String> corsOrigins,
                                Consumer<String> requestLog, BooleanSupplier ready) {
        UseCases useCases = new UseCases(projectService, projectService, projectService, projectService,
                projectService, assessmentService, tokenService, tokenService, tokenService);
        RestApi api = new RestApi(useCases, new RestSettings(maxBodyBytes, corsOrigins, requestLog, ready))
                .start(host, port);
        return new HttpServer() {
            @Override
            public int port() {
                return api.port();
            }

            @Override
            public void stop() {
                api.stop();
            }
        };
    }

    public IssueToken issueToken() {
        return tokenService;
    }

    public ManageTokens manageTokens() {
        return tokenService;
    }

    public Authenticate authenticate() {
        return tokenService;

    }

    /**
     * Assessment by the catalogue edition in a file a city supplies ({@code --catalog FILE}) instead of the bundled
     * one, or the file's problems, each with its path and line.
     */
    public CatalogueChoice assessProjectWith(Path catalogueFile) {
        return switch (FileCatalogue.open(catalogueFile)) {
            case FileCatalogue.Opened.Ok ok -> new CatalogueChoice.Ready(
                    new AssessmentService(projects, clock, ok.catalogue()), ok.catalogue().edition().version());
            case FileCatalogue.Opened.Problems problems -> new CatalogueChoice.Problems(problems.problems());
        };
    }

    /** What choosing a catalogue file gave: the assess use case applying its edition, or its problems. */
    public sealed interface CatalogueChoice {
        record Ready(AssessProject assessProject, String edition) implements CatalogueChoice {
            public Ready {
                Objects.requireNonNull(assessProject, "assessProject");
                Objects.requireNonNull(edition, "edition");
            }
        }

        record Problems(List<Problem> problems) implements CatalogueChoice {
            public Problems {
                problems = List.copyOf(problems);
            }
        }
    }

    public RegisterProject registerProject() {
        return projectService;
    }

    public ImportScenario importScenario() {
        return projectService;
    }

    public ViewProjects viewProjects() {
        return projectService;
    }

    public ChangeProject changeProject() {
        return projectService;
    }

    public RecordEngagement recordEngagement() {
        return projectService;
    }

    public MoveCycle moveCycle() {
        return projectService;
    }

    public AssessProject assessProject() {
        return assessmentService;
    }
}
