package org.citygov.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.citygov.application.input.Syntax;
import org.citygov.application.report.AssessmentDocument;
import org.citygov.application.report.Csv;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.law.LawStanding;
import org.citygov.domain.law.Verdict;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.risk.RiskLevel;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;

/**
 * A parameter sweep: many scenario files, or each with one field set to several values in turn, assessed under one
 * edition into one CSV, one row per run ({@link #HEADER}). What {@code citygov sweep} runs.
 *
 * <p>The field is named by a JSON pointer ({@code /dataFlows/0/retentionDays}) or a path as problems name fields
 * ({@code dataFlows[0].purpose.kind}). A value takes the type of the field it replaces: a number for a number, true or
 * false for a boolean, JSON for an object or an array, text otherwise; a field the file leaves out may be added to an
 * object that exists. A path that leads nowhere, or a value of the wrong type, fails the whole sweep before any run; a
 * variant the scenario checks refuse (an unknown code, a broken reference) is a run whose outcome is INVALID, its
 * problems in the {@code error} column.
 */
public final class Sweep {

    /** The CSV's columns, in order. */
    public static final List<String> HEADER = List.of("run", "scenario", "path", "value", "outcome", "project",
            "catalogVersion", "approvable", "risks", "risksCritical", "risksHigh", "risksMedium", "risksLow",
            "lawsApplying", "lawsToCheck", "softLaws", "unsuitableFlows", "unmitigated", "warnings", "error");

    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");

    /**
     * One field and the values it takes in turn.
     *
     * @param path the field: a JSON pointer or a path such as {@code dataFlows[0].purpose.kind}
     * @param values the values, at least one
     */
    public record Variation(String path, List<String> values) {
        /**
         * Checks the variation.
         *
         * @param path the field
         * @param values the values
         */
        public Variation {
            Objects.requireNonNull(path, "path");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a variation of " + path + " needs at least one value");
            }
        }

