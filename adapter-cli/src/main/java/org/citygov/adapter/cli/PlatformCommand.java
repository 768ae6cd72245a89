package org.citygov.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.Problem;
import org.citygov.application.platform.PlatformExports;
import org.citygov.application.platform.PlatformLoader;
import org.citygov.application.platform.PlatformReading;
import org.citygov.application.platform.PlatformRenderer;
import org.citygov.domain.platform.AgreementReview;
import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Listing;
import org.citygov.domain.platform.ListingStatus;
import org.citygov.domain.platform.Offer;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.PlatformAssessment;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citygov platform validate|check|export}: data platforms and markets (MARKET.md). */
@Command(name = "platform",
        mixinStandardHelpOptions = true,
        description = {"Data platforms and markets (citygov-platform/1 documents, JSON or YAML): validate, check"
                + " (the platform assessment) and export (DCAT-AP 3 or ODRL 2.2 JSON-LD)."})
final class PlatformCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CityGovCli.INVALID_INPUT;
    }

    /** The {@code platform} command with its subcommands, which assess through {@code root}. */
    static CommandLine command(CompositionRoot root) {
        CommandLine platform = new CommandLine(new PlatformCommand());
        platform.addSubcommand("validate", new Validate());
        platform.addSubcommand("check", new Check(root));
        platform.addSubcommand("export", new Export(root));
        platform.addSubcommand("report", new Report(root));
        return platform;
    }

    /** The market in {@code file}, or empty after every problem was printed to {@code err}. */
    static Optional<DataMarket> readOrReport(Path file, PrintWriter err) {
        return readOrReport(file, err, org.citygov.application.report.i18n.DomainTexts.of(
                org.citygov.application.report.i18n.Language.EN));
    }

    /** The same, the problems printed in the language of {@code texts}. */
    static Optional<DataMarket> readOrReport(Path file, PrintWriter err,
                                             org.citygov.application.report.i18n.DomainTexts texts) {
        PlatformReading reading = new PlatformLoader().read(file);
        if (reading instanceof PlatformReading.Invalid invalid) {
            ProblemReport.print(err, file.toString(), invalid.problems(), texts);
            err.flush();
            return Optional.empty();
        }
        return Optional.of(((PlatformReading.Valid) reading).market());
    }

    /** An instant written 2025-06-01T00:00:00Z or with an offset, 2025-06-01T09:00:00+09:00. */
    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(value).toInstant();
                } catch (DateTimeParseException again) {
                    throw new CommandLine.TypeConversionException("not an instant: " + value
                            + " (write it like 2025-06-01T00:00:00Z or 2025-06-01T09:00:00+09:00)");
                }
            }
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check a platform document without assessing it.",
                    "Lists every problem with its field path and line. Exit status: 0 valid, 2 invalid."})
    static final class Validate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The platform document (JSON or YAML).")
        private Path file;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "How to report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        private ReportFormat format;

        @picocli.CommandLine.Mixin
        private LanguageOption lang = new LanguageOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PlatformReading reading = new PlatformLoader().read(file);
            List<Problem> problems = reading instanceof PlatformReading.Invalid invalid ? invalid.problems()
                    : List.of();
            if (format == ReportFormat.json) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("file", file.toString());
                report.put("valid", problems.isEmpty());
                report.put("problems", problems.stream().map(ProblemReport::of).toList());
                out.println(Json.write(report));
            } else if (problems.isEmpty()) {
                out.println(file + ": valid");
            } else {
                ProblemReport.print(out, file.toString(), problems, lang.texts());
            }
            out.flush();
            return problems.isEmpty() ? CityGovCli.OK : CityGovCli.INVALID_INPUT;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Assess a platform: liability and duties by design, every listing, every agreement, the"
                    + " cooperative security framework and incident deadlines, judged at one instant.",
                    "Exit status: 0 acceptable, 1 assessed and not acceptable, 2 invalid input (every problem listed"
                            + " on standard error)."})
    static final class Check implements Callable<Integer> {

        private final CompositionRoot root;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The platform document (JSON or YAML).")
        private Path file;

        @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
                description = "Judge at this instant (e.g. 2025-06-01T00:00:00Z); default: now.")
        private Instant at;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "text or json; default: text on a terminal, json otherwise.")
        private ReportFormat format;

        @picocli.CommandLine.Mixin
        private LanguageOption lang = new LanguageOption();

        Check(CompositionRoot root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            org.citygov.application.report.i18n.DomainTexts texts = lang.texts();
            Optional<DataMarket> market = readOrReport(file, spec.commandLine().getErr(), texts);
            if (market.isEmpty()) {
                return CityGovCli.INVALID_INPUT;
            }
            PlatformAssessment assessment = at == null ? root.assessPlatform().assess(market.get())
                    : root.assessPlatform().assess(market.get(), at);
            PlatformRenderer renderer = new PlatformRenderer();
            ReportFormat chosen = format != null ? format
                    : System.console() != null ? ReportFormat.text : ReportFormat.json;
            out.print(chosen == ReportFormat.json ? renderer.json(assessment) + "\n"
                    : renderer.text(assessment, texts));
            out.flush();
            return assessment.acceptable() ? CityGovCli.OK : CityGovCli.NOT_APPROVABLE;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"The platform assessment as one self-contained HTML file (no script, no network: styles"
                    + " and SVG figures inline): the participants × duty layers matrix, listings, agreements, the"
                    + " security framework and the incidents' deadlines on a time line.",
                    "Exit status: 0 written, 2 invalid input (every problem listed on standard error)."})
    static final class Report implements Callable<Integer> {

        private final CompositionRoot root;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The platform document (JSON or YAML).")
        private Path file;

        @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
                description = "Judge at this instant (e.g. 2025-06-01T00:00:00Z); default: now.")
        private Instant at;

        @picocli.CommandLine.Mixin
        private LanguageOption lang = new LanguageOption();

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        private Path out;

        Report(CompositionRoot root) {
            this.root = root;
        }

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter err = spec.commandLine().getErr();
            Optional<DataMarket> market = readOrReport(file, err, lang.texts());
            if (market.isEmpty()) {
                return CityGovCli.INVALID_INPUT;
            }
            PlatformAssessment assessment = at == null ? root.assessPlatform().assess(market.get())
                    : root.assessPlatform().assess(market.get(), at);
            String html = org.citygov.application.report.html.PlatformReport.render(assessment,
                    org.citygov.application.report.i18n.Labels.of(lang.resolve()));
            if (out == null) {
                spec.commandLine().getOut().print(html);
                spec.commandLine().getOut().flush();
            } else {
                java.nio.file.Files.writeString(out, html, java.nio.charset.StandardCharsets.UTF_8);
                err.println("citygov platform report: wrote the report of " + assessment.platform() + " to " + out);
                err.flush();
            }
            return CityGovCli.OK;
        }
    }

    /** What an export is written as. */
    enum ExportFormat { dcat, odrl }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Export a platform's offers as a DCAT-AP 3 catalogue or its terms and agreements as ODRL"
                    + " 2.2 policies, JSON-LD with the @context inline.",
                    "REFUSED listings and invalid agreements (as judged at --at) are left out and named on standard"
                            + " error, unless --all. Exit status: 0 written, 2 invalid input."})
    static final class Export implements Callable<Integer> {

        private final CompositionRoot root;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The platform document (JSON or YAML).")
        private Path file;

        @Option(names = "--as", paramLabel = "FORMAT", required = true,
                description = "${COMPLETION-CANDIDATES}")
        private ExportFormat as;

        @Option(names = "--out", paramLabel = "OUT", description = "Write to this file; default: standard output.")
        private Path outFile;

        @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
                description = "Judge listings and agreements at this instant; default: now.")
        private Instant at;

        @Option(names = "--all", description = "Also export REFUSED listings and invalid agreements.")
        private boolean all;

        Export(CompositionRoot root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<DataMarket> read = readOrReport(file, err);
            if (read.isEmpty()) {
                return CityGovCli.INVALID_INPUT;
            }
            DataMarket market = read.get();
            List<Offer> offers = market.offers();
            List<org.citygov.domain.platform.Agreement> agreements = market.agreements();
            if (!all) {
                PlatformAssessment assessment = at == null ? root.assessPlatform().assess(market)
                        : root.assessPlatform().assess(market, at);
                Set<OfferId> refused = assessment.listings().stream()
                        .filter(l -> l.status() == ListingStatus.REFUSED).map(Listing::offer)
                        .collect(Collectors.toSet());
                Set<AgreementId> invalid = assessment.agreements().stream().filter(r -> !r.valid())
                        .map(AgreementReview::id).collect(Collectors.toSet());
                offers = offers.stream().filter(o -> !refused.contains(o.id())).toList();
                agreements = agreements.stream()
                        .filter(a -> !invalid.contains(a.id()) && !refused.contains(a.offer())).toList();
                if (!refused.isEmpty()) {
                    err.println(file + ": left out REFUSED listings: " + refused.stream().map(OfferId::value)
                            .sorted().collect(Collectors.joining(", ")) + " (--all exports them)");
                }
                int leftOut = market.agreements().size() - agreements.size();
                if (as == ExportFormat.odrl && leftOut > 0) {
                    err.println(file + ": left out " + leftOut + " agreement(s) that are invalid or on a REFUSED"
                            + " listing (--all exports them)");
                }
                err.flush();
            }
            PlatformExports exports = new PlatformExports();
            String document = as == ExportFormat.dcat ? exports.dcat(market, offers)
                    : exports.odrl(market, offers, agreements);
            if (outFile == null) {
                spec.commandLine().getOut().println(document);
                spec.commandLine().getOut().flush();
            } else {
                try {
                    Files.writeString(outFile, document + "\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println("citygov: cannot write " + outFile + ": " + e.getMessage());
                    err.flush();
                    return CityGovCli.INVALID_INPUT;
                }
            }
            return CityGovCli.OK;
        }
    }
}
