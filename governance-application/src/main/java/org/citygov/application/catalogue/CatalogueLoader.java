package org.citygov.application.catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citygov.application.input.DocumentReader;
import org.citygov.application.input.Lines;
import org.citygov.application.input.Parsed;
import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.CatalogueId;
import org.citygov.domain.catalogue.CityGovDefaults;
import org.citygov.domain.catalogue.MonitoringThresholds;
import org.citygov.domain.catalogue.EngagementFormatEntry;
import org.citygov.domain.catalogue.EngagementMethodEntry;
import org.citygov.domain.catalogue.FocalPointEntry;
import org.citygov.domain.catalogue.HarmEntry;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.catalogue.Law;
import org.citygov.domain.catalogue.LawArea;
import org.citygov.domain.catalogue.LawScope;
import org.citygov.domain.catalogue.SoftLaw;
import org.citygov.domain.catalogue.SoftLawTopic;
import org.citygov.domain.catalogue.StakeholderCategoryEntry;
import org.citygov.domain.project.Site;
import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.Importance;
import org.citygov.domain.stakeholder.ImportanceBands;

/**
 * Reads catalogue files ({@code citygov-catalogue/1}, JSON or YAML) the way scenario files are read: the document's
 * syntax and fields first ({@link DocumentReader}: unknown fields, wrong types, Bean Validation), then what the types
 * cannot say (a law with both or neither of {@code area} and {@code personalData}, a value listed twice), then the
 * edition's consistency (references, unique ids, every code present). Every problem carries its path and line; a file
 * with any problem yields no edition.
 */
public final class CatalogueLoader {

    /**
     * The editions CityGov ships with, oldest first. Earlier editions stay bundled so that a project designed under
     * one can still be assessed by it (docs/decisions/2026-11-29-laws-by-place-and-edition.md).
     */
    public static final List<String> BUNDLED_EDITIONS = List.of("jp-2023.02", "jp-2026.11");
    /** The edition assessments apply unless another is chosen: the newest. */
    public static final String DEFAULT_EDITION = "jp-2026.11";
    /** The classpath resource of the default edition. */
    public static final String BUNDLED_RESOURCE = "org/citygov/catalogue/" + DEFAULT_EDITION + ".json";

    /** The classpath resource of a bundled edition. */
    public static String bundledResource(String edition) {
        if (!BUNDLED_EDITIONS.contains(edition)) {
            throw new IllegalArgumentException("no bundled edition " + edition + "; bundled: " + BUNDLED_EDITIONS);
        }
        return "org/citygov/catalogue/" + edition + ".json";
    }

    private final DocumentReader reader = new DocumentReader();

    public CatalogueReading read(Path file) {
        return check(reader.read(file, CatalogueDocument.class));
    }

    public CatalogueReading read(String text, Syntax syntax) {
        return check(reader.read(text, syntax, CatalogueDocument.class));
    }

    private static CatalogueReading check(Parsed<CatalogueDocument> parsed) {
        return switch (parsed) {
            case Parsed.Problems<CatalogueDocument> p -> new CatalogueReading.Invalid(p.problems());
            case Parsed.Ok<CatalogueDocument> ok -> {
                List<Problem> problems = new ArrayList<>();
                CatalogueDocument doc = ok.value();
                Lines lines = ok.lines();
                List<Law> laws = laws(doc, lines, problems);
                noRepeats(doc, lines, problems);
                Optional<CityGovDefaults> defaults = doc.cityGovDefaults() == null ? Optional.of(bundledDefaults())
                        : defaults(doc.cityGovDefaults(), lines, problems);
                if (!problems.isEmpty()) {
                    yield invalid(problems);
                }
                Result<CatalogueEdition> edition = CatalogueEdition.create(doc.edition(), label(doc.title()),
                        doc.lawAreas().stream().map(a -> new LawArea(CatalogueId.of(a.id()), label(a.label()),
                                Set.copyOf(a.serviceFields()), a.source())).toList(),
                        laws,
                        doc.softLawTopics().stream().map(t -> new SoftLawTopic(CatalogueId.of(t.id()),
                                label(t.label()), Set.copyOf(t.dataCategories()), t.source())).toList(),
                        doc.softLaws().stream().map(s -> new SoftLaw(CatalogueId.of(s.id()), label(s.label()),
                                CatalogueId.of(s.topic()), s.source())).toList(),
                        doc.focalPoints().stream().map(f -> new FocalPointEntry(f.code(), label(f.label()),
                                label(f.question()), f.source())).toList(),
                        doc.privacyHarms().stream().map(h -> new HarmEntry(h.code(), h.stage(), label(h.label()),
                                label(h.question()), h.source())).toList(),
                        doc.stakeholderCategories().stream().map(c -> new StakeholderCategoryEntry(c.code(),
                                label(c.label()), label(c.role()), c.source())).toList(),
                        doc.engagementFormats().stream().map(f -> new EngagementFormatEntry(f.code(),
                                label(f.label()), f.source())).toList(),
                        doc.engagementMethods().stream().map(m -> new EngagementMethodEntry(m.code(), m.format(),
                                label(m.label()), m.source())).toList(),
                        defaults.orElseThrow());
                yield switch (edition) {
                    case Result.Success<CatalogueEdition> success -> new CatalogueReading.Valid(success.value());
                    case Result.Failure<CatalogueEdition> failure -> {
                        failure.violations().forEach(v -> problems.add(lines.problem(v.path(), v.message())));
                        yield invalid(problems);
                    }
                };
            }
        };
    }

