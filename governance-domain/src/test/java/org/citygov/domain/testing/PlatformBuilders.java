package org.citygov.domain.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataSubject;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.platform.Agreement;
import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.Authentication;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Declaration;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.platform.Monitoring;
import org.citygov.domain.platform.Offer;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.Participant;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.ParticipantRole;
import org.citygov.domain.platform.PersonalDataBasis;
import org.citygov.domain.platform.Platform;
import org.citygov.domain.platform.PlatformDesign;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.Prohibition;
import org.citygov.domain.platform.SecurityPosture;
import org.citygov.domain.platform.TermsAcceptance;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.StakeholderCategory;

/**
 * Builders for the platform context's test data. The default market ({@link #aMarket()}) is acceptable at
 * {@link #AT}: an EXCHANGE platform run by {@value #OPERATOR}, one provider ({@value #PROVIDER}) offering
 * non-personal transport data ({@value #OFFER}) under an open licence, one user ({@value #USER}) holding one
 * agreement ({@value #AGREEMENT}) for urban planning; every participant accepted the current terms
 * ({@value #TERMS}), signs in with MFA, patches in 14 days, logs access, reports in 24 hours and was trained in 2025.
 */
public final class PlatformBuilders {

    public static final String OPERATOR = "city-bureau";
    public static final String PROVIDER = "bus-company";
    public static final String USER = "research-lab";
    public static final String OFFER = "bus-ridership";
    public static final String AGREEMENT = "lab-ridership";
    public static final String TERMS = "2025-04";
    /** The instant tests judge at: 1 June 2025, 09:00 in Japan. */
    public static final Instant AT = Instant.parse("2025-06-01T00:00:00Z");

    private PlatformBuilders() {
    }

    public static MarketBuilder aMarket() {
        return new MarketBuilder();
    }

    public static PlatformBuilder aPlatform() {
        return new PlatformBuilder();
    }

    public static ParticipantBuilder aParticipant(String id, ParticipantRole... roles) {
        return new ParticipantBuilder(id, roles);
    }

    public static OfferBuilder anOffer(String id) {
        return new OfferBuilder(id);
    }

    public static AgreementBuilder anAgreement(String id) {
        return new AgreementBuilder(id);
    }

    public static IncidentBuilder anIncident(String id) {
        return new IncidentBuilder(id);
    }

    public static final class MarketBuilder {
        private PlatformBuilder platform = aPlatform();
        private final List<Participant> participants = new ArrayList<>(List.of(
                aParticipant(OPERATOR, ParticipantRole.OPERATOR).withCategory(StakeholderCategory.LOCAL_GOVERNMENT)
                        .build(),
                aParticipant(PROVIDER, ParticipantRole.PROVIDER).build(),
                aParticipant(USER, ParticipantRole.USER).withCategory(StakeholderCategory.UNIVERSITY).build()));
        private final List<Offer> offers = new ArrayList<>(List.of(anOffer(OFFER).build()));
        private final List<Agreement> agreements = new ArrayList<>(List.of(anAgreement(AGREEMENT).build()));
        private final List<Incident> incidents = new ArrayList<>();

        public MarketBuilder withPlatform(PlatformBuilder value) {
            platform = value;
            return this;
        }

        /** Replaces the participant with the same id, or adds it. */
        public MarketBuilder withParticipant(Participant participant) {
            participants.removeIf(p -> p.id().equals(participant.id()));
            participants.add(participant);
            return this;
        }

        /** Replaces the offer with the same id, or adds it. */
        public MarketBuilder withOffer(Offer offer) {
            offers.removeIf(o -> o.id().equals(offer.id()));
            offers.add(offer);
            return this;
        }

        public MarketBuilder withOffers(List<Offer> value) {
            offers.clear();
            offers.addAll(value);
            return this;
        }

        /** Replaces the agreement with the same id, or adds it. */
        public MarketBuilder withAgreement(Agreement agreement) {
            agreements.removeIf(a -> a.id().equals(agreement.id()));
            agreements.add(agreement);
            return this;
        }

        public MarketBuilder withAgreements(List<Agreement> value) {
            agreements.clear();
            agreements.addAll(value);
            return this;
        }

        public MarketBuilder withIncident(Incident incident) {
            incidents.add(incident);
            return this;
        }

        public Result<DataMarket> create() {
            return DataMarket.create(platform.build(), participants, offers, agreements, incidents);
        }

        public DataMarket build() {
            return create().orElseThrow();
        }
    }

    public static final class PlatformBuilder {
        private PlatformDesign design = PlatformDesign.EXCHANGE;
        private Set<ServiceField> critical = Set.of();
        private String operator = OPERATOR;
        private int reportHours = 24;
        private boolean responseTeam = true;
        private Monitoring monitoring = Monitoring.SOC_24_7;

