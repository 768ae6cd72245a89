package org.citygov.domain.stakeholder;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.citygov.domain.shared.Ids;

/**
 * A party with a stake in the project, direct or indirect (4.3), with the two ratings the stakeholder analysis rests
 * on and the engagement activities held with it so far.
 */
public record Stakeholder(
        StakeholderId id,
        String name,
        StakeholderCategory category,
        Involvement involvement,
        Rating impact,
        Rating uncertainty,
        Set<Certification> certifications,
        List<EngagementActivity> engagements) {

    public Stakeholder {
        Objects.requireNonNull(id, "id");
        name = Ids.requireText(name, "stakeholder name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(involvement, "involvement");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(uncertainty, "uncertainty");
        certifications = certifications.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(certifications));
        engagements = engagements.stream()
                .sorted(Comparator.comparing(EngagementActivity::heldOn))
                .toList();
    }

    public static Stakeholder of(StakeholderId id, String name, StakeholderCategory category, Involvement involvement,
                                 Rating impact, Rating uncertainty) {
        return new Stakeholder(id, name, category, involvement, impact, uncertainty, Set.of(), List.of());
    }

    /** Impact times uncertainty, 1 to 25. */
    public int score() {
        return impact.value() * uncertainty.value();
    }

    /** The stakeholder's level by an edition's bands (CityGov defaults unless the edition sets its own). */
    public Importance importance(ImportanceBands bands) {
        return bands.of(impact, uncertainty);
    }

    /** The engagement format the edition gives the stakeholder's level. */
    public EngagementFormat recommendedEngagement(ImportanceBands bands) {
        return bands.engagementFor(importance(bands));
    }

    /** The deepest engagement format among the activities held, if any were. */
    public Optional<EngagementFormat> deepestEngagementHeld() {
        return engagements.stream().map(EngagementActivity::format).max(Comparator.naturalOrder());
    }

    /**
     * Whether the stakeholder has been heard: an activity that gathers their views was held (information gathering,
     * two-way or involvement, Table 5-1), not only information distribution, which goes one way. The one definition
     * of "heard" for the cycle's gate to rule design (4.2) and the overall-governance risk (4.3).
     */
    public boolean heard() {
        return deepestEngagementHeld().map(held -> held.atLeast(EngagementFormat.INFORMATION_GATHERING)).orElse(false);
    }

    /** Whether the activities held reach the format the edition gives its level. */
    public boolean isEngagedAsRecommended(ImportanceBands bands) {
        return deepestEngagementHeld().map(held -> held.atLeast(recommendedEngagement(bands))).orElse(false);
    }

    public Stakeholder withEngagement(EngagementActivity activity) {
        Objects.requireNonNull(activity, "activity");
        return new Stakeholder(id, name, category, involvement, impact, uncertainty, certifications,
                Stream.concat(engagements.stream(), Stream.of(activity)).toList());
    }

    public boolean holds(Certification certification) {
        return certifications.contains(certification);
    }

    /**
     * This stakeholder with another value for the name, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new stakeholder, checked like any other
     */
    public Stakeholder withName(String value) {
        return new Stakeholder(id, value, category, involvement, impact, uncertainty, certifications, engagements);
    }

    /**
     * This stakeholder with another value for the category, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new stakeholder, checked like any other
     */
    public Stakeholder withCategory(StakeholderCategory value) {
        return new Stakeholder(id, name, value, involvement, impact, uncertainty, certifications, engagements);
    }

    /**
     * This stakeholder with another value for the involvement (direct or indirect), every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new stakeholder, checked like any other
     */
    public Stakeholder withInvolvement(Involvement value) {
        return new Stakeholder(id, name, category, value, impact, uncertainty, certifications, engagements);
    }

    /**
     * This stakeholder with another value for the impact rating (4.3), every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new stakeholder, checked like any other
     */
    public Stakeholder withImpact(Rating value) {
        return new Stakeholder(id, name, category, involvement, value, uncertainty, certifications, engagements);
    }

    /**
     * This stakeholder with another value for the uncertainty rating (4.3), every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new stakeholder, checked like any other
     */
    public Stakeholder withUncertainty(Rating value) {
        return new Stakeholder(id, name, category, involvement, impact, value, certifications, engagements);
    }

    /**
     * This stakeholder with another value for the certifications held, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new stakeholder, checked like any other
     */
    public Stakeholder withCertifications(Set<Certification> value) {
        return new Stakeholder(id, name, category, involvement, impact, uncertainty, value, engagements);
    }
}
