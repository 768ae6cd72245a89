package org.citygov.domain.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.shared.Messages;

/**
 * An incident judged at an instant: whether it is reportable to the Personal Information Protection Commission, the
 * notifications due and how each stands, what it touched, and its findings.
 *
 * <table>
 * <caption>Deadlines (MARKET.md; durations from {@code detectedAt}, values from {@link MarketRules})</caption>
 * <tr><th>to</th><th>kind</th><th>due</th><th>when</th></tr>
 * <tr><td>every affected participant: the operator, the providers of the affected offers and the users holding
 *     agreements on them, but not the participant where it happened</td><td>NOTICE</td><td>the platform's
 *     {@code incidentReportHours}</td><td>always</td></tr>
 * <tr><td>PPC</td><td>PRELIMINARY</td><td>5 days</td><td>reportable: personal data affected and special care,
 *     malicious, or more than 1,000 persons (APPI Art. 26 (1), Enforcement Rules Art. 7)</td></tr>
 * <tr><td>PPC</td><td>FINAL</td><td>30 days, 60 when malicious (Enforcement Rules Art. 8 (2))</td>
 *     <td>reportable</td></tr>
 * <tr><td>SUBJECTS</td><td>NOTICE</td><td>5 days (CityGov default)</td><td>reportable (APPI Art. 26 (2))</td></tr>
 * </table>
 * A deadline is MET (notified by then), LATE (notified after it: {@code notification-late}), OVERDUE (not notified and
 * past: {@code notification-overdue}) or OPEN (not notified, not yet due); a notification dated after the assessment's
 * instant has not happened yet. A CLOSED incident that was not REVIEWED is {@code no-post-incident-review}.
 */
