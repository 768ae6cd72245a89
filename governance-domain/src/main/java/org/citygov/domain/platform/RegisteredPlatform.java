package org.citygov.domain.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.project.Actor;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Messages;
import org.citygov.domain.shared.Violation;

/**
 * A data platform a city keeps in CityGov and runs its market through: the {@link DataMarket} as its
 * {@code citygov-platform/1} document describes it (participants, offers, agreements, incidents), the offers taken off
 * the listing ({@link Withdrawal}s), and the version it was stored at (optimistic concurrency, like a governance
 * project). Offers are added, withdrawn and agreed on only through this aggregate, which applies the market's own
 * checks to each change:
 *
 * <table>
 * <caption>Changes of a stored platform and what refuses them</caption>
 * <tr><th>change</th><th>refused when</th><th>as</th></tr>
 * <tr><td>{@link #addOffer}</td><td>the offer id is taken</td><td>CONFLICT</td></tr>
 * <tr><td></td><td>the offer does not fit the market ({@link DataMarket#create}: provider without the PROVIDER role,
 *     identifiability, special care…)</td><td>INVALID, paths relative to the offer</td></tr>
 * <tr><td></td><td>the {@link ListingScreening} REFUSES it (any BLOCKING finding): it is not listed and not
 *     stored</td><td>{@link OfferAdmission.Refused} with the findings</td></tr>
 * <tr><td>{@link #withdraw}</td><td>no such offer / already withdrawn</td><td>NOT_FOUND / CONFLICT</td></tr>
 * <tr><td>{@link #conclude}</td><td>the agreement id is taken</td><td>CONFLICT</td></tr>
 * <tr><td></td><td>no such offer, or the user is not a participant with the USER role</td><td>INVALID
 *     ({@code offer}, {@code user})</td></tr>
 * <tr><td></td><td>the offer is withdrawn, or not listed because the screening refuses it today</td>
 *     <td>CONFLICT</td></tr>
 * <tr><td></td><td>the {@link AgreementReview} finds it invalid (any BLOCKING finding: purpose not permitted, terms
 *     not accepted, user security below the offer's minimum)</td><td>{@link AgreementConclusion.Refused} with the
 *     findings</td></tr>
 * <tr><td>{@link #decideDelivery}</td><td>no such agreement</td><td>NOT_FOUND; otherwise a
 *     {@link DeliveryDecision}, PERMIT or DENY</td></tr>
 * </table>
 *
 * <p>An agreement concluded here is dated the day it is concluded and names the platform's current terms version:
 * the platform, not the user, says under which terms the data changes hands.
 */
public final class RegisteredPlatform {

    private final DataMarket market;
    private final long version;
    private final Map<OfferId, Withdrawal> withdrawals;

    private RegisteredPlatform(DataMarket market, long version, Map<OfferId, Withdrawal> withdrawals) {
        this.market = market;
        this.version = version;
        this.withdrawals = withdrawals;
    }

    /** A platform to be stored for the first time (version 0), nothing withdrawn. */
    public static RegisteredPlatform create(DataMarket market) {
        return new RegisteredPlatform(Objects.requireNonNull(market, "market"), 0, Map.of());
    }

    /** A platform as it was stored; every withdrawal names one of its offers, at most once. */
    public static RegisteredPlatform reconstitute(DataMarket market, long version, List<Withdrawal> withdrawals) {
        Objects.requireNonNull(market, "market");
        if (version < 1) {
            throw new IllegalArgumentException("a stored platform has a version from 1, got " + version);
        }
        Map<OfferId, Withdrawal> byOffer = new LinkedHashMap<>();
        for (Withdrawal w : withdrawals) {
            if (market.offer(w.offer()).isEmpty() || byOffer.putIfAbsent(w.offer(), w) != null) {
                throw new IllegalArgumentException("a stored withdrawal of " + w.offer() + " names no offer of "
                        + market.platform().id() + " or is stored twice");
            }
        }
        return new RegisteredPlatform(market, version, java.util.Collections.unmodifiableMap(byOffer));
    }

    /** The same platform at another stored version (what a store answers after a save). */
    public RegisteredPlatform withVersion(long newVersion) {
        return new RegisteredPlatform(market, newVersion, withdrawals);
    }

    public PlatformId id() {
        return market.platform().id();
    }

    public DataMarket market() {
        return market;
    }

    public long version() {
        return version;
    }

    public List<Withdrawal> withdrawals() {
        return List.copyOf(withdrawals.values());
    }

    public Optional<Withdrawal> withdrawal(OfferId offer) {
        return Optional.ofNullable(withdrawals.get(offer));
    }