        public PlatformBuilder withDesign(PlatformDesign value) {
            design = value;
            return this;
        }

        public PlatformBuilder withCriticalServices(ServiceField... value) {
            critical = Set.of(value);
            return this;
        }

        public PlatformBuilder withOperator(String value) {
            operator = value;
            return this;
        }

        public PlatformBuilder withIncidentReportHours(int value) {
            reportHours = value;
            return this;
        }

        public PlatformBuilder withResponseTeam(boolean value) {
            responseTeam = value;
            return this;
        }

        public PlatformBuilder withMonitoring(Monitoring value) {
            monitoring = value;
            return this;
        }

        public Platform build() {
            return new Platform(PlatformId.of("test-market"), "Test data market", ParticipantId.of(operator), design,
                    critical, TERMS, reportHours, responseTeam, monitoring);
        }
    }

    public static final class ParticipantBuilder {
        private final String id;
        private final Set<ParticipantRole> roles;
        private StakeholderCategory category = StakeholderCategory.LOCAL_COMPANY;
        private Optional<TermsAcceptance> terms = Optional.of(new TermsAcceptance(TERMS, LocalDate.of(2025, 4, 2)));
        private Authentication authentication = Authentication.MFA;
        private int patchDays = 14;
        private boolean logging = true;
        private int reportHours = 24;
        private Optional<LocalDate> trainedOn = Optional.of(LocalDate.of(2025, 3, 10));

        ParticipantBuilder(String id, ParticipantRole... roles) {
            this.id = id;
            this.roles = roles.length == 0 ? EnumSet.of(ParticipantRole.USER) : EnumSet.of(roles[0], roles);
        }

        public ParticipantBuilder withCategory(StakeholderCategory value) {
            category = value;
            return this;
        }

        public ParticipantBuilder withTermsAccepted(String version, LocalDate on) {
            terms = Optional.of(new TermsAcceptance(version, on));
            return this;
        }

        public ParticipantBuilder withoutTerms() {
            terms = Optional.empty();
            return this;
        }

        public ParticipantBuilder withAuthentication(Authentication value) {
            authentication = value;
            return this;
        }

        public ParticipantBuilder withPatchWithinDays(int value) {
            patchDays = value;
            return this;
        }

        public ParticipantBuilder withAccessLogging(boolean value) {
            logging = value;
            return this;
        }

        public ParticipantBuilder withIncidentReportHours(int value) {
            reportHours = value;
            return this;
        }

        public ParticipantBuilder withTrainedOn(LocalDate value) {
            trainedOn = Optional.ofNullable(value);
            return this;
        }

        public Participant build() {
            return new Participant(ParticipantId.of(id), id, category, roles, terms,
                    new SecurityPosture(authentication, patchDays, logging, reportHours, trainedOn, Set.of()));
        }
    }

    public static final class OfferBuilder {
        private final String id;
        private String provider = PROVIDER;
        private Set<DataCategory> categories = Set.of(DataCategory.TRANSPORT);
        private DataSubject subject = DataSubject.NONE;
        private Optional<Identifiability> identifiability = Optional.empty();
        private boolean specialCare;
        private PersonalDataBasis basis = PersonalDataBasis.NONE;
        private boolean published;
        private Offer.Content.ThirdPartyRights rights = Offer.Content.ThirdPartyRights.NONE;
        private boolean userGenerated;
        private Set<Declaration> declarations = EnumSet.allOf(Declaration.class);
        private Offer.Hosting hosting = Offer.Hosting.PROVIDER;
        private Offer.Licence.Kind licence = Offer.Licence.Kind.OPEN;
        private BigDecimal price = BigDecimal.ZERO;
        private Set<PurposeKind> purposes = Set.of(PurposeKind.URBAN_PLANNING, PurposeKind.RESEARCH);
        private Set<Prohibition> prohibited = Set.of(Prohibition.REIDENTIFICATION);
        private Authentication minimum = Authentication.PASSWORD;

        OfferBuilder(String id) {
            this.id = id;
        }

        public OfferBuilder withProvider(String value) {
            provider = value;
            return this;
        }

        public OfferBuilder withCategories(DataCategory... value) {
            categories = Set.of(value);
            return this;
        }

        /** Data about individuals, as identifying as {@code value}. */
        public OfferBuilder aboutIndividuals(Identifiability value) {
            subject = DataSubject.INDIVIDUAL;
            identifiability = Optional.of(value);
            return this;
        }

        public OfferBuilder withSubject(DataSubject value) {
            subject = value;
            return this;
        }

