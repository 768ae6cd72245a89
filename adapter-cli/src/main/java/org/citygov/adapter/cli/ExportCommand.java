package org.citygov.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.ScenarioWriter;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code citygov export --project ID [--out FILE]}: writes a stored project as a citygov/1 scenario file. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {"Write a stored project's described parts as a scenario file (citygov/1, JSON or YAML).",
                "Exit status: 0 written, 2 wrong command line, 3 no such project, 70 internal fault."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--project", required = true, paramLabel = "ID", description = "The project's id.")
    private String project;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json or yaml (default: yaml when FILE ends in .yaml or .yml, json otherwise).")
    private Syntax format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ProjectId id;
        try {
            id = ProjectId.of(project);
        } catch (IllegalArgumentException e) {
            err.println("citygov export: " + e.getMessage());
            return CityGovCli.INVALID_INPUT;
        }
        try (CompositionRoot root = store.open()) {
            Result<GovernanceProject> found = root.viewProjects().get(id);
            if (!(found instanceof Result.Success<GovernanceProject>(GovernanceProject stored))) {
                err.println("citygov export: no project \"" + id + "\" in the " + root.description());
                return CityGovCli.NOT_FOUND;
            }
            Syntax syntax = format != null ? format : out != null ? Syntax.of(out) : Syntax.JSON;
            String scenario = new ScenarioWriter().write(stored.parts(), syntax);
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(scenario);
                stdout.flush();
            } else {
                Files.writeString(out, scenario, StandardCharsets.UTF_8);
                err.println("citygov export: wrote project " + id + " (version " + stored.version() + ") to " + out);
            }
            return CityGovCli.OK;
        }
    }
}
