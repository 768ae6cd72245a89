package org.citygov.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.citygov.api.Assessor;
import org.citygov.api.CityGov;
import org.citygov.api.Sweep;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citygov sweep FILES… [--vary PATH=v1,v2,…] [--out results.csv]}: many assessments into one CSV. */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        description = {"Assess many scenario files, or each with one field set to several values in turn, into one"
                + " CSV (RFC 4180): one row per run with the file, the field and value, and the verdict (outcome,"
                + " approvable, risks by level, laws applying or to check, soft laws, UNSUITABLE flows, unmitigated"
                + " risks, warnings, error). Progress goes to standard error. Stores nothing.",
                "PATH is a JSON pointer (/dataFlows/0/retentionDays) or a field path as problems name them"
                        + " (dataFlows[0].purpose.kind); each value takes the type of the field it replaces (a value"
                        + " cannot hold a comma).",
                "Exit status: 0 every run assessed (approvable or not: see the approvable column); 2 the command"
                        + " line, the path or a value is wrong (nothing is run or written), or some runs' scenarios"
                        + " were invalid (the CSV is written, their rows say INVALID with the problems in the error"
                        + " column); 70 internal fault."})
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The scenario files (JSON or YAML).")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--vary", paramLabel = "PATH=VALUES",
            description = "The field to vary and its values, comma-separated, e.g."
                    + " dataFlows[0].legalBasis=CONSENT,OPT_OUT or /stakeholders/3/impact=1,3,5.")
    private String vary;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV to FILE instead of standard output.")
    private Path out;

    @Option(names = "--catalog", paramLabel = "CATALOGUE",
            description = "A catalogue edition file (citygov-catalogue/1) or the name of a bundled edition"
                    + " (default: the latest bundled edition).")
    private String catalog;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Assessor> assessor = assessor(err);
        if (assessor.isEmpty()) {
            return CityGovCli.INVALID_INPUT;
        }
        Optional<Sweep.Variation> variation = Optional.empty();
        if (vary != null) {
            switch (Sweep.Variation.parse(vary)) {
                case Result.Success<Sweep.Variation>(Sweep.Variation v) -> variation = Optional.of(v);
                case Result.Failure<Sweep.Variation> failure -> {
                    return refuse(err, failure);
                }
            }
        }
        int total = files.size() * variation.map(v -> v.values().size()).orElse(1);
        Result<List<Sweep.Run>> swept = Sweep.run(assessor.get(), files, variation, run -> {
            err.println("citygov sweep: " + run.number() + "/" + total + " " + run.scenario()
                    + run.variation().map(s -> " " + s.path() + "=" + s.value()).orElse("") + ": "
                    + (run.outcome() instanceof Result.Success<?> s
                    ? (((org.citygov.domain.assessment.ProjectAssessment) s.value()).approvable() ? "approvable"
                    : "not approvable") : "INVALID"));
            err.flush();
        });
        if (!(swept instanceof Result.Success<List<Sweep.Run>>(List<Sweep.Run> runs))) {
            return refuse(err, (Result.Failure<List<Sweep.Run>>) swept);
        }
        String csv = Sweep.csv(runs);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(csv);
            stdout.flush();
        } else {
            Files.writeString(out, csv, StandardCharsets.UTF_8);
        }
        long invalid = runs.stream().filter(r -> !r.assessed()).count();
        err.println("citygov sweep: " + runs.size() + (runs.size() == 1 ? " run" : " runs")
                + (out == null ? "" : " written to " + out)
                + (invalid == 0 ? "" : "; " + invalid + " invalid (outcome INVALID, problems in the error column)"));
        err.flush();
        return invalid == 0 ? CityGovCli.OK : CityGovCli.INVALID_INPUT;
    }

    private Optional<Assessor> assessor(PrintWriter err) {
        if (catalog == null) {
            return Optional.of(CityGov.catalogue(CityGov.defaultEdition()));
        }
        Path file = Path.of(catalog);
        if (!Files.exists(file) && CityGov.bundledEditions().contains(catalog)) {
            return Optional.of(CityGov.catalogue(catalog));
        }
        return switch (CityGov.catalogue(file)) {
            case Result.Success<Assessor>(Assessor a) -> Optional.of(a);
            case Result.Failure<Assessor> failure -> {
                refuse(err, failure);
                yield Optional.empty();
            }
        };
    }

    private static int refuse(PrintWriter err, Result.Failure<?> failure) {
        for (Violation v : failure.violations()) {
            err.println("citygov sweep: " + v);
        }
        if (failure.violations().isEmpty()) {
            err.println("citygov sweep: " + failure.message());
        }
        err.flush();
        return CityGovCli.INVALID_INPUT;
    }
}
