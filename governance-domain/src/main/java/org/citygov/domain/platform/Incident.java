package org.citygov.domain.platform;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A security incident at a participant of the platform (MARKET.md {@code incidents}): what happened, where, when and
 * by whom it was detected, which offers' data it affected, how many persons (when known), whether it was malicious,
 * how it progressed and whom it was notified to.
 */
public record Incident(
        IncidentId id,
        Kind kind,
        ParticipantId at,
        Instant detectedAt,
        Detector detectedBy,
        List<OfferId> offers,
        OptionalLong personsAffected,
        boolean malicious,
        List<StatusEvent> events,
        List<Notification> notifications) {

    public enum Kind {
        RANSOMWARE, DATA_THEFT, UNAUTHORIZED_ACCESS, DENIAL_OF_SERVICE, ACCOUNT_TAKEOVER, LOSS, MISDELIVERY
    }

    public enum Detector { SOC, PARTICIPANT, SUBJECT, THIRD_PARTY }

    /** The stages an incident passes through, in order. */
    public enum Status { TRIAGED, CONTAINED, RECOVERED, CLOSED, REVIEWED }

    public enum NotificationKind { PRELIMINARY, FINAL, NOTICE }

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(detectedAt, "detectedAt");
        Objects.requireNonNull(detectedBy, "detectedBy");
        offers = List.copyOf(offers);
        Objects.requireNonNull(personsAffected, "personsAffected");
        if (personsAffected.isPresent() && personsAffected.getAsLong() < 0) {
            throw new IllegalArgumentException("persons affected cannot be negative");
        }
        events = List.copyOf(events);
        notifications = List.copyOf(notifications);
    }

    /** Whether the incident reached {@code status}. */
    public boolean reached(Status status) {
        return events.stream().anyMatch(e -> e.status() == status);
    }

    /** A step of the incident's handling, at an instant. */
    public record StatusEvent(Status status, Instant at) {
        public StatusEvent {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A notification made: to whom, what kind, when. */
    public record Notification(Recipient to, NotificationKind kind, Instant at) {
        public Notification {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Whom an incident is notified to: a participant, the Personal Information Protection Commission, the persons. */
    public sealed interface Recipient {

        /** As the document writes it: the participant's id, {@code PPC} or {@code SUBJECTS}. */
        String code();

        static Recipient parse(String code) {
            return switch (code) {
                case "PPC" -> new Ppc();
                case "SUBJECTS" -> new Subjects();
                default -> new ToParticipant(ParticipantId.of(code));
            };
        }

        record ToParticipant(ParticipantId participant) implements Recipient {
            public ToParticipant {
                Objects.requireNonNull(participant, "participant");
            }

            @Override
            public String code() {
                return participant.value();
            }
        }

        /** The Personal Information Protection Commission (APPI Art. 26 (1)). */
        record Ppc() implements Recipient {
            @Override
            public String code() {
                return "PPC";
            }
        }

        /** The persons whose data was affected (APPI Art. 26 (2)). */
        record Subjects() implements Recipient {
            @Override
            public String code() {
                return "SUBJECTS";
            }
        }
    }
}