        /**
         * Reads {@code PATH=v1,v2,...}, as {@code citygov sweep --vary} takes it (a value cannot hold a comma).
         *
         * @param text the variation
         * @return the variation, or an INVALID failure saying what is wrong
         */
        public static Result<Variation> parse(String text) {
            int equals = text.indexOf('=');
            if (equals <= 0 || equals == text.length() - 1) {
                return Result.invalid(List.of(new Violation("--vary", "expected PATH=VALUE,VALUE,..., got " + text)));
            }
            return Result.success(new Variation(text.substring(0, equals).strip(),
                    Arrays.stream(text.substring(equals + 1).split(",", -1)).map(String::strip).toList()));
        }
    }

    /**
     * One run of a sweep.
     *
     * @param number its number, from 1
     * @param scenario the scenario file
     * @param variation the field varied and its value in this run, when a field is varied
     * @param outcome the assessment, or why there is none
     */
    public record Run(int number, Path scenario, Optional<Setting> variation, Result<ProjectAssessment> outcome) {
        /**
         * Checks the run.
         *
         * @param number its number
         * @param scenario the file
         * @param variation the field's value, if varied
         * @param outcome the outcome
         */
        public Run {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(variation, "variation");
            Objects.requireNonNull(outcome, "outcome");
        }

        /**
         * Whether the run was assessed.
         *
         * @return false when its scenario was invalid
         */
        public boolean assessed() {
            return outcome instanceof Result.Success<ProjectAssessment>;
        }

        /**
         * The run as a CSV record of {@link #HEADER}'s columns.
         *
         * @return its fields, in the header's order
         */
        public List<Object> row() {
            List<Object> row = new ArrayList<>(Arrays.asList(number, scenario.toString(),
                    variation.map(Setting::path).orElse(null), variation.map(Setting::value).orElse(null)));
            switch (outcome) {
                case Result.Success<ProjectAssessment>(ProjectAssessment a) -> {
                    AssessmentDocument d = AssessmentDocument.of(a);
                    row.addAll(Arrays.asList("ASSESSED", a.project().value(), a.catalogVersion(), a.approvable(),
                            a.risks().size(), a.risksAt(RiskLevel.CRITICAL).size(), a.risksAt(RiskLevel.HIGH).size(),
                            a.risksAt(RiskLevel.MEDIUM).size(), a.risksAt(RiskLevel.LOW).size(),
                            ids(a.laws().stream().filter(l -> l.standing() == LawStanding.APPLIES)
                                    .map(l -> l.id().value()).toList()),
                            ids(a.laws().stream().filter(l -> l.standing() != LawStanding.APPLIES)
                                    .map(l -> l.id().value()).toList()),
                            ids(a.softLaws().stream().map(l -> l.id().value()).toList()),
                            ids(a.legalTests().stream().filter(t -> t.verdict() == Verdict.UNSUITABLE)
                                    .map(t -> t.flow().value()).toList()),
                            d.rules() == null ? null : d.rules().unmitigated().size(), a.warnings().size(), null));
                }
                case Result.Failure<ProjectAssessment> f -> {
                    row.addAll(Arrays.asList("INVALID", null, null, null, null, null, null, null, null, null, null,
                            null, null, null, null, f.violations().isEmpty() ? f.message()
                                    : String.join("; ", f.violations().stream().map(Violation::toString).toList())));
                }
            }
            return row;
        }

        private static String ids(List<String> ids) {
            return String.join(";", ids);
        }
    }

    /**
     * The value a field took in a run.
     *
     * @param path the field, as the variation names it
     * @param value its value in the run
     */
    public record Setting(String path, String value) {
    }

    private Sweep() {
    }

    /**
     * Runs a sweep.
     *
     * @param assessor the edition to apply
     * @param scenarios the scenario files, at least one
     * @param variation the field to vary in each, if any
     * @param progress told of each run as it is done (e.g. to print progress)
     * @return every run, in order (files, then values), or an INVALID failure naming the path when the variation
     *     cannot be applied to a file (nothing is run then)
     */
    public static Result<List<Run>> run(Assessor assessor, List<Path> scenarios, Optional<Variation> variation,
                                        Consumer<Run> progress) {
        if (scenarios.isEmpty()) {
            return Result.invalid(List.of(new Violation("FILES", "name at least one scenario file")));
        }
        List<Run> runs = new ArrayList<>();
        if (variation.isEmpty()) {
            for (Path file : scenarios) {
                Run run = new Run(runs.size() + 1, file, Optional.empty(), assessor.assess(file));
                runs.add(run);
                progress.accept(run);
            }
            return Result.success(List.copyOf(runs));
        }
        Variation vary = variation.get();
        Result<JsonPointer> pointer = pointer(vary.path());
        if (!(pointer instanceof Result.Success<JsonPointer>(JsonPointer at))) {
            return ((Result.Failure<JsonPointer>) pointer).cast();
        }
        // every variant of every file is made first, so that a wrong path or value runs nothing
        List<List<Result<ProjectParts>>> variants = new ArrayList<>();
        for (Path file : scenarios) {
            Result<List<Result<ProjectParts>>> made = variants(file, vary, at);
            if (!(made instanceof Result.Success<List<Result<ProjectParts>>>(List<Result<ProjectParts>> some))) {
                return ((Result.Failure<List<Result<ProjectParts>>>) made).cast();
            }
            variants.add(some);
        }
        for (int f = 0; f < scenarios.size(); f++) {
            for (int v = 0; v < vary.values().size(); v++) {
                Result<ProjectParts> parts = variants.get(f).get(v);
                Result<ProjectAssessment> outcome = switch (parts) {
                    case Result.Success<ProjectParts>(ProjectParts p) -> assessor.assess(p);
                    case Result.Failure<ProjectParts> failure -> failure.cast();
                };
                Run run = new Run(runs.size() + 1, scenarios.get(f),
                        Optional.of(new Setting(vary.path(), vary.values().get(v))), outcome);
                runs.add(run);
                progress.accept(run);
            }
        }
        return Result.success(List.copyOf(runs));
    }

    /**
     * The runs as one CSV (RFC 4180): {@link #HEADER}, then a record per run.
     *
     * @param runs the runs
     * @return the CSV text
     */
    public static String csv(List<Run> runs) {
        return Csv.table(HEADER, runs.stream().map(Run::row).toList());
    }

    /** The file's scenario with the field set to each value in turn; a file that does not parse is every run's. */
    private static Result<List<Result<ProjectParts>>> variants(Path file, Variation vary, JsonPointer at) {
        Syntax syntax = Syntax.of(file);
        ObjectMapper mapper = syntax == Syntax.YAML ? new YAMLMapper() : new ObjectMapper();
        JsonNode tree;
        try {
            tree = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            Result<ProjectParts> unreadable = Scenarios.read(file);
            return Result.success(vary.values().stream().map(v -> unreadable).toList());
        }
        JsonNode parent = tree.at(at.head());
        String last = at.last().getMatchingProperty();
        if (!(parent instanceof ObjectNode) && !(parent instanceof ArrayNode)) {
            return bad(vary.path(), file + " has no " + describe(at.head()) + " to set a field of");
        }
        JsonNode current;
        if (parent instanceof ArrayNode array) {
            int index = at.last().getMatchingIndex();
            if (index < 0 || index >= array.size()) {
                return bad(vary.path(), file + " has no item " + last + " in " + describe(at.head())
                        + " (it has " + array.size() + ")");
            }
            current = array.get(index);
        } else {
            current = parent.get(last);
        }
        List<Result<ProjectParts>> made = new ArrayList<>();
        for (String value : vary.values()) {
            Optional<JsonNode> node = valueLike(current, value);
            if (node.isEmpty()) {
                return bad(vary.path(), "value \"" + value + "\" is not " + kind(current) + ", as the field is in "
                        + file);
            }
            JsonNode copy = tree.deepCopy();
            JsonNode target = copy.at(at.head());
            if (target instanceof ArrayNode array) {
                array.set(at.last().getMatchingIndex(), node.get());
            } else {
                ((ObjectNode) target).set(last, node.get());
            }
            String source = file + " with " + vary.path() + "=" + value;
            made.add(Scenarios.read(source, copy.toString(), Syntax.JSON));
        }
        return Result.success(made);
    }

    /** The value as a node of the current field's type, or as JSON (else text) for a field not there yet. */
    private static Optional<JsonNode> valueLike(JsonNode current, String value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (current == null || current.isNull()) {
            try {
                return Optional.of(new ObjectMapper().readTree(value));
            } catch (JsonProcessingException e) {
                return Optional.of(nodes.textNode(value));
            }
        }
        if (current.isNumber()) {
            try {
                BigDecimal number = new BigDecimal(value);
                return Optional.of(number.scale() <= 0 && current.isIntegralNumber()
                        ? nodes.numberNode(number.toBigIntegerExact()) : nodes.numberNode(number));
            } catch (NumberFormatException | ArithmeticException e) {
                return Optional.empty();
            }
        }
        if (current.isBoolean()) {
            return value.equals("true") || value.equals("false") ? Optional.of(nodes.booleanNode(
                    Boolean.parseBoolean(value))) : Optional.empty();
        }
        if (current.isContainerNode()) {
            try {
                JsonNode parsed = new ObjectMapper().readTree(value);
                return parsed != null && parsed.getNodeType() == current.getNodeType() ? Optional.of(parsed)
                        : Optional.empty();
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }
        return Optional.of(nodes.textNode(value));
    }

    private static String kind(JsonNode current) {
        return current.isNumber() ? "a number" : current.isBoolean() ? "true or false"
                : current.isArray() ? "a JSON array" : current.isObject() ? "a JSON object" : "text";
    }

    /** A JSON pointer, or a path such as {@code dataFlows[0].purpose} turned into one. */
    static Result<JsonPointer> pointer(String path) {
        if (path.startsWith("/")) {
            try {
                JsonPointer pointer = JsonPointer.compile(path);
                return pointer.matches() ? bad(path, "names the whole document, not a field")
                        : Result.success(pointer);
            } catch (IllegalArgumentException e) {
                return bad(path, "not a JSON pointer: " + e.getMessage());
            }
        }
        StringBuilder pointer = new StringBuilder();
        Matcher step = STEP.matcher(path);
        int at = 0;
        while (at < path.length()) {
            if (at > 0 && path.charAt(at) == '.') {
                at++;
            }
            if (!step.find(at) || step.start() != at) {
                return bad(path, "not a field path (like dataFlows[0].purpose.kind) nor a JSON pointer (like"
                        + " /dataFlows/0/purpose/kind)");
            }
            pointer.append('/').append(step.group(1) != null ? step.group(1) : step.group(2));
            at = step.end();
        }
        return pointer.isEmpty() ? bad(path, "names no field") : Result.success(JsonPointer.compile(
                pointer.toString()));
    }

    private static String describe(JsonPointer pointer) {
        return pointer.matches() ? "document" : pointer.toString();
    }

    private static <T> Result<T> bad(String path, String message) {
        return Result.invalid(List.of(new Violation(path, message)));
    }
}
