package org.citygov.domain.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.shared.Messages;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;

/**
 * A data platform with everything on it: its participants, the offers listed, the agreements concluded and the
 * incidents recorded (MARKET.md, {@code citygov-platform/1}). The aggregate of the platform context.
 *
 * <p>What it checks on {@link #create} — each with the path of the document's field — is what makes the document
 * mean something at all; what a platform operator's lawyer would object to is the {@link PlatformAssessment}'s:
 * <table>
 * <caption>Consistency of a platform document</caption>
 * <tr><th>path</th><th>rule</th></tr>
 * <tr><td>{@code participants[i].id}, {@code offers[i].id}, {@code agreements[i].id}, {@code incidents[i].id}</td>
 *     <td>unique within their list</td></tr>
 * <tr><td>{@code platform.operator}</td><td>a participant with the OPERATOR role; no other participant holds it</td></tr>
 * <tr><td>{@code offers[i].provider}</td><td>a participant with the PROVIDER role</td></tr>
 * <tr><td>{@code offers[i].identifiability}</td><td>given exactly when the subject is INDIVIDUAL (MARKET.md)</td></tr>
 * <tr><td>{@code offers[i].specialCare}, {@code offers[i].categories}</td><td>special-care information (APPI
 *     Art. 2 (3)) and the categories that are always about a person (health, medical, care, biometric, facial,
 *     contact) only in data about individuals</td></tr>
 * <tr><td>{@code agreements[i].offer}, {@code agreements[i].user}</td><td>an offer; a participant with the USER
 *     role</td></tr>
 * <tr><td>{@code incidents[i].at}, {@code .offers[j]}, {@code .notifications[k].to}</td><td>a participant; offers;
 *     a participant, {@code PPC} or {@code SUBJECTS}</td></tr>
 * <tr><td>{@code incidents[i].events[j]}</td><td>each status at most once, in the order TRIAGED, CONTAINED, RECOVERED,
 *     CLOSED, REVIEWED (a step may be skipped, none undone), at or after the detection and no earlier than the step
 *     before (issue 13: TRIAGED → … → REVIEWED)</td></tr>
 * <tr><td>{@code sources[i].offer} ({@link #withSources})</td><td>an offer, named by one source at most</td></tr>
 * </table>
 */
public final class DataMarket {

    private final Platform platform;
    private final List<Participant> participants;
    private final List<Offer> offers;
    private final List<Agreement> agreements;
    private final List<Incident> incidents;
    private final List<OfferSource> sources;
    private final Map<ParticipantId, Participant> participantsById;
    private final Map<OfferId, Offer> offersById;

    private DataMarket(Platform platform, List<Participant> participants, List<Offer> offers,
                       List<Agreement> agreements, List<Incident> incidents, List<OfferSource> sources) {
        this.platform = platform;
        this.sources = List.copyOf(sources);
        this.participants = List.copyOf(participants);
        this.offers = List.copyOf(offers);
        this.agreements = List.copyOf(agreements);
        this.incidents = List.copyOf(incidents);
        this.participantsById = Collections.unmodifiableMap(index(this.participants, Participant::id));
        this.offersById = Collections.unmodifiableMap(index(this.offers, Offer::id));
    }

    /** The market, or INVALID with every inconsistency and the path of its field. */
    public static Result<DataMarket> create(Platform platform, List<Participant> participants, List<Offer> offers,
                                            List<Agreement> agreements, List<Incident> incidents) {
        Objects.requireNonNull(platform, "platform");
        List<Violation> violations = check(platform, participants, offers, agreements, incidents);
        if (!violations.isEmpty()) {
            return Result.invalid(violations);
        }
        return Result.success(new DataMarket(platform, participants, offers, agreements, incidents, List.of()));
    }

    /**
     * The same market with the governance-project assets its offers' data comes from; INVALID (path
     * {@code sources[i].offer}) when a source names no offer of the market or an offer already named.
     */
    public Result<DataMarket> withSources(List<OfferSource> newSources) {
        List<Violation> violations = new ArrayList<>();
        java.util.Set<OfferId> named = new java.util.HashSet<>();
        for (int i = 0; i < newSources.size(); i++) {
            OfferId offer = newSources.get(i).offer();
            if (!offersById.containsKey(offer)) {
                violations.add(new Violation("sources[" + i + "].offer", Messages.text("market.noOffer", offer)));
            } else if (!named.add(offer)) {
                violations.add(new Violation("sources[" + i + "].offer", Messages.text("market.sourceTwice", offer)));
            }
        }
        if (!violations.isEmpty()) {
            return Result.invalid(violations);
        }
        return Result.success(new DataMarket(platform, participants, offers, agreements, incidents, newSources));
    }

