package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.port.in.HandleIncidents;
import org.citygov.application.report.i18n.Labels;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.IncidentReview;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citygov incidents due}: a platform's incident notifications still to be made (MARKET.md "Incidents"). */
@Command(name = "incidents",
        mixinStandardHelpOptions = true,
        description = {"A platform's security incidents (citygov-platform/1 documents): what notifications are due"
                + " or overdue."})
final class IncidentsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CityGovCli.INVALID_INPUT;
    }

    static CommandLine command(CompositionRoot root) {
        CommandLine incidents = new CommandLine(new IncidentsCommand());
        incidents.addSubcommand("due", new Due(root));
        return incidents;
    }

    @Command(name = "due", mixinStandardHelpOptions = true,
            description = {"Print the incident notifications not yet made at one instant: to the affected"
                    + " participants, the PPC and the persons concerned, each with its due time, OVERDUE first.",
                    "Exit status: 0 nothing overdue, 1 something overdue, 2 invalid input (every problem listed on"
                            + " standard error)."})
    static final class Due implements Callable<Integer> {

        private final CompositionRoot root;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The platform document (JSON or YAML).")
        private Path file;

        @Option(names = "--at", paramLabel = "INSTANT", converter = PlatformCommand.InstantConverter.class,
                description = "Judge at this instant (e.g. 2025-06-01T00:00:00Z); default: now.")
        private Instant at;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        private ReportFormat format;

        @picocli.CommandLine.Mixin
        private LanguageOption lang = new LanguageOption();

        Due(CompositionRoot root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            org.citygov.application.report.i18n.DomainTexts texts = lang.texts();
            Optional<DataMarket> market = PlatformCommand.readOrReport(file, spec.commandLine().getErr(), texts);
            if (market.isEmpty()) {
                return CityGovCli.INVALID_INPUT;
            }
            HandleIncidents incidents = root.handleIncidents();
            HandleIncidents.Due due = at == null ? incidents.due(market.get()) : incidents.due(market.get(), at);
            if (format == ReportFormat.json) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("platform", market.get().platform().id().value());
                report.put("at", due.at().toString());
                report.put("overdue", due.anythingOverdue());
                report.put("due", due.pending().stream().map(Due::entry).toList());
                out.println(Json.write(report));
            } else {
                Labels l = Labels.of(texts.language());
                boolean english = texts.language() == Language.EN;
                out.println(l.format("incidents.due.title", market.get().platform().id().value(), due.at().toString()));
                if (due.pending().isEmpty()) {
                    out.println("  " + l.get("incidents.due.none"));
                }
                for (HandleIncidents.Pending p : due.pending()) {
                    IncidentReview.Deadline d = p.deadline();
                    String status = l.get(d.status() == IncidentReview.DeadlineStatus.OVERDUE
                            ? "incidents.due.overdue" : "incidents.due.pending");
                    out.println("  " + status + " ".repeat(Math.max(0, 7 - status.length())) + " "
                            + l.format("incidents.due.line", p.incident().value(), english ? d.kind().name() : l.of(d.kind()),
                            texts.reference(d.to().code()), d.due().toString()));
                }
            }
            out.flush();
            return due.anythingOverdue() ? CityGovCli.NOT_APPROVABLE : CityGovCli.OK;
        }

        private static Map<String, Object> entry(HandleIncidents.Pending p) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("incident", p.incident().value());
            entry.put("to", p.deadline().to().code());
            entry.put("kind", p.deadline().kind().name());
            entry.put("due", p.deadline().due().toString());
            entry.put("status", p.deadline().status().name());
            return entry;
        }
    }
}