        public OfferBuilder withSpecialCare(boolean value) {
            specialCare = value;
            return this;
        }

        public OfferBuilder withBasis(PersonalDataBasis value) {
            basis = value;
            return this;
        }

        public OfferBuilder withAnonymizationPublished(boolean value) {
            published = value;
            return this;
        }

        public OfferBuilder withThirdPartyRights(Offer.Content.ThirdPartyRights value) {
            rights = value;
            return this;
        }

        public OfferBuilder withUserGenerated(boolean value) {
            userGenerated = value;
            return this;
        }

        public OfferBuilder withDeclarations(Declaration... value) {
            declarations = value.length == 0 ? Set.of() : EnumSet.of(value[0], value);
            return this;
        }

        public OfferBuilder withHosting(Offer.Hosting value) {
            hosting = value;
            return this;
        }

        public OfferBuilder withLicence(Offer.Licence.Kind kind, long yen) {
            licence = kind;
            price = BigDecimal.valueOf(yen);
            return this;
        }

        public OfferBuilder withPurposes(PurposeKind... value) {
            purposes = Set.of(value);
            return this;
        }

        public OfferBuilder withProhibited(Prohibition... value) {
            prohibited = Set.of(value);
            return this;
        }

        public OfferBuilder withMinimumAuthentication(Authentication value) {
            minimum = value;
            return this;
        }

        public Offer build() {
            return new Offer(OfferId.of(id), "Offer " + id, ParticipantId.of(provider), categories, subject,
                    identifiability, specialCare, basis, published,
                    new Offer.Content(Offer.Content.Source.OWN_COLLECTION, rights, userGenerated), declarations,
                    hosting, Offer.Delivery.API,
                    new Offer.Licence(licence, licence == Offer.Licence.Kind.OPEN ? "CC-BY-4.0" : "market-standard",
                            new Offer.Price(price, "JPY", Offer.Price.Per.YEAR)),
                    new Offer.Terms(purposes, prohibited, OptionalInt.empty(), minimum));
        }
    }

    public static final class AgreementBuilder {
        private final String id;
        private String offer = OFFER;
        private String user = USER;
        private PurposeKind purpose = PurposeKind.URBAN_PLANNING;
        private LocalDate on = LocalDate.of(2025, 5, 1);
        private String terms = TERMS;

        AgreementBuilder(String id) {
            this.id = id;
        }

        public AgreementBuilder onOffer(String value) {
            offer = value;
            return this;
        }

        public AgreementBuilder byUser(String value) {
            user = value;
            return this;
        }

        public AgreementBuilder forPurpose(PurposeKind value) {
            purpose = value;
            return this;
        }

        public AgreementBuilder concludedOn(LocalDate value) {
            on = value;
            return this;
        }

        public AgreementBuilder underTerms(String value) {
            terms = value;
            return this;
        }

        public Agreement build() {
            return new Agreement(AgreementId.of(id), OfferId.of(offer), ParticipantId.of(user), purpose, on, terms);
        }
    }

    public static final class IncidentBuilder {
        private final String id;
        private Incident.Kind kind = Incident.Kind.RANSOMWARE;
        private String at = OPERATOR;
        private Instant detectedAt = Instant.parse("2025-05-20T00:00:00Z");
        private List<String> offers = List.of(OFFER);
        private OptionalLong persons = OptionalLong.empty();
        private boolean malicious;
        private final List<Incident.StatusEvent> events = new ArrayList<>();
        private final List<Incident.Notification> notifications = new ArrayList<>();

        IncidentBuilder(String id) {
            this.id = id;
        }

        public IncidentBuilder at(String participant) {
            at = participant;
            return this;
        }

        public IncidentBuilder detectedAt(Instant value) {
            detectedAt = value;
            return this;
        }

        public IncidentBuilder affecting(String... value) {
            offers = List.of(value);
            return this;
        }

        public IncidentBuilder withPersonsAffected(long value) {
            persons = OptionalLong.of(value);
            return this;
        }

        public IncidentBuilder malicious(boolean value) {
            malicious = value;
            return this;
        }

        public IncidentBuilder withEvent(Incident.Status status, Instant when) {
            events.add(new Incident.StatusEvent(status, when));
            return this;
        }

        public IncidentBuilder withNotification(String to, Incident.NotificationKind kind, Instant when) {
            notifications.add(new Incident.Notification(Incident.Recipient.parse(to), kind, when));
            return this;
        }

        public Incident build() {
            return new Incident(IncidentId.of(id), kind, ParticipantId.of(at), detectedAt,
                    Incident.Detector.SOC, offers.stream().map(OfferId::of).toList(), persons, malicious, events,
                    notifications);
        }
    }
}
