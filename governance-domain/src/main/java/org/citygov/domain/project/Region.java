package org.citygov.domain.project;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.shared.Ids;

/** The region a project serves: its traits and what its residents said they accept. */
public record Region(String name, Set<RegionProfile> profile, List<AcceptanceSurvey> acceptance) {
    public Region {
        name = Ids.requireText(name, "region name");
        profile = profile.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(profile));
        acceptance = List.copyOf(acceptance);
    }

    public boolean is(RegionProfile trait) {
        return profile.contains(trait);
    }

    /** The surveyed acceptance of a kind of data, if a survey asked about it. */
    public Optional<AcceptanceSurvey> acceptanceOf(DataCategory category) {
        return acceptance.stream().filter(a -> a.dataCategory() == category).findFirst();
    }
}
