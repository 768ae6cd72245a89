package org.citygov.adapter.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citygov.application.platform.PlatformAssessmentDocument;
import org.citygov.application.platform.PlatformAssessmentDocument.FindingEntry;
import org.citygov.application.platform.PlatformDocument;
import org.citygov.application.platform.PlatformWriter;
import org.citygov.application.port.in.HandleIncidents;
import org.citygov.application.port.in.RecordIncidents;
import org.citygov.application.report.Nullable;
import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.platform.IncidentReview;
import org.citygov.domain.shared.Ids;

/**
 * What the incident and alert routes send and receive (issue 13). An incident is in the document's shape
 * ({@code incidents[i]} of MARKET.md) with how it stands at an instant beside it, in the platform assessment's shape
 * ({@code incidents[i]} of the assessment): deadlines, impact, findings. The API document's schemas are made from these
 * records.
 */
final class IncidentRepresentations {

    private IncidentRepresentations() {
    }

    /** An incident as recorded, and how it stands at {@code at}. */
    record IncidentItem(String platform, long version, Instant at, PlatformDocument.Incident incident,
                        PlatformAssessmentDocument.IncidentEntry review) {
        static IncidentItem of(RecordIncidents.Judged judged, RecordIncidents.JudgedIncident i) {
            return new IncidentItem(judged.platform().id().value(), judged.platform().version(), judged.at(),
                    PlatformWriter.incident(i.incident()), PlatformAssessmentDocument.IncidentEntry.of(i.review()));
        }
    }

    /** A notification still to be made: of which incident, to whom, what, by when, OPEN or OVERDUE. */
    record DueNotification(String incident, String to, String kind, Instant due, IncidentReview.DeadlineStatus status) {
        static DueNotification of(HandleIncidents.Pending p) {
            return new DueNotification(p.incident().value(), p.deadline().to().code(), p.deadline().kind().name(),
                    p.deadline().due(), p.deadline().status());
        }
    }

    /** What is due at {@code at} on a platform, overdue first; {@code overdue} when anything is. */
    record DueList(String platform, Instant at, boolean overdue, List<DueNotification> items) {
    }

    /** An alert opened as an incident: which alert, and the new incident's id. */
    record AlertIncidentRequest(
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = PlatformRepresentations.PLATFORM_KEBAB)
            @Size(max = 400) String alert,
            @NotNull @Pattern(regexp = Ids.KEBAB_CASE_REGEX, message = PlatformRepresentations.PLATFORM_KEBAB)
            @Size(max = Ids.MAX_ID_LENGTH) String id) {
    }

    /** A project asset a party asked for within an alert's window. */
    record RequestedAsset(String project, String asset) {
    }

    /** A monitoring alert; {@code baseline} (the party's mean per window) only for VOLUME_ABOVE_BASELINE. */
    record AlertItem(String id, Alert.Kind kind, String party, Instant raisedAt, Instant windowStart, long count,
                     @Nullable Double baseline, List<RequestedAsset> assets, String text) {
        static AlertItem of(Alert a) {
            return new AlertItem(a.id(), a.kind(), a.party().value(), a.raisedAt(), a.windowStart(), a.count(),
                    a.baseline().isPresent() ? a.baseline().getAsDouble() : null,
                    a.assets().stream().map(r -> new RequestedAsset(r.project().value(), r.asset().value())).toList(),
                    a.text());
        }
    }

    /** What became of one governance project a reviewed incident touched; {@code revision} when it was sent back. */
    record ProjectOutcome(String project, HandleIncidents.Status status, String detail, List<FindingEntry> findings,
                          @Nullable Integer revision) {
        static ProjectOutcome of(HandleIncidents.ProjectOutcome o) {
            return new ProjectOutcome(o.project().value(), o.status(), o.detail(),
                    o.findings().stream().map(PlatformAssessmentDocument.FindingEntry::of).toList(),
                    o.revised().map(p -> p.cycle().revision()).orElse(null));
        }
    }

    /** The outcome of feeding a reviewed incident back into the governance projects. */
    record FeedBack(String platform, String incident, List<ProjectOutcome> projects) {
    }
}
