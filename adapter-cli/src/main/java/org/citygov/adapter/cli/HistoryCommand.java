package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.port.in.ViewHistory;
import org.citygov.domain.project.AuditEntry;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.shared.Result;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code citygov history --project ID}: the audit trail of a stored project — every change with who, when and what —
 * or, with {@code --rule}, the life of one rule as the trail recorded it (each version and status, when and by whom).
 */
@Command(name = "history",
        mixinStandardHelpOptions = true,
        description = {"Show a stored project's audit trail (who changed what, when), optionally within a time range,"
                + " or with --rule the versions and statuses of one rule as the trail recorded them.",
                "Exit status: 0 shown, 2 wrong command line or range, 3 no such project or rule, 70 internal fault."})
final class HistoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions store;

    @Option(names = "--project", required = true, paramLabel = "ID", description = "The project's id.")
    private String project;

    @Option(names = "--from", paramLabel = "INSTANT", description = "Only entries at or after this time (ISO-8601,"
            + " e.g. 2026-04-01T00:00:00Z).")
    private Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "Only entries before this time (ISO-8601).")
    private Instant to;

    @Option(names = "--rule", paramLabel = "RULE", description = "Follow one rule through the trail.")
    private String rule;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectId id;
        Optional<RuleId> ruleId;
        try {
            id = ProjectId.of(project);
            ruleId = Optional.ofNullable(rule).map(RuleId::of);
        } catch (IllegalArgumentException e) {
            err.println("citygov history: " + e.getMessage());
            return CityGovCli.INVALID_INPUT;
        }
        try (CompositionRoot root = store.open()) {
            Result<List<AuditEntry>> found = root.viewHistory().history(new ViewHistory.Query(id,
                    from == null ? Instant.MIN : from, to == null ? Instant.MAX : to));
            if (found instanceof Result.Failure<List<AuditEntry>> failure) {
                err.println("citygov history: " + failure.message());
                return failure.reason() == Result.Reason.NOT_FOUND ? CityGovCli.NOT_FOUND : CityGovCli.INVALID_INPUT;
            }
            List<AuditEntry> entries = found.orElseThrow();
            List<Map<String, Object>> rows = ruleId.isPresent() ? ruleLife(entries, ruleId.get()) : rows(entries);
            if (ruleId.isPresent() && rows.isEmpty()) {
                err.println("citygov history: the trail of project " + id + " holds no rule \"" + rule + "\"");
                return CityGovCli.NOT_FOUND;
            }
            if (format == ReportFormat.json) {
                out.println(Json.write(rows));
            } else {
                rows.forEach(row -> out.println(String.join("  ", row.values().stream().map(String::valueOf)
                        .toList())));
            }
            out.flush();
            return CityGovCli.OK;
        }
    }

    private static List<Map<String, Object>> rows(List<AuditEntry> entries) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditEntry e : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("version", e.version());
            row.put("at", e.at().toString());
            row.put("actor", e.actor().name());
            row.put("step", e.step().name());
            row.put("revision", e.revision());
            row.put("summary", e.summary());
            rows.add(row);
        }
        return rows;
    }

    /** One row each time the rule's current version or status changed along the trail. */
    private static List<Map<String, Object>> ruleLife(List<AuditEntry> entries, RuleId id) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String last = null;
        for (AuditEntry e : entries) {
            Optional<Rule> current = e.parts().governance().rules().current(id);
            if (current.isEmpty()) {
                continue;
            }
            Rule r = current.get();
            String state = r.version() + "/" + r.status();
            if (!state.equals(last)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("ruleVersion", r.version());
                row.put("status", r.status().name());
                row.put("at", e.at().toString());
                row.put("actor", e.actor().name());
                row.put("projectVersion", e.version());
                row.put("summary", e.summary());
                rows.add(row);
                last = state;
            }
        }
        return rows;
    }
}
