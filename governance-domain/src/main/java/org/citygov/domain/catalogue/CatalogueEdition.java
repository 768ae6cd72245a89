package org.citygov.domain.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Messages;
import org.citygov.domain.shared.Violation;
import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.StakeholderCategory;

/**
 * One edition of the reference tables the governance process rests on (5.2, 5.3, 4.3): binding laws by area
 * (Table 5-2), soft laws by kind of data (Table 5-3), the focal points for risks (Table 5-4), the privacy harms of the
 * appendix, the stakeholder categories (Fig. 4-3) and the engagement methods (Table 5-1); and, labelled apart,
 * CityGov's own numbers ({@link CityGovDefaults}: importance bands, engagement per level, acceptance shares, the
 * level rule design must mitigate), which the guideline does not give.
 *
 * <p>Laws are amended and cities add ordinances (5.5), so the tables are data, versioned by {@code version}
 * (e.g. {@code jp-2023.02}); an assessment names the edition it applied. An edition is complete and consistent: every
 * reference resolves, every id is unique, and every focal point, harm, stakeholder category, engagement format and
 * method has its entry, because the analysis quotes their labels and questions.
 */
public record CatalogueEdition(
        String version,
        Label title,
        List<LawArea> lawAreas,
        List<Law> laws,
        List<SoftLawTopic> softLawTopics,
        List<SoftLaw> softLaws,
        List<FocalPointEntry> focalPoints,
        List<HarmEntry> privacyHarms,
        List<StakeholderCategoryEntry> stakeholderCategories,
        List<EngagementFormatEntry> engagementFormats,
        List<EngagementMethodEntry> engagementMethods,
        CityGovDefaults cityGovDefaults) {

    /** Lower-case letters, digits, dots and hyphens, starting with a letter or digit: {@code jp-2023.02}. */
    public static final Pattern VERSION = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    public CatalogueEdition {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        lawAreas = List.copyOf(lawAreas);
        laws = List.copyOf(laws);
        softLawTopics = List.copyOf(softLawTopics);
        softLaws = List.copyOf(softLaws);
        focalPoints = List.copyOf(focalPoints);
        privacyHarms = List.copyOf(privacyHarms);
        stakeholderCategories = List.copyOf(stakeholderCategories);
        engagementFormats = List.copyOf(engagementFormats);
        engagementMethods = List.copyOf(engagementMethods);
        Objects.requireNonNull(cityGovDefaults, "cityGovDefaults");
        List<Violation> violations = check(version, lawAreas, laws, softLawTopics, softLaws, focalPoints,
                privacyHarms, stakeholderCategories, engagementFormats, engagementMethods);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("inconsistent catalogue edition " + version + ": " + violations);
        }
    }

    /** The edition, or INVALID with every inconsistency and its path (as the catalogue file names it). */
    public static Result<CatalogueEdition> create(String version, Label title, List<LawArea> lawAreas, List<Law> laws,
                                                  List<SoftLawTopic> softLawTopics, List<SoftLaw> softLaws,
                                                  List<FocalPointEntry> focalPoints, List<HarmEntry> privacyHarms,
                                                  List<StakeholderCategoryEntry> stakeholderCategories,
                                                  List<EngagementFormatEntry> engagementFormats,
                                                  List<EngagementMethodEntry> engagementMethods,
                                                  CityGovDefaults cityGovDefaults) {
        List<Violation> violations = check(version, lawAreas, laws, softLawTopics, softLaws, focalPoints,
                privacyHarms, stakeholderCategories, engagementFormats, engagementMethods);
        if (!violations.isEmpty()) {
            return Result.invalid(violations);
        }
        return Result.success(new CatalogueEdition(version, title, lawAreas, laws, softLawTopics, softLaws,
                focalPoints, privacyHarms, stakeholderCategories, engagementFormats, engagementMethods,
                cityGovDefaults));
    }

    // ---- look-ups the analysis uses

    /** The areas of Table 5-2 that concern a service field; empty when the field adds no area law. */
    public List<LawArea> areasFor(ServiceField field) {
        return lawAreas.stream().filter(a -> a.covers(field)).toList();
    }

    public List<Law> lawsIn(CatalogueId area) {
        return laws.stream().filter(l -> l.scope() instanceof LawScope.InArea in && in.area().equals(area)).toList();
    }

    /** Laws that apply to every project handling personal data. */
    public List<Law> personalDataLaws() {
        return laws.stream().filter(l -> l.scope() instanceof LawScope.PersonalData).toList();
    }

    /** The kinds of data of Table 5-3 a data category counts as. */
    public List<SoftLawTopic> topicsFor(DataCategory category) {
        return softLawTopics.stream().filter(t -> t.covers(category)).toList();
    }

    public List<SoftLaw> softLawsOn(CatalogueId topic) {
        return softLaws.stream().filter(s -> s.topic().equals(topic)).toList();
    }

    public FocalPointEntry focalPoint(FocalPoint code) {
        return focalPoints.stream().filter(f -> f.code() == code).findFirst().orElseThrow();
    }

    public HarmEntry harm(PrivacyHarm code) {
        return privacyHarms.stream().filter(h -> h.code() == code).findFirst().orElseThrow();
    }

    public StakeholderCategoryEntry stakeholderCategory(StakeholderCategory code) {
        return stakeholderCategories.stream().filter(c -> c.code() == code).findFirst().orElseThrow();
    }

    public EngagementFormatEntry engagementFormat(EngagementFormat code) {
        return engagementFormats.stream().filter(f -> f.code() == code).findFirst().orElseThrow();
    }

    /** The stage of each harm, as this edition places it (Fig. 5-2), for quick look-up. */
    public Map<PrivacyHarm, HarmStage> harmStages() {
        Map<PrivacyHarm, HarmStage> stages = new EnumMap<>(PrivacyHarm.class);
        privacyHarms.forEach(h -> stages.put(h.code(), h.stage()));
        return stages;
    }

    // ---- consistency

    private static List<Violation> check(String version, List<LawArea> lawAreas, List<Law> laws,
                                         List<SoftLawTopic> topics, List<SoftLaw> softLaws,
                                         List<FocalPointEntry> focalPoints, List<HarmEntry> harms,
                                         List<StakeholderCategoryEntry> categories,
                                         List<EngagementFormatEntry> formats,
                                         List<EngagementMethodEntry> methods) {
        List<Violation> violations = new ArrayList<>();
        if (version == null || !VERSION.matcher(version).matches()) {
            violations.add(new Violation("edition", Messages.text("violation.editionVersion",
                    version)));
        }
        unique("lawAreas", lawAreas, LawArea::id, violations);
        unique("laws", laws, Law::id, violations);
        unique("softLawTopics", topics, SoftLawTopic::id, violations);
        unique("softLaws", softLaws, SoftLaw::id, violations);
        Set<CatalogueId> areaIds = lawAreas.stream().map(LawArea::id).collect(Collectors.toSet());
        for (int i = 0; i < laws.size(); i++) {
            if (laws.get(i).scope() instanceof LawScope.InArea(CatalogueId area) && !areaIds.contains(area)) {
                violations.add(new Violation("laws[" + i + "].area", Messages.text("violation.noLawArea", area)));
            }
            if (laws.get(i).isPlaceTied() && !(laws.get(i).scope() instanceof LawScope.InArea)) {
                violations.add(new Violation("laws[" + i + "].sites", Messages.text(
                        "violation.sitesOnlyForArea")));
            }
        }
        Set<CatalogueId> topicIds = topics.stream().map(SoftLawTopic::id).collect(Collectors.toSet());
        for (int i = 0; i < softLaws.size(); i++) {
            CatalogueId topic = softLaws.get(i).topic();
            if (!topicIds.contains(topic)) {
                violations.add(new Violation("softLaws[" + i + "].topic",
                        Messages.text("violation.noSoftLawTopic", topic)));
            }
        }
        complete("focalPoints", focalPoints, FocalPointEntry::code, FocalPoint.values(), violations);
        complete("privacyHarms", harms, HarmEntry::code, PrivacyHarm.values(), violations);
        complete("stakeholderCategories", categories, StakeholderCategoryEntry::code, StakeholderCategory.values(),
                violations);
        complete("engagementFormats", formats, EngagementFormatEntry::code, EngagementFormat.values(), violations);
        complete("engagementMethods", methods, EngagementMethodEntry::code, EngagementMethod.values(), violations);
        for (int i = 0; i < methods.size(); i++) {
            EngagementMethodEntry m = methods.get(i);
            if (m.format() != m.code().format()) {
                violations.add(new Violation("engagementMethods[" + i + "].format", Messages.text(
                        "violation.methodFormat", m.code(), m.code().format(), m.format())));
            }
        }
        return violations;
    }

    private static <T, I> void unique(String list, List<T> items, Function<T, I> id, List<Violation> violations) {
        Set<I> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            I value = id.apply(items.get(i));
            if (!seen.add(value)) {
                violations.add(new Violation(list + "[" + i + "].id", Messages.text("violation.duplicateCatalogueId", value)));
            }
        }
    }

    private static <T, C extends Enum<C>> void complete(String list, List<T> items, Function<T, C> code, C[] all,
                                                        List<Violation> violations) {
        Set<C> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            C value = code.apply(items.get(i));
            if (!seen.add(value)) {
                violations.add(new Violation(list + "[" + i + "].code", Messages.text("violation.duplicateCode", value)));
            }
        }
        List<String> missing = new ArrayList<>();
        for (C value : all) {
            if (!seen.contains(value)) {
                missing.add(value.name());
            }
        }
        if (!missing.isEmpty()) {
            violations.add(new Violation(list, Messages.text("violation.missingCodes",
                    String.join(", ", missing))));
        }
    }
}
