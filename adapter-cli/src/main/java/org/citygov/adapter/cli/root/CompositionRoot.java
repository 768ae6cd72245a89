package org.citygov.adapter.cli.root;

import java.nio.file.Path;

import org.citygov.adapter.persistence.jdbc.Database;
import org.citygov.adapter.persistence.memory.InMemoryProjects;
import org.citygov.application.port.in.AssessProject;
import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.RecordEngagement;
import org.citygov.application.port.in.RegisterProject;
import org.citygov.application.port.in.ViewHistory;
import org.citygov.application.port.in.ViewProjects;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.ProjectHistory;
import org.citygov.application.port.out.Projects;
import org.citygov.application.service.AssessmentService;
import org.citygov.application.service.HistoryService;
import org.citygov.application.service.ProjectService;

/**
 * The one place that chooses implementations and wires them: out-port adapters into services, services behind the
 * in-ports the commands use. Nothing else in the adapters knows the services' classes.
 */
public final class CompositionRoot implements AutoCloseable {

    private final ProjectService projectService;
    private final AssessmentService assessmentService;
    private final HistoryService historyService;
    private final AutoCloseable store;
    private final String storeName;

    private <S extends Projects & ProjectHistory> CompositionRoot(S projects, Clock clock, AutoCloseable store,
                                                                  String storeName) {
        this.projectService = new ProjectService(projects, clock);
        this.assessmentService = new AssessmentService(projects, clock);
        this.historyService = new HistoryService(projects, projects);
        this.store = store;
        this.storeName = storeName;
    }

    /** Projects kept in memory for the life of the process: enough for one-shot commands such as assess. */
    public static CompositionRoot inMemory() {
        return new CompositionRoot(new InMemoryProjects(), Clock.system(), () -> { }, "memory");
    }

    /** Projects in the embedded H2 database in {@code dataDirectory}, created and migrated if need be. */
    public static CompositionRoot embedded(Path dataDirectory) {
        Database database = Database.embedded(dataDirectory);
        return new CompositionRoot(database.projects(), Clock.system(), database, database.toString());
    }

    /** Projects in a PostgreSQL database, migrated to the latest schema on open. */
    public static CompositionRoot postgres(String jdbcUrl, String user, String password) {
        Database database = Database.postgres(jdbcUrl, user, password);
        return new CompositionRoot(database.projects(), Clock.system(), database, database.toString());
    }

    /** Where the embedded database lives when the user names no directory: {@code ~/.citygov/data}. */
    public static Path defaultDataDirectory() {
        return Database.defaultDataDirectory();
    }

    /** Which store this root wires, for messages. */
    public String storeName() {
        return storeName;
    }

    public ViewHistory viewHistory() {
        return historyService;
    }

    /** Releases the store (the connection pool, the database file). */
    @Override
    public void close() {
        try {
            store.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close " + storeName, e);
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
