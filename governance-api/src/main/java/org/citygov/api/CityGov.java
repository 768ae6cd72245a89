package org.citygov.api;

import java.nio.file.Path;
import java.util.List;

import org.citygov.application.catalogue.CatalogueLoader;
import org.citygov.application.report.AssessmentRenderer;
import org.citygov.application.report.AssessmentTables;
import org.citygov.application.scenario.Scenario;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;

/**
 * The entry point: read and assess scenarios under the default catalogue edition, or choose another edition with
 * {@link #catalogue(String)} or {@link #catalogue(Path)}.
 *
 * <pre>{@code
 * Result<ProjectAssessment> result = CityGov.assess(Path.of("examples/kashiwanoha-frailty.json"));
 * if (result instanceof Result.Success<ProjectAssessment>(ProjectAssessment a)) {
 *     System.out.println(a.approvable() + " " + a.risks().size());
 * }
 * }</pre>
 *
 * <p>Every method is safe to call from several threads; nothing is stored.
 */
public final class CityGov {

    private CityGov() {
    }

    /**
     * The catalogue editions bundled with CityGov, oldest first.
     *
     * @return their names, e.g. {@code jp-2026.11}
     */
    public static List<String> bundledEditions() {
        return CatalogueLoader.BUNDLED_EDITIONS;
    }

    /**
     * The name of the edition {@link #assess(Path)} and {@link #assess(ProjectParts)} apply.
     *
     * @return the default edition's name
     */
    public static String defaultEdition() {
        return CatalogueLoader.DEFAULT_EDITION;
    }

    /**
     * Assessments under a bundled catalogue edition.
     *
     * @param edition one of {@link #bundledEditions()}
     * @return an assessor applying it
     * @throws IllegalArgumentException when CityGov bundles no edition of that name
     */
    public static Assessor catalogue(String edition) {
        return Assessor.bundled(edition);
    }

    /**
     * Assessments under a catalogue edition file a city supplies ({@code citygov-catalogue/1}, JSON or YAML).
     *
     * @param file the edition file
     * @return an assessor applying it, or the file's problems (each with its path and line) as an INVALID failure
     */
    public static Result<Assessor> catalogue(Path file) {
        return Assessor.fromFile(file);
    }

    /**
     * Reads a scenario file ({@code citygov/1}, JSON, or YAML when it ends in {@code .yaml} or {@code .yml}).
     *
     * @param scenarioFile the file
     * @return the project's parts, or every problem of the file (path and line in each message) as an INVALID failure
     */
    public static Result<ProjectParts> read(Path scenarioFile) {
        return Scenarios.read(scenarioFile);
    }

    /**
     * Reads and assesses a scenario file under the default edition.
     *
     * @param scenarioFile the file
     * @return the assessment, or the file's problems as an INVALID failure
     */
    public static Result<ProjectAssessment> assess(Path scenarioFile) {
        return Assessor.bundled(defaultEdition()).assess(scenarioFile);
    }

    /**
     * Assesses a project's parts under the default edition.
     *
     * @param parts the parts, e.g. read with {@link #read(Path)} and changed with their withers
     * @return the assessment, or the domain's objections to the parts as an INVALID failure
     */
    public static Result<ProjectAssessment> assess(ProjectParts parts) {
        return Assessor.bundled(defaultEdition()).assess(parts);
    }

    /**
     * Assesses a scenario that was read and checked, under the default edition.
     *
     * @param scenario the scenario
     * @return the assessment, or the domain's objections as an INVALID failure
     */
    public static Result<ProjectAssessment> assess(Scenario scenario) {
        return assess(scenario.parts());
    }

    /**
     * The assessment as the public JSON contract writes it (SCENARIO.md, "Output"): what {@code citygov assess
     * --format json} prints.
     *
     * @param assessment an assessment
     * @return its JSON, indented
     */
    public static String json(ProjectAssessment assessment) {
        return new AssessmentRenderer().json(assessment);
    }

    /**
     * One table of the assessment as RFC 4180 CSV, header row first: what {@code citygov assess --format csv}
     * writes.
     *
     * @param assessment an assessment
     * @param table which table
     * @return the CSV text, records ended by CRLF
     */
    public static String csv(ProjectAssessment assessment, AssessmentTables.Table table) {
        return AssessmentTables.csv(assessment, table);
    }
}