    private static List<Law> laws(CatalogueDocument doc, Lines lines, List<Problem> problems) {
        List<Law> laws = new ArrayList<>();
        for (int i = 0; i < doc.laws().size(); i++) {
            CatalogueDocument.Law law = doc.laws().get(i);
            boolean personal = Boolean.TRUE.equals(law.personalData());
            String path = "laws[" + i + "]";
            if (law.personalData() != null && !law.personalData()) {
                problems.add(lines.problem(path + ".personalData", "write \"personalData\": true, or leave it out"
                        + " and name an area"));
            } else if (personal == (law.area() != null)) {
                problems.add(lines.problem(path, "a law names either the \"area\" of Table 5-2 it belongs to or"
                        + " \"personalData\": true (it applies to every project with personal data), not "
                        + (personal ? "both" : "neither")));
            } else {
                List<Site> sites = law.sites() == null ? List.of() : law.sites();
                repeats(path + ".sites", sites, lines, problems);
                laws.add(new Law(CatalogueId.of(law.id()), label(law.label()),
                        personal ? LawScope.personalData() : LawScope.inArea(CatalogueId.of(law.area())),
                        law.source(), sites.isEmpty() ? Set.of() : EnumSet.copyOf(sites)));
            }
        }
        return laws;
    }

    /**
     * The section's numbers as the domain holds them, or problems at {@code cityGovDefaults…} when the bands leave a
     * gap, overlap, or the shares are out of order.
     */
    private static Optional<CityGovDefaults> defaults(CatalogueDocument.CityGovDefaultsSection section, Lines lines,
                                                      List<Problem> problems) {
        String at = "cityGovDefaults";
        Map<Importance, ImportanceBands.Band> bands = new EnumMap<>(Importance.class);
        Map<Importance, EngagementFormat> engagement = new EnumMap<>(Importance.class);
        int before = problems.size();
        for (int i = 0; i < section.importance().size(); i++) {
            CatalogueDocument.ImportanceBand band = section.importance().get(i);
            String path = at + ".importance[" + i + "]";
            if (bands.containsKey(band.level())) {
                problems.add(lines.problem(path + ".level", band.level() + " is given twice"));
            } else if (band.lowest() > band.highest()) {
                problems.add(lines.problem(path + ".highest", "a band runs from lowest to highest, got "
                        + band.lowest() + ".." + band.highest()));
            } else {
                bands.put(band.level(), new ImportanceBands.Band(band.lowest(), band.highest()));
                engagement.put(band.level(), band.engagement());
            }
        }
        if (problems.size() == before) {
            ImportanceBands.problems(bands, engagement)
                    .forEach(p -> problems.add(lines.problem(at + ".importance", p)));
        }
        CatalogueDocument.AcceptanceShares shares = section.acceptanceShares();
        if (!(shares.veryLow() <= shares.low() && shares.low() <= shares.high())) {
            problems.add(lines.problem(at + ".acceptanceShares", "the shares run veryLow <= low <= high, got "
                    + shares.veryLow() + ", " + shares.low() + ", " + shares.high()));
        }
        CatalogueDocument.FourFactorLimits f = section.fourFactor();
        repeats(at + ".fourFactor.vagueWording", f.vagueWording().stream().map(w -> w.strip()
                .toLowerCase(java.util.Locale.ROOT)).toList(), lines, problems);
        Optional<MonitoringThresholds> monitoring = monitoring(section.monitoring(), at + ".monitoring", lines,
                problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        CatalogueDocument.RuleDrafts d = section.ruleDrafts();
        CatalogueDocument.ProjectWide w = section.projectWide();
        return Optional.of(new CityGovDefaults(new ImportanceBands(bands, engagement),
                new CityGovDefaults.AcceptanceShares(shares.veryLow(), shares.low(), shares.high()),
                section.mitigateFrom(), new CityGovDefaults.RuleDrafts(d.retentionDays(), d.logRetentionDays(),
                d.responseDays(), d.notificationHours(), d.auditEveryDays()),
                new CityGovDefaults.FourFactorLimits(f.cameraRetentionDays(), f.locationRetentionDays(),
                        f.educationRetentionDays(), CityGovDefaults.VagueWording.of(f.vagueWording())),
                new CityGovDefaults.ProjectWide(w.hubAssets(), w.platformHubAssets(), w.partiesNeedingCouncil()),
                monitoring.orElseThrow()));
    }

    /** The monitoring thresholds of the section, or problems at {@code at…} naming the value that is wrong. */
    private static Optional<MonitoringThresholds> monitoring(CatalogueDocument.Monitoring m, String at, Lines lines,
                                                             List<Problem> problems) {
        int before = problems.size();
        java.time.Duration burst = duration(m.burstWindow(), at + ".burstWindow", lines, problems);
        java.time.Duration outside = duration(m.outsideWindow(), at + ".outsideWindow", lines, problems);
        java.time.Duration volume = duration(m.volumeWindow(), at + ".volumeWindow", lines, problems);
        if (m.minimumHistory() > m.baselineWindows()) {
            problems.add(lines.problem(at + ".minimumHistory", "cannot exceed baselineWindows ("
                    + m.baselineWindows() + "), got " + m.minimumHistory()));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MonitoringThresholds(burst, m.burstDenials(), outside, m.outsideRequests(), volume,
                    m.baselineWindows(), m.minimumHistory(), m.volumeFactor(), m.volumeMinimum()));
        } catch (IllegalArgumentException e) {
            problems.add(lines.problem(at, e.getMessage()));
            return Optional.empty();
        }
    }