    /** Whether {@code participant} runs this platform. */
    public boolean operatedBy(ParticipantId participant) {
        return market.platform().operator().equals(participant);
    }

    /** Whether {@code participant} takes part in this platform in {@code role}. */
    public boolean hasParticipant(ParticipantId participant, ParticipantRole role) {
        return market.participant(participant).filter(p -> p.has(role)).isPresent();
    }

    // ---- incidents --------------------------------------------------------------------------------------------------

    /**
     * The platform with {@code incident} recorded in its document ({@link DataMarket#withIncident}): INVALID when
     * the id is taken or the incident names an unknown participant or offer, or its steps are out of order.
     */
    public Result<RegisteredPlatform> recordIncident(Incident incident) {
        return market.withIncident(incident).map(this::withMarket);
    }

    /** The platform with a step added to a recorded incident ({@link DataMarket#withIncidentEvent}). */
    public Result<RegisteredPlatform> addIncidentEvent(IncidentId incident, Incident.StatusEvent event) {
        return market.withIncidentEvent(incident, event).map(this::withMarket);
    }

    /** The platform with a notification added to a recorded incident ({@link DataMarket#withIncidentNotification}). */
    public Result<RegisteredPlatform> addIncidentNotification(IncidentId incident, Incident.Notification notification) {
        return market.withIncidentNotification(incident, notification).map(this::withMarket);
    }

    private RegisteredPlatform withMarket(DataMarket changed) {
        return new RegisteredPlatform(changed, version, withdrawals);
    }

    // ---- offers -----------------------------------------------------------------------------------------------------

    /** Where an offer stands on a day: its screening, and its withdrawal if it was withdrawn. */
    public record OfferStanding(Offer offer, Listing listing, Optional<Withdrawal> withdrawal) {
        public OfferStanding {
            Objects.requireNonNull(offer, "offer");
            Objects.requireNonNull(listing, "listing");
            Objects.requireNonNull(withdrawal, "withdrawal");
        }

        /** Listed: not withdrawn and not REFUSED by the screening (NEEDS_CHANGES is listed, with its warnings). */
        public boolean listed() {
            return withdrawal.isEmpty() && listing.status() != ListingStatus.REFUSED;
        }
    }

    /** Every offer and where it stands on {@code on}, in the document's order. */
    public List<OfferStanding> offers(LocalDate on) {
        List<OfferStanding> standings = new ArrayList<>(market.offers().size());
        for (Offer offer : market.offers()) {
            standings.add(standing(offer, on));
        }
        return standings;
    }

    public Optional<OfferStanding> offer(OfferId id, LocalDate on) {
        return market.offer(id).map(offer -> standing(offer, on));
    }

    private OfferStanding standing(Offer offer, LocalDate on) {
        return new OfferStanding(offer, ListingScreening.screen(offer, market.platform(),
                market.participantOf(offer.provider()), on), withdrawal(offer.id()));
    }

    /** What adding an offer came to: listed (possibly with warnings) on a new version, or refused. */
    public sealed interface OfferAdmission {
        /** Listed; {@code platform} is the changed platform, still to be saved. */
        record Admitted(RegisteredPlatform platform, OfferStanding standing) implements OfferAdmission {
        }

        /** Refused by the screening: nothing changed. */
        record Refused(Listing listing) implements OfferAdmission {
        }
    }

    /** Adds {@code offer} to the listing if it fits the market and the screening on {@code on} does not refuse it. */
    public Result<OfferAdmission> addOffer(Offer offer, LocalDate on) {
        if (market.offer(offer.id()).isPresent()) {
            return Result.conflict(Messages.text("refusal.platform.offerTwice", id(), offer.id()));
        }
        String prefix = "offers[" + market.offers().size() + "]";
        return relative(market.withOffer(offer), prefix).map(next -> {
            RegisteredPlatform changed = new RegisteredPlatform(next, version, withdrawals);
            OfferStanding standing = changed.standing(offer, on);
            return standing.listing().status() == ListingStatus.REFUSED
                    ? new OfferAdmission.Refused(standing.listing())
                    : new OfferAdmission.Admitted(changed, standing);
        });
    }

