package org.citygov.domain.project;

import java.util.Objects;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.shared.Ids;

/**
 * What share of a region's residents accept the use of a kind of data, and where that figure comes from (3.4:
 * citizens' awareness, measured by surveys and engagement).
 */
public record AcceptanceSurvey(DataCategory dataCategory, double share, String source) {
    public AcceptanceSurvey {
        Objects.requireNonNull(dataCategory, "dataCategory");
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("an acceptance share is between 0 and 1, got " + share);
        }
        source = Ids.requireText(source, "acceptance survey source");
    }
}
