package org.citygov.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.platform.IncidentReview;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.shared.Result;

/**
 * The incidents of a stored platform as its operator records them, and the monitoring alerts (issue 13). Incidents
 * live in the platform's {@code citygov-platform/1} document: each change is a save of the platform with the version
 * the caller read (STALE otherwise) and one audit entry naming the authenticated caller.
 *
 * <table>
 * <caption>Who may do what (the platform's visibility is {@link ViewPlatforms}'; a platform the caller does not see
 * is NOT_FOUND)</caption>
 * <tr><th>caller</th><th>record, add steps and notifications, open an alert, feed a review back</th>
 *     <th>read incidents and what is due</th><th>read alerts</th></tr>
 * <tr><td>ADMIN</td><td>yes</td><td>all</td><td>all</td></tr>
 * <tr><td>OPERATOR</td><td>on the platforms it operates</td><td>all of those</td><td>about the participants of
 *     the platforms it operates</td></tr>
 * <tr><td>AUDITOR</td><td>FORBIDDEN</td><td>all</td><td>all</td></tr>
 * <tr><td>PROVIDER, USER (token named by a participant id)</td><td>FORBIDDEN</td><td>only the incidents that affect
 *     it (the review's {@code impact.participants}); another one is NOT_FOUND</td><td>FORBIDDEN</td></tr>
 * </table>
 */
public interface RecordIncidents {

    /** Records a new incident on the platform (MARKET.md's rules: INVALID with paths {@code incidents[i]…}). */
    Result<Recorded> record(PlatformId platform, Incident incident, long expectedVersion, Caller caller);

    /** Adds a step (TRIAGED … REVIEWED) to a recorded incident; INVALID out of order. */
    Result<Recorded> addEvent(PlatformId platform, IncidentId incident, Incident.StatusEvent event,
                              long expectedVersion, Caller caller);

    /** Adds a notification made to a recorded incident. */
    Result<Recorded> addNotification(PlatformId platform, IncidentId incident, Incident.Notification notification,
                                     long expectedVersion, Caller caller);

    /**
     * Opens alert {@code alertId} as incident {@code incident} of the platform now ({@link Alert#openAsIncident}):
     * NOT_FOUND for an alert the caller may not see; INVALID when its party is not a participant or the id is taken.
     */
    Result<Recorded> openFromAlert(PlatformId platform, String alertId, IncidentId incident, long expectedVersion,
                                   Caller caller);

    /** The incidents the caller may see, each judged at {@code at} (deadlines, impact, findings). */
    Result<Judged> incidents(PlatformId platform, Instant at, Caller caller);

    /** The incidents of every platform the caller sees (by platform id), as {@link #incidents}. */
    List<Judged> everywhere(Instant at, Caller caller);

    /** One incident judged at {@code at}; NOT_FOUND when not recorded or not the caller's to see. */
    Result<JudgedIncident> incident(PlatformId platform, IncidentId incident, Instant at, Caller caller);

    /** The notifications not yet made at {@code at} of the incidents the caller may see, overdue first. */
    Result<HandleIncidents.Due> due(PlatformId platform, Instant at, Caller caller);

    /**
     * Sends the governance projects whose data a REVIEWED incident touched back to risk analysis
     * ({@link HandleIncidents#feedBack}), the caller named as the actor of their revision.
     */
    Result<List<HandleIncidents.ProjectOutcome>> feedBack(PlatformId platform, IncidentId incident, Caller caller);

    /** The alerts the caller may see, raised at or after {@code since} when given, oldest first. */
    Result<List<Alert>> alerts(Optional<Instant> since, Caller caller);

    /** One alert; NOT_FOUND when unknown or not the caller's to see. */
    Result<Alert> alert(String id, Caller caller);

    /** The platform after a change, and the incident changed. */
    record Recorded(RegisteredPlatform platform, Incident incident) {
        public Recorded {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(incident, "incident");
        }
    }

    /** The incidents of a platform the caller may see, judged at an instant. */
    record Judged(RegisteredPlatform platform, Instant at, List<JudgedIncident> incidents) {
        public Judged {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(at, "at");
            incidents = List.copyOf(incidents);
        }
    }

    /** An incident and how it stands at an instant. */
    record JudgedIncident(Incident incident, IncidentReview review) {
        public JudgedIncident {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(review, "review");
        }
    }
}
