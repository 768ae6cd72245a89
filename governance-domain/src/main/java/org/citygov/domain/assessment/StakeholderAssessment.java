package org.citygov.domain.assessment;

import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.Importance;
import org.citygov.domain.stakeholder.ImportanceBands;
import org.citygov.domain.stakeholder.Involvement;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderCategory;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * The stakeholder analysis of one stakeholder (4.3): its importance from impact × uncertainty and the engagement
 * format given to that importance (both by the edition's {@link ImportanceBands}, CityGov defaults), whether it has
 * been heard, and how far the engagement held so far reaches.
 */
public record StakeholderAssessment(
        StakeholderId id,
        String name,
        StakeholderCategory category,
        Involvement involvement,
        int score,
        Importance importance,
        EngagementFormat engagement,
        Optional<EngagementFormat> engagementHeld,
        boolean engagedAsRecommended) {

    public StakeholderAssessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(involvement, "involvement");
        Objects.requireNonNull(importance, "importance");
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(engagementHeld, "engagementHeld");
    }

    public static StakeholderAssessment of(Stakeholder stakeholder, ImportanceBands bands) {
        return new StakeholderAssessment(stakeholder.id(), stakeholder.name(), stakeholder.category(),
                stakeholder.involvement(), stakeholder.score(),
                stakeholder.importance(bands), stakeholder.recommendedEngagement(bands),
                stakeholder.deepestEngagementHeld(), stakeholder.isEngagedAsRecommended(bands));
    }
}