public record IncidentReview(IncidentId id, boolean reportable, List<Deadline> deadlines, Impact impact,
                             List<Finding> findings) {

    public enum DeadlineStatus { MET, LATE, OVERDUE, OPEN }

    public IncidentReview {
        Objects.requireNonNull(id, "id");
        deadlines = List.copyOf(deadlines);
        Objects.requireNonNull(impact, "impact");
        findings = List.copyOf(findings);
    }

    /** The notifications still to be made: OVERDUE ones, then OPEN ones, each group by due time. */
    public List<Deadline> pending() {
        return deadlines.stream().filter(d -> d.status() == DeadlineStatus.OVERDUE || d.status() == DeadlineStatus.OPEN)
                .sorted(java.util.Comparator.comparing((Deadline d) -> d.status() != DeadlineStatus.OVERDUE)
                        .thenComparing(Deadline::due)).toList();
    }

    public boolean anythingOverdue() {
        return deadlines.stream().anyMatch(d -> d.status() == DeadlineStatus.OVERDUE);
    }

    /** One notification due. */
    public record Deadline(Incident.Recipient to, Incident.NotificationKind kind, Instant due, Optional<Instant> done,
                           DeadlineStatus status) {
        public Deadline {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(done, "done");
            Objects.requireNonNull(status, "status");
        }
    }

    /** Whom and what the incident touched: participants and the platform's critical services relying on its data. */
    public record Impact(List<ParticipantId> participants, List<ServiceField> criticalServices) {
        public Impact {
            participants = List.copyOf(participants);
            criticalServices = List.copyOf(criticalServices);
        }
    }

    /**
     * Reviews {@code incident} on {@code market} at {@code at}; {@code users} gives the users holding agreements on
     * an offer, in agreement order.
     */
    public static IncidentReview of(Incident incident, DataMarket market, Function<OfferId, List<ParticipantId>> users,
                                    Instant at, MarketRules rules) {
        Platform platform = market.platform();
        List<Offer> affected = incident.offers().stream().map(market::offerOf).toList();
        Set<ParticipantId> participants = new LinkedHashSet<>();
        participants.add(incident.at());
        participants.add(platform.operator());
        affected.forEach(o -> participants.add(o.provider()));
        affected.forEach(o -> participants.addAll(users.apply(o.id())));
        boolean personal = affected.stream().anyMatch(Offer::isPersonalData);
        boolean reportable = personal && (affected.stream().anyMatch(Offer::specialCare) || incident.malicious()
                || incident.personsAffected().orElse(0) > rules.ppcPersonsThreshold());

        List<Deadline> deadlines = new ArrayList<>();
        Instant detected = incident.detectedAt();
        for (ParticipantId participant : participants) {
            if (!participant.equals(incident.at())) {
                deadlines.add(deadline(incident, new Incident.Recipient.ToParticipant(participant),
                        Incident.NotificationKind.NOTICE, detected.plus(Duration.ofHours(platform.incidentReportHours())),
                        at));
            }
        }
        if (reportable) {
            deadlines.add(deadline(incident, new Incident.Recipient.Ppc(), Incident.NotificationKind.PRELIMINARY,
                    detected.plus(rules.ppcPreliminary()), at));
            deadlines.add(deadline(incident, new Incident.Recipient.Ppc(), Incident.NotificationKind.FINAL,
                    detected.plus(incident.malicious() ? rules.ppcFinalMalicious() : rules.ppcFinal()), at));
            deadlines.add(deadline(incident, new Incident.Recipient.Subjects(), Incident.NotificationKind.NOTICE,
                    detected.plus(rules.subjectsNotice()), at));
        }
        List<Finding> findings = new ArrayList<>();
        String id = incident.id().value();
        for (Deadline d : deadlines) {
            switch (d.status()) {
                case LATE -> findings.add(new Finding(FindingCode.NOTIFICATION_LATE, id, Messages.text(
                        "finding.notificationLate", d.kind(), d.to().code(), d.due(), d.done().orElseThrow())));
                case OVERDUE -> findings.add(new Finding(FindingCode.NOTIFICATION_OVERDUE, id, Messages.text(
                        "finding.notificationOverdue", d.kind(), d.to().code(), d.due())));
                case MET, OPEN -> {
                    // on time, or not yet due
                }
            }
        }
        if (reachedBy(incident, Incident.Status.CLOSED, at) && !reachedBy(incident, Incident.Status.REVIEWED, at)) {
            findings.add(new Finding(FindingCode.NO_POST_INCIDENT_REVIEW, id,
                    Messages.text("finding.noPostIncidentReview")));
        }
        List<ServiceField> services = criticalServices(platform, affected, rules);
        return new IncidentReview(incident.id(), reportable, deadlines,
                new Impact(List.copyOf(participants), services), findings);
    }

    /**
     * The platform's critical services whose data the offers carry: a service field counts when one of the data
     * categories it relies on ({@link MarketRules#dataOf}, a CityGov default table) is among the offers' categories.
     */
    static List<ServiceField> criticalServices(Platform platform, List<Offer> offers, MarketRules rules) {
        Set<DataCategory> touched = EnumSet.noneOf(DataCategory.class);
        offers.forEach(o -> touched.addAll(o.categories()));
        return platform.criticalServices().stream().sorted()
                .filter(field -> rules.dataOf(field).stream().anyMatch(touched::contains)).toList();
    }

    /** When the incident was REVIEWED, if it was by {@code at}. */
    static Optional<Instant> reviewedBy(Incident incident, Instant at) {
        return incident.events().stream()
                .filter(e -> e.status() == Incident.Status.REVIEWED && !e.at().isAfter(at))
                .map(Incident.StatusEvent::at).findFirst();
    }

    private static boolean reachedBy(Incident incident, Incident.Status status, Instant at) {
        return incident.events().stream().anyMatch(e -> e.status() == status && !e.at().isAfter(at));
    }

    private static Deadline deadline(Incident incident, Incident.Recipient to, Incident.NotificationKind kind,
                                     Instant due, Instant at) {
        Optional<Instant> done = incident.notifications().stream()
                .filter(n -> n.to().equals(to) && n.kind() == kind && !n.at().isAfter(at))
                .map(Incident.Notification::at).min(Instant::compareTo);
        DeadlineStatus status = done.map(d -> d.isAfter(due) ? DeadlineStatus.LATE : DeadlineStatus.MET)
                .orElse(at.isAfter(due) ? DeadlineStatus.OVERDUE : DeadlineStatus.OPEN);
        return new Deadline(to, kind, due, done, status);
    }
}