    private static java.time.Duration duration(String value, String path, Lines lines, List<Problem> problems) {
        try {
            java.time.Duration parsed = java.time.Duration.parse(value);
            if (parsed.isZero() || parsed.isNegative()) {
                problems.add(lines.problem(path, "must be a positive duration, got " + value));
            }
            return parsed;
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(lines.problem(path, CatalogueDocument.DURATION_MESSAGE + ", got " + value));
            return java.time.Duration.ZERO;
        }
    }

    /** The bundled edition's CityGov defaults, for a city's edition that sets none (an earlier file stays valid). */
    static CityGovDefaults bundledDefaults() {
        return BundledDefaults.VALUE;
    }

    private static final class BundledDefaults {
        static final CityGovDefaults VALUE = read();

        private static CityGovDefaults read() {
            try (var in = CatalogueLoader.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled catalogue " + BUNDLED_RESOURCE + " is missing");
                }
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                Parsed<CatalogueDocument> parsed = new DocumentReader().read(text, Syntax.JSON,
                        CatalogueDocument.class);
                if (!(parsed instanceof Parsed.Ok<CatalogueDocument> ok) || ok.value().cityGovDefaults() == null) {
                    throw new IllegalStateException("the bundled catalogue " + BUNDLED_RESOURCE
                            + " has no valid cityGovDefaults section");
                }
                List<Problem> problems = new ArrayList<>();
                return defaults(ok.value().cityGovDefaults(), ok.lines(), problems).orElseThrow(() ->
                        new IllegalStateException("the bundled cityGovDefaults are inconsistent: " + problems));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void noRepeats(CatalogueDocument doc, Lines lines, List<Problem> problems) {
        for (int i = 0; i < doc.lawAreas().size(); i++) {
            repeats("lawAreas[" + i + "].serviceFields", doc.lawAreas().get(i).serviceFields(), lines, problems);
        }
        for (int i = 0; i < doc.softLawTopics().size(); i++) {
            repeats("softLawTopics[" + i + "].dataCategories", doc.softLawTopics().get(i).dataCategories(), lines,
                    problems);
        }
    }

    private static <E> void repeats(String path, List<E> values, Lines lines, List<Problem> problems) {
        Set<E> seen = new HashSet<>();
        for (E value : values) {
            if (!seen.add(value)) {
                problems.add(lines.problem(path, value + " is listed twice"));
            }
        }
    }

    private static Label label(CatalogueDocument.Label label) {
        return new Label(label.en(), label.ja());
    }

    private static CatalogueReading invalid(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.IN_DOCUMENT_ORDER);
        return new CatalogueReading.Invalid(sorted);
    }

}