    /**
     * The same market with {@code incident} recorded, or INVALID when it breaks the rules of {@link #create} (an
     * id already used, unknown references, events out of order): how an incident opened from a monitoring alert
     * joins the platform's record.
     */
    public Result<DataMarket> withIncident(Incident incident) {
        List<Incident> more = new ArrayList<>(incidents);
        more.add(incident);
        return create(platform, participants, offers, agreements, more).flatMap(m -> m.withSources(sources));
    }

    /**
     * The same market with {@code event} added to incident {@code id}'s steps: NOT_FOUND when no such incident is
     * recorded; INVALID (path {@code incidents[i].events[j]…}) when the step is taken already, out of the order
     * TRIAGED, CONTAINED, RECOVERED, CLOSED, REVIEWED, or dated before detection or the step before it.
     */
    public Result<DataMarket> withIncidentEvent(IncidentId id, Incident.StatusEvent event) {
        Objects.requireNonNull(event, "event");
        return replacingIncident(id, i -> {
            List<Incident.StatusEvent> events = new ArrayList<>(i.events());
            events.add(event);
            return new Incident(i.id(), i.kind(), i.at(), i.detectedAt(), i.detectedBy(), i.offers(),
                    i.personsAffected(), i.malicious(), events, i.notifications());
        });
    }

    /**
     * The same market with {@code notification} added to incident {@code id}'s notifications: NOT_FOUND when no such
     * incident is recorded; INVALID when the document's rules refuse it (a recipient that is neither a participant nor
     * PPC or SUBJECTS).
     */
    public Result<DataMarket> withIncidentNotification(IncidentId id, Incident.Notification notification) {
        Objects.requireNonNull(notification, "notification");
        return replacingIncident(id, i -> {
            List<Incident.Notification> notifications = new ArrayList<>(i.notifications());
            notifications.add(notification);
            return new Incident(i.id(), i.kind(), i.at(), i.detectedAt(), i.detectedBy(), i.offers(),
                    i.personsAffected(), i.malicious(), i.events(), notifications);
        });
    }

    private Result<DataMarket> replacingIncident(IncidentId id, Function<Incident, Incident> change) {
        Objects.requireNonNull(id, "id");
        if (incident(id).isEmpty()) {
            return Result.notFound(Messages.text("refusal.platform.noIncident", platform.id(), id));
        }
        List<Incident> changed = incidents.stream().map(i -> i.id().equals(id) ? change.apply(i) : i).toList();
        return create(platform, participants, offers, agreements, changed).flatMap(m -> m.withSources(sources));
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        Map<K, V> map = new HashMap<>(Math.max(16, values.size() * 2));
        for (V value : values) {
            map.putIfAbsent(key.apply(value), value);
        }
        return map;
    }

