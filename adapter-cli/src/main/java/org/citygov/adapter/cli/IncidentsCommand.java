package org.citygov.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.port.in.Authenticate;
import org.citygov.application.port.in.HandleIncidents;
import org.citygov.application.port.in.RecordIncidents;
import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Labels;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.access.Role;
import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.IncidentReview;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citygov incidents due}: a platform's incident notifications still to be made (MARKET.md "Incidents"). */
@Command(name = "incidents",
        mixinStandardHelpOptions = true,
        description = {"A platform's security incidents (citygov-platform/1 documents): what notifications are due"
                + " or overdue; the incidents of the stored platforms; the monitoring alerts."})
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
        incidents.addSubcommand("list", new ListStored());
        incidents.addSubcommand("alerts", new Alerts());
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

    /** Who reads the store from the command line: whoever may open it; reading needs no more than AUDITOR. */
    private static final Authenticate.Caller READER = new Authenticate.Caller("command line", Role.AUDITOR);

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the incidents of the stored platforms (or of one), each judged at one instant: its"
                    + " latest step, whether it is reportable to the PPC, and its notifications still due.",
                    "Exit status: 0 nothing overdue, 1 something overdue, 2 invalid input (an unknown platform)."})
    static final class ListStored implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StoreOptions store;

        @Option(names = "--platform", paramLabel = "ID", description = "Only this stored platform.")
        private String platform;

        @Option(names = "--at", paramLabel = "INSTANT", converter = PlatformCommand.InstantConverter.class,
                description = "Judge at this instant (e.g. 2025-06-01T00:00:00Z); default: now.")
        private Instant at;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        private ReportFormat format;

        @Mixin
        private LanguageOption lang = new LanguageOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Instant when = at == null ? Instant.now() : at;
            List<RecordIncidents.Judged> judged;
            try (CompositionRoot root = store.open()) {
                judged = root.recordIncidents().everywhere(when, READER);
            }
            if (platform != null) {
                judged = judged.stream().filter(j -> j.platform().id().value().equals(platform)).toList();
                if (judged.isEmpty()) {
                    err.println("citygov: --platform " + platform + ": no such platform is stored");
                    err.flush();
                    return CityGovCli.INVALID_INPUT;
                }
            }
            boolean overdue = judged.stream().flatMap(j -> j.incidents().stream())
                    .anyMatch(i -> i.review().anythingOverdue());
            if (format == ReportFormat.json) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("at", when.toString());
                report.put("overdue", overdue);
                report.put("platforms", judged.stream().map(ListStored::platformEntry).toList());
                out.println(Json.write(report));
            } else {
                DomainTexts texts = lang.texts();
                Labels l = Labels.of(texts.language());
                boolean english = texts.language() == Language.EN;
                out.println(l.format("incidents.list.title", when.toString()));
                if (judged.stream().allMatch(j -> j.incidents().isEmpty())) {
                    out.println("  " + l.get("incidents.list.none"));
                }
                for (RecordIncidents.Judged j : judged) {
                    for (RecordIncidents.JudgedIncident i : j.incidents()) {
                        Incident incident = i.incident();
                        out.println("  " + l.format("incidents.list.line", j.platform().id().value(),
                                incident.id().value(), english ? incident.kind().name() : l.of(incident.kind()),
                                incident.at().value(), incident.detectedAt().toString(), latestStep(incident, l))
                                + (i.review().reportable() ? l.get("incidents.list.reportable") : ""));
                        for (IncidentReview.Deadline d : i.review().pending()) {
                            String status = l.get(d.status() == IncidentReview.DeadlineStatus.OVERDUE
                                    ? "incidents.due.overdue" : "incidents.due.pending");
                            out.println("    " + status + " ".repeat(Math.max(0, 7 - status.length())) + " "
                                    + l.format("incidents.list.deadline", english ? d.kind().name() : l.of(d.kind()),
                                    texts.reference(d.to().code()), d.due().toString()));
                        }
                    }
                }
            }
            out.flush();
            return overdue ? CityGovCli.NOT_APPROVABLE : CityGovCli.OK;
        }

        private static String latestStep(Incident incident, Labels l) {
            if (incident.events().isEmpty()) {
                return l.get("incidents.list.noStep");
            }
            Incident.StatusEvent last = incident.events().getLast();
            return l.format("incidents.list.step", l.language() == Language.EN ? last.status().name()
                    : l.of(last.status()), last.at().toString());
        }

        private static Map<String, Object> platformEntry(RecordIncidents.Judged judged) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("platform", judged.platform().id().value());
            entry.put("incidents", judged.incidents().stream().map(i -> {
                Map<String, Object> incident = new LinkedHashMap<>();
                incident.put("id", i.incident().id().value());
                incident.put("kind", i.incident().kind().name());
                incident.put("at", i.incident().at().value());
                incident.put("detectedAt", i.incident().detectedAt().toString());
                incident.put("status", i.incident().events().isEmpty() ? null
                        : i.incident().events().getLast().status().name());
                incident.put("reportable", i.review().reportable());
                incident.put("due", i.review().pending().stream().map(d -> {
                    Map<String, Object> deadline = new LinkedHashMap<>();
                    deadline.put("to", d.to().code());
                    deadline.put("kind", d.kind().name());
                    deadline.put("due", d.due().toString());
                    deadline.put("status", d.status().name());
                    return deadline;
                }).toList());
                incident.put("criticalServices", i.review().impact().criticalServices().stream().map(Enum::name)
                        .toList());
                return incident;
            }).toList());
            return entry;
        }
    }

    @Command(name = "alerts", mixinStandardHelpOptions = true,
            description = {"List the monitoring alerts stored by the servers (denial bursts, requests outside the"
                    + " data flows, volumes above a party's baseline), oldest first.",
                    "Exit status: 0 listed (also when there are none), 2 invalid input."})
    static final class Alerts implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StoreOptions store;

        @Option(names = "--since", paramLabel = "INSTANT", converter = PlatformCommand.InstantConverter.class,
                description = "Only alerts raised at or after this instant (e.g. 2025-06-01T00:00:00Z).")
        private Instant since;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        private ReportFormat format;

        @Mixin
        private LanguageOption lang = new LanguageOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Alert> alerts;
            try (CompositionRoot root = store.open()) {
                alerts = root.recordIncidents().alerts(Optional.ofNullable(since), READER).orElseThrow();
            }
            if (format == ReportFormat.json) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("since", since == null ? null : since.toString());
                report.put("alerts", alerts.stream().map(Alerts::entry).toList());
                out.println(Json.write(report));
            } else {
                DomainTexts texts = lang.texts();
                Labels l = Labels.of(texts.language());
                boolean english = texts.language() == Language.EN;
                out.println(since == null ? l.get("incidents.alerts.title")
                        : l.format("incidents.alerts.titleSince", since.toString()));
                if (alerts.isEmpty()) {
                    out.println("  " + l.get("incidents.alerts.none"));
                }
                for (Alert a : alerts) {
                    out.println("  " + a.raisedAt() + "  " + (english ? a.kind().name() : l.of(a.kind())) + "  "
                            + a.party() + "  (" + a.id() + ")");
                    out.println("    " + texts.text(a.text()));
                    if (!a.assets().isEmpty()) {
                        out.println("    " + l.format("incidents.alerts.assets", a.assetList()));
                    }
                }
            }
            out.flush();
            return CityGovCli.OK;
        }

        private static Map<String, Object> entry(Alert a) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", a.id());
            entry.put("kind", a.kind().name());
            entry.put("party", a.party().value());
            entry.put("raisedAt", a.raisedAt().toString());
            entry.put("windowStart", a.windowStart().toString());
            entry.put("count", a.count());
            entry.put("baseline", a.baseline().isPresent() ? a.baseline().getAsDouble() : null);
            entry.put("assets", a.assets().stream().map(r -> Map.of("project", r.project().value(), "asset",
                    r.asset().value())).toList());
            entry.put("text", a.text());
            return entry;
        }
    }
}
