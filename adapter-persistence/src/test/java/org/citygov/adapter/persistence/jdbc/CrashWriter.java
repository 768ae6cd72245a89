package org.citygov.adapter.persistence.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import org.citygov.adapter.persistence.ProjectSamples;
import org.citygov.application.port.out.ProjectChange;
import org.citygov.domain.project.Benefit;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.Service;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.project.ServiceId;

/**
 * The child process of {@link CrashSafetyTest}: saves projects in a loop, and after each save that the store
 * acknowledged prints {@code ACK <id> <version> END} on stdout, until it is killed.
 * Arguments: {@code h2 DATA_DIR} or {@code postgres JDBC_URL USER PASSWORD}.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    /** What project {@code id} holds at {@code version}: deterministic, so the parent can check it intact. */
    static GovernanceProject expected(ProjectId id, long version) {
        GovernanceProject project = ProjectSamples.newProject(id);
        for (long v = 2; v <= version; v++) {
            project = project.addService(new Service(ServiceId.of("service-" + v), "Service " + v,
                    ServiceField.TRANSPORT_AND_MOBILITY, Benefit.PUBLIC_INTEREST)).orElseThrow();
        }
        return project.withVersion(version);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String runId = args.length > 4 ? args[4] : (args[0].equals("h2") ? args[2] : "run");
        try (Database database = args[0].equals("h2") ? Database.embedded(Path.of(args[1]))
                : Database.postgres(args[1], args[2], args[3])) {
            JdbcProjects projects = database.projects();
            out.println("OPEN");
            for (int i = 0; ; i++) {
                ProjectId id = ProjectId.of("crash-" + runId + "-" + i);
                // each project is registered, then changed twice: inserts and updates both get killed mid-way
                for (long version = 1; version <= 3; version++) {
                    GovernanceProject next = expected(id, version);
                    GovernanceProject base = version == 1 ? ProjectSamples.newProject(id)
                            : next.withVersion(version - 1);
                    projects.save(base, new ProjectChange(ProjectSamples.ALICE, Instant.now(), "write " + version))
                            .orElseThrow();
                    out.println("ACK " + id + " " + version + " END");
                }
            }
        }
    }
}
