package org.citygov.domain.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.OfferSource;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * What the {@link LinkageMonitor} raised about one party of the linkage decision stream: the kind, when, over which
 * window, how many decisions, the party's baseline (volume alerts), the project assets it asked for, and in words.
 */
public record Alert(String id, Kind kind, StakeholderId party, Instant raisedAt, Instant windowStart, long count,
                    OptionalDouble baseline, List<RequestedAsset> assets, String text) {

    public enum Kind {
        /** Many denials in a short time: probing, a misconfigured client, a stolen token. */
        DENIAL_BURST,
        /** Requests for data no data flow hands to the party for that purpose. */
        OUTSIDE_AGREEMENTS,
        /** Far more requests than the party's own baseline: bulk extraction. */
        VOLUME_ABOVE_BASELINE
    }

    /** A data asset of a project that the party asked for within the alert's window. */
    public record RequestedAsset(ProjectId project, DataAssetId asset) {
        public RequestedAsset {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(asset, "asset");
        }
    }

    public Alert {
        id = Ids.requireText(id, "alert id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(baseline, "baseline");
        assets = List.copyOf(assets);
        text = Ids.requireText(text, "alert text");
    }

    /** The incident kind an alert of this kind is opened as (the analyst may correct it in the record). */
    public Incident.Kind incidentKind() {
        return switch (kind) {
            case DENIAL_BURST, OUTSIDE_AGREEMENTS -> Incident.Kind.UNAUTHORIZED_ACCESS;
            case VOLUME_ABOVE_BASELINE -> Incident.Kind.DATA_THEFT;
        };
    }

    /**
     * Opens this alert as an incident of {@code market}, in one step: at the participant with the party's id,
     * detected by the SOC when the alert was raised, TRIAGED at {@code openedAt}, affecting the offers whose data
     * comes from the assets the party asked for ({@link DataMarket#sources}); malicious unknown, so not claimed
     * (the PPC's shorter 30-day final deadline applies until the review says otherwise); persons affected unknown.
     * INVALID when the party is not a participant of the platform, the id is taken, or {@code openedAt} precedes the
     * alert.
     */
    public Result<DataMarket> openAsIncident(DataMarket market, IncidentId incidentId, Instant openedAt) {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(openedAt, "openedAt");
        ParticipantId at = ParticipantId.of(party.value());
        if (market.participant(at).isEmpty()) {
            return Result.invalid(List.of(new org.citygov.domain.shared.Violation("party", "the alert's party "
                    + party + " is not a participant of platform " + market.platform().id())));
        }
        Set<RequestedAsset> asked = Set.copyOf(assets);
        List<OfferId> offers = market.sources().stream()
                .filter(s -> asked.contains(new RequestedAsset(s.project(), s.asset())))
                .map(OfferSource::offer).distinct().toList();
        Incident incident = new Incident(incidentId, incidentKind(), at, raisedAt, Incident.Detector.SOC, offers,
                OptionalLong.empty(), false, List.of(new Incident.StatusEvent(Incident.Status.TRIAGED, openedAt)),
                List.of());
        return market.withIncident(incident);
    }

    /** The assets as {@code project/asset}, for reports. */
    public String assetList() {
        return assets.stream().map(a -> a.project() + "/" + a.asset()).collect(Collectors.joining(", "));
    }
}
