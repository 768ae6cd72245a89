package org.citygov.domain.platform;

import java.util.Objects;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.project.ProjectId;

/**
 * Where an offer's data comes from: a data asset of a governance project (an optional {@code sources} entry of the
 * platform document, added to {@code citygov-platform/1}). It is the link between the two bounded contexts: the offer is
 * checked against the asset ({@link ProjectProvenance}), and an incident that touches the offer touches the project's
 * data ({@link IncidentLoop}). CityGov does not guess the link from data categories: two projects may both hold
 * location data without the platform holding either's.
 */
public record OfferSource(OfferId offer, ProjectId project, DataAssetId asset) {

    public OfferSource {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(asset, "asset");
    }
}