    private static List<Violation> check(Platform platform, List<Participant> participants, List<Offer> offers,
                                         List<Agreement> agreements, List<Incident> incidents) {
        List<Violation> violations = new ArrayList<>();
        Map<ParticipantId, Participant> byId = new LinkedHashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            if (byId.putIfAbsent(p.id(), p) != null) {
                violations.add(new Violation("participants[" + i + "].id", Messages.text("market.participantTwice", p.id())));
            }
            if (p.has(ParticipantRole.OPERATOR) && !p.id().equals(platform.operator())) {
                violations.add(new Violation("participants[" + i + "].roles", Messages.text("market.operatorRoleOnly",
                        platform.operator())));
            }
        }
        Participant operator = byId.get(platform.operator());
        if (operator == null) {
            violations.add(new Violation("platform.operator", Messages.text("market.operatorMissing",
                    platform.operator())));
        } else if (!operator.has(ParticipantRole.OPERATOR)) {
            violations.add(new Violation("platform.operator", Messages.text("market.participantWithoutRole",
                    platform.operator(), ParticipantRole.OPERATOR)));
        }
        Map<OfferId, Offer> offersById = new HashMap<>();
        for (int i = 0; i < offers.size(); i++) {
            Offer offer = offers.get(i);
            String at = "offers[" + i + "]";
            if (offersById.putIfAbsent(offer.id(), offer) != null) {
                violations.add(new Violation(at + ".id", Messages.text("market.offerTwice", offer.id())));
            }
            requireRole(byId, offer.provider(), ParticipantRole.PROVIDER, at + ".provider", violations);
            if (offer.aboutIndividuals() && offer.identifiability().isEmpty()) {
                violations.add(new Violation(at + ".identifiability", Messages.text(
                        "market.identifiabilityMissing")));
            }
            if (!offer.aboutIndividuals() && offer.identifiability().isPresent()) {
                violations.add(new Violation(at + ".identifiability", Messages.text(
                        "market.identifiabilityNotIndividual", offer.subject())));
            }
            if (!offer.aboutIndividuals() && offer.specialCare()) {
                violations.add(new Violation(at + ".specialCare", Messages.text(
                        "market.specialCareNotIndividual", offer.subject())));
            }
            for (DataCategory category : offer.categories()) {
                if (category.isAlwaysAboutAPerson() && !offer.aboutIndividuals()) {
                    violations.add(new Violation(at + ".categories", Messages.text(
                            "market.categoryAboutPerson", category)));
                }
            }
        }
        Map<AgreementId, Agreement> agreementsById = new HashMap<>();
        for (int i = 0; i < agreements.size(); i++) {
            Agreement agreement = agreements.get(i);
            String at = "agreements[" + i + "]";
            if (agreementsById.putIfAbsent(agreement.id(), agreement) != null) {
                violations.add(new Violation(at + ".id", Messages.text("market.agreementTwice",
                        agreement.id())));
            }
            if (!offersById.containsKey(agreement.offer())) {
                violations.add(new Violation(at + ".offer", Messages.text("market.noOffer", agreement.offer())));
            }
            requireRole(byId, agreement.user(), ParticipantRole.USER, at + ".user", violations);
        }
        Map<IncidentId, Incident> incidentsById = new HashMap<>();
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            String at = "incidents[" + i + "]";
            if (incidentsById.putIfAbsent(incident.id(), incident) != null) {
                violations.add(new Violation(at + ".id", Messages.text("market.incidentTwice",
                        incident.id())));
            }
            if (!byId.containsKey(incident.at())) {
                violations.add(new Violation(at + ".at", Messages.text("market.noParticipant", incident.at())));
            }
            for (int j = 0; j < incident.offers().size(); j++) {
                if (!offersById.containsKey(incident.offers().get(j))) {
                    violations.add(new Violation(at + ".offers[" + j + "]", Messages.text("market.noOffer",
                            incident.offers().get(j))));
                }
            }
            checkEvents(incident, at, violations);
            for (int j = 0; j < incident.notifications().size(); j++) {
                if (incident.notifications().get(j).to() instanceof Incident.Recipient.ToParticipant to
                        && !byId.containsKey(to.participant())) {
                    violations.add(new Violation(at + ".notifications[" + j + "].to", Messages.text(
                            "market.notificationRecipient", to.participant())));
                }
            }
        }
        return violations;
    }

    private static void checkEvents(Incident incident, String at, List<Violation> violations) {
        Incident.StatusEvent before = null;
        for (int j = 0; j < incident.events().size(); j++) {
            Incident.StatusEvent event = incident.events().get(j);
            String path = at + ".events[" + j + "]";
            if (event.at().isBefore(incident.detectedAt())) {
                violations.add(new Violation(path + ".at", Messages.text(
                        "market.eventBeforeDetection", event.status(), event.at(), incident.detectedAt())));
            }
            if (before != null && event.status().compareTo(before.status()) <= 0) {
                violations.add(new Violation(path + ".status", Messages.text(
                        "market.eventOrder", event.status(), before.status())));
            } else if (before != null && event.at().isBefore(before.at())) {
                violations.add(new Violation(path + ".at", Messages.text(
                        "market.eventBeforePrevious", event.status(), event.at(), before.status(), before.at())));
            }
            before = event;
        }
    }

    private static void requireRole(Map<ParticipantId, Participant> byId, ParticipantId id, ParticipantRole role,
                                    String path, List<Violation> violations) {
        Participant participant = byId.get(id);
        if (participant == null) {
            violations.add(new Violation(path, Messages.text("market.noParticipant", id)));
        } else if (!participant.has(role)) {
            violations.add(new Violation(path, Messages.text("market.participantWithoutRole", id,
                    role)));
        }
    }

    public Platform platform() {
        return platform;
    }

    public List<Participant> participants() {
        return participants;
    }

    public List<Offer> offers() {
        return offers;
    }

    public List<Agreement> agreements() {
        return agreements;
    }

    public List<Incident> incidents() {
        return incidents;
    }

    /** Where offers' data comes from, as far as the operator has said ({@link #withSources}); often empty. */
    public List<OfferSource> sources() {
        return sources;
    }

    /** The incident with {@code id}, if recorded. */
    public Optional<Incident> incident(IncidentId id) {
        return incidents.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<Participant> participant(ParticipantId id) {
        return Optional.ofNullable(participantsById.get(id));
    }

    public Optional<Offer> offer(OfferId id) {
        return Optional.ofNullable(offersById.get(id));
    }

    /** The operator; {@link #create} made sure it is a participant. */
    public Participant operator() {
        return participantsById.get(platform.operator());
    }

    /** The participant with {@code id}, which a checked market has. */
    Participant participantOf(ParticipantId id) {
        Participant participant = participantsById.get(id);
        if (participant == null) {
            throw new IllegalStateException("no participant " + id + " in a checked market");
        }
        return participant;
    }

    /** The offer with {@code id}, which a checked market has. */
    Offer offerOf(OfferId id) {
        Offer offer = offersById.get(id);
        if (offer == null) {
            throw new IllegalStateException("no offer " + id + " in a checked market");
        }
        return offer;
    }

    public Optional<Agreement> agreement(AgreementId id) {
        return agreements.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * The market with {@code offer} listed after the others, or INVALID with what would make it inconsistent (paths
     * as in a document, {@code offers[i].…}).
     */
    public Result<DataMarket> withOffer(Offer offer) {
        List<Offer> more = new ArrayList<>(offers);
        more.add(offer);
        return create(platform, participants, more, agreements, incidents).flatMap(m -> m.withSources(sources));
    }

    /** The market with {@code agreement} after the others, or INVALID ({@code agreements[i].…}). */
    public Result<DataMarket> withAgreement(Agreement agreement) {
        List<Agreement> more = new ArrayList<>(agreements);
        more.add(agreement);
        return create(platform, participants, offers, more, incidents).flatMap(m -> m.withSources(sources));
    }

    /**
     * The data categories of which {@code participant} itself provides IDENTIFIED personal data on the platform: what
     * makes de-identified data of the same categories a re-identification risk in its hands ({@link AgreementReview}).
     */
    public java.util.Set<DataCategory> identifiedCategoriesOf(ParticipantId participant) {
        java.util.Set<DataCategory> categories = java.util.EnumSet.noneOf(DataCategory.class);
        for (Offer offer : offers) {
            if (offer.provider().equals(participant) && offer.aboutIndividuals()
                    && offer.identifiability().orElseThrow() == org.citygov.domain.data.Identifiability.IDENTIFIED) {
                categories.addAll(offer.categories());
            }
        }
        return categories;
    }

    /** Assesses the platform at an instant under an edition's rules (MARKET.md "Output"). */
    public PlatformAssessment assess(java.time.Instant at, MarketRules rules) {
        return PlatformAssessment.of(this, at, rules);
    }

    /**
     * As {@link #assess(java.time.Instant, MarketRules)}, with the governance projects the offers' data comes from
     * ({@link #sources}), looked up by {@code projects}: the assessment's {@code projects} part ({@link ProjectLink}).
     */
    public PlatformAssessment assess(java.time.Instant at, MarketRules rules,
                                     Function<org.citygov.domain.project.ProjectId,
                                             Optional<org.citygov.domain.project.GovernanceProject>> projects) {
        return PlatformAssessment.of(this, at, rules, Optional.of(projects));
    }
}