    /** Takes the offer off the listing; the offer and the agreements on it stay on record. */
    public Result<RegisteredPlatform> withdraw(OfferId offer, Instant at, Actor by) {
        if (market.offer(offer).isEmpty()) {
            return Result.notFound(Messages.text("refusal.platform.noOffer", id(), offer));
        }
        Withdrawal earlier = withdrawals.get(offer);
        if (earlier != null) {
            return Result.conflict(Messages.text("refusal.platform.offerWithdrawnBy", offer, earlier.at(),
                    earlier.by()));
        }
        Map<OfferId, Withdrawal> more = new LinkedHashMap<>(withdrawals);
        more.put(offer, new Withdrawal(offer, at, by));
        return Result.success(new RegisteredPlatform(market, version, java.util.Collections.unmodifiableMap(more)));
    }

    // ---- agreements -------------------------------------------------------------------------------------------------

    /** What concluding an agreement came to: concluded (possibly with warnings) on a new version, or refused. */
    public sealed interface AgreementConclusion {
        record Concluded(RegisteredPlatform platform, Offer offer, Agreement agreement, AgreementReview review)
                implements AgreementConclusion {
        }

        /** The review found it invalid: nothing changed. */
        record Refused(AgreementReview review) implements AgreementConclusion {
        }
    }

    /**
     * Concludes agreement {@code id}: {@code user} may use {@code offer} for {@code purpose}, from the day {@code on},
     * under the platform's current terms.
     */
    public Result<AgreementConclusion> conclude(AgreementId id, OfferId offer, ParticipantId user, PurposeKind purpose,
                                                LocalDate on) {
        if (market.agreement(id).isPresent()) {
            return Result.conflict(Messages.text("refusal.platform.agreementTwice", id(), id));
        }
        Agreement agreement = new Agreement(id, offer, user, purpose, on, market.platform().termsVersion());
        Result<DataMarket> next = relative(market.withAgreement(agreement), "agreements[" + market.agreements().size()
                + "]");
        if (!(next instanceof Result.Success<DataMarket>(DataMarket withAgreement))) {
            return ((Result.Failure<DataMarket>) next).cast();
        }
        Offer agreed = market.offerOf(offer);
        Optional<String> unlisted = unlisted(agreed, on);
        if (unlisted.isPresent()) {
            return Result.conflict(Messages.text("refusal.platform.unlisted", unlisted.get()));
        }
        AgreementReview review = review(agreement, agreed, on);
        if (!review.valid()) {
            return Result.success(new AgreementConclusion.Refused(review));
        }
        return Result.success(new AgreementConclusion.Concluded(new RegisteredPlatform(withAgreement, version,
                withdrawals), agreed, agreement, review));
    }

    /** Whether the data of agreement {@code id}'s offer may be delivered to its user on {@code on}, and why. */
    public Result<DeliveryDecision> decideDelivery(AgreementId id, LocalDate on) {
        Optional<Agreement> found = market.agreement(id);
        if (found.isEmpty()) {
            return Result.notFound(Messages.text("refusal.platform.noAgreement", id(), id));
        }
        Agreement agreement = found.get();
        Offer offer = market.offerOf(agreement.offer());
        List<String> refusals = unlisted(offer, on).stream().toList();
        return Result.success(new DeliveryDecision(agreement, offer, review(agreement, offer, on).findings(),
                refusals));
    }

    private AgreementReview review(Agreement agreement, Offer offer, LocalDate on) {
        return AgreementReview.of(agreement, offer, market.participantOf(agreement.user()), market.platform(),
                market.identifiedCategoriesOf(agreement.user()), on);
    }

    /** Why {@code offer} is not listed on {@code on}, if it is not. */
    private Optional<String> unlisted(Offer offer, LocalDate on) {
        Withdrawal withdrawn = withdrawals.get(offer.id());
        if (withdrawn != null) {
            return Optional.of(Messages.text("refusal.platform.offerWithdrawn", offer.id(), withdrawn.at()));
        }
        Listing listing = ListingScreening.screen(offer, market.platform(), market.participantOf(offer.provider()),
                on);
        if (listing.status() == ListingStatus.REFUSED) {
            return Optional.of(Messages.text("violation.offerRefused", offer.id(),
                    String.join(", ", listing.findings().stream().filter(Finding::blocking)
                    .map(f -> f.code().code()).toList())));
        }
        return Optional.empty();
    }

    /** The market's violations with paths relative to the item just added ({@code offers[7].provider → provider}). */
    private static Result<DataMarket> relative(Result<DataMarket> result, String prefix) {
        if (result instanceof Result.Failure<DataMarket> failure) {
            List<Violation> violations = failure.violations().stream().map(v -> v.path().startsWith(prefix + ".")
                    ? new Violation(v.path().substring(prefix.length() + 1), v.message()) : v).toList();
            return Result.invalid(violations);
        }
        return result;
    }
}
