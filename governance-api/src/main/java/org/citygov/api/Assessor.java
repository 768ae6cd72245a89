package org.citygov.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

import org.citygov.application.catalogue.CatalogueLoader;
import org.citygov.application.catalogue.CatalogueReading;
import org.citygov.application.input.Syntax;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;

/**
 * Assessments under one catalogue edition: the laws, soft laws, focal points and harms it lists, and its CityGov
 * defaults. Made by {@link CityGov#catalogue(String)} or {@link CityGov#catalogue(Path)}; immutable.
 */
public final class Assessor {

    /** Who the domain records as having created the unstored project an assessment is made of. */
    private static final Actor API = Actor.of("CityGov Java API");

    private final CatalogueEdition edition;

    private Assessor(CatalogueEdition edition) {
        this.edition = Objects.requireNonNull(edition, "edition");
    }

    static Assessor bundled(String name) {
        Objects.requireNonNull(name, "edition");
        if (!CatalogueLoader.BUNDLED_EDITIONS.contains(name)) {
            throw new IllegalArgumentException("no bundled catalogue edition " + name + "; bundled: "
                    + CatalogueLoader.BUNDLED_EDITIONS);
        }
        return new Assessor(BundledEditions.load(name));
    }

    static Result<Assessor> fromFile(Path file) {
        return switch (new CatalogueLoader().read(file)) {
            case CatalogueReading.Valid valid -> Result.success(new Assessor(valid.edition()));
            case CatalogueReading.Invalid invalid -> Scenarios.invalid(file, invalid.problems());
        };
    }

    /**
     * The edition applied.
     *
     * @return its version, e.g. {@code jp-2026.11}
     */
    public String edition() {
        return edition.version();
    }

    /**
     * The edition applied, with its tables.
     *
     * @return the edition
     */
    public CatalogueEdition catalogueEdition() {
        return edition;
    }

    /**
     * Assesses a project's parts.
     *
     * @param parts the parts
     * @return the assessment, or the domain's objections to the parts as an INVALID failure
     */
    public Result<ProjectAssessment> assess(ProjectParts parts) {
        return GovernanceProject.create(parts, API, Instant.now()).map(p -> ProjectAssessment.of(p, edition));
    }

    /**
     * Reads and assesses a scenario file.
     *
     * @param scenarioFile the file (JSON, or YAML when it ends in {@code .yaml} or {@code .yml})
     * @return the assessment, or the file's problems as an INVALID failure
     */
    public Result<ProjectAssessment> assess(Path scenarioFile) {
        return switch (Scenarios.read(scenarioFile)) {
            case Result.Success<ProjectParts>(ProjectParts parts) -> assess(parts);
            case Result.Failure<ProjectParts> failure -> failure.cast();
        };
    }

    /** The bundled editions, read once each. */
    private static final class BundledEditions {
        private static final java.util.Map<String, CatalogueEdition> LOADED =
                new java.util.concurrent.ConcurrentHashMap<>();

        static CatalogueEdition load(String name) {
            return LOADED.computeIfAbsent(name, BundledEditions::read);
        }

        private static CatalogueEdition read(String name) {
            String resource = CatalogueLoader.bundledResource(name);
            try (java.io.InputStream in = Assessor.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled catalogue " + resource + " is not on the class path");
                }
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                return switch (new CatalogueLoader().read(text, Syntax.JSON)) {
                    case CatalogueReading.Valid valid -> valid.edition();
                    case CatalogueReading.Invalid invalid -> throw new IllegalStateException(
                            "the bundled catalogue " + resource + " is invalid: " + invalid.problems());
                };
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the bundled catalogue " + resource, e);
            }
        }
    }
}
