package org.citygov.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataSubject;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.platform.Agreement;
import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.Authentication;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Declaration;
import org.citygov.domain.platform.MarketRules;
import org.citygov.domain.platform.Monitoring;
import org.citygov.domain.platform.Offer;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.Participant;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.ParticipantRole;
import org.citygov.domain.platform.PersonalDataBasis;
import org.citygov.domain.platform.Platform;
import org.citygov.domain.platform.PlatformAssessment;
import org.citygov.domain.platform.PlatformDesign;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.Prohibition;
import org.citygov.domain.platform.SecurityPosture;
import org.citygov.domain.platform.TermsAcceptance;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.stakeholder.StakeholderCategory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Screens a synthetic data market (MARKET.md): {@code offers} offers and ten agreements per offer, made by 1,000
 * participants, from a fixed seed so that every run measures the same market. Offers vary over the personal-data
 * bases, identifiability, licences, hosting and warranties so that every listing rule has work to do and some
 * findings fire; agreements vary over purposes and users. {@code assess} is the whole platform assessment (listings,
 * agreements, duties, framework) at one instant; {@code create} is the consistency check of the document
 * ({@link DataMarket#create}: references, roles, unique ids).
 *
 * <p>{@code scripts/bench PlatformScreeningBenchmark -f 1 -wi 2 -i 3 -p offers=25000,50000,100000}; figures in
 * {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlatformScreeningBenchmark {

    private static final int PARTICIPANTS = 1_000;
    private static final int AGREEMENTS_PER_OFFER = 10;
    private static final Instant AT = Instant.parse("2025-06-01T00:00:00Z");
    private static final DataCategory[] CATEGORIES = {DataCategory.TRANSPORT, DataCategory.LOCATION,
            DataCategory.ENVIRONMENT, DataCategory.HEALTH, DataCategory.SMARTPHONE_APP, DataCategory.INFRASTRUCTURE};
    private static final PurposeKind[] PURPOSES = {PurposeKind.RESEARCH, PurposeKind.URBAN_PLANNING,
            PurposeKind.SERVICE_DELIVERY, PurposeKind.COMMERCIAL_RECOMMENDATION, PurposeKind.PUBLIC_HEALTH};

    @Param({"100000"})
    public int offers;

    private Platform platform;
    private List<Participant> participants;
    private List<Offer> offerList;
    private List<Agreement> agreements;
    private DataMarket market;
    private final MarketRules rules = MarketRules.defaults("jp-2023.02");

    @Setup(Level.Trial)
    public void build() {
        SplittableRandom random = new SplittableRandom(20_251_129L);
        platform = new Platform(PlatformId.of("bench-market"), "Benchmark market", ParticipantId.of("p-0"),
                PlatformDesign.HYBRID, Set.of(ServiceField.TRANSPORT_AND_MOBILITY), "2025-04", 24, true,
                Monitoring.SOC_24_7);
        participants = new ArrayList<>(PARTICIPANTS);
        for (int i = 0; i < PARTICIPANTS; i++) {
            Set<ParticipantRole> roles = i == 0 ? EnumSet.of(ParticipantRole.OPERATOR, ParticipantRole.PROVIDER)
                    : EnumSet.of(ParticipantRole.PROVIDER, ParticipantRole.USER);
            participants.add(new Participant(ParticipantId.of("p-" + i), "Participant " + i,
                    StakeholderCategory.LOCAL_COMPANY, roles,
                    random.nextInt(50) == 0 ? Optional.empty()
                            : Optional.of(new TermsAcceptance("2025-04", LocalDate.of(2025, 4, 1))),
                    new SecurityPosture(random.nextInt(20) == 0 ? Authentication.PASSWORD : Authentication.MFA,
                            7 + random.nextInt(30), random.nextInt(40) != 0, 12 + random.nextInt(24),
                            Optional.of(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(150))), Set.of())));
        }
        offerList = new ArrayList<>(offers);
        for (int i = 0; i < offers; i++) {
            offerList.add(offer(i, random));
        }
        agreements = new ArrayList<>(offers * AGREEMENTS_PER_OFFER);
        for (int i = 0; i < offers * AGREEMENTS_PER_OFFER; i++) {
            agreements.add(new Agreement(AgreementId.of("a-" + i), OfferId.of("o-" + random.nextInt(offers)),
                    ParticipantId.of("p-" + (1 + random.nextInt(PARTICIPANTS - 1))),
                    PURPOSES[random.nextInt(PURPOSES.length)], LocalDate.of(2025, 5, 1), "2025-04"));
        }
        market = DataMarket.create(platform, participants, offerList, agreements, List.of()).orElseThrow();
    }

    private static Offer offer(int i, SplittableRandom random) {
        DataCategory category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        boolean individual = category == DataCategory.HEALTH || random.nextInt(3) == 0;
        Identifiability identifiability = Identifiability.values()[random.nextInt(4)];
        PersonalDataBasis basis = individual ? PersonalDataBasis.values()[random.nextInt(6)] : PersonalDataBasis.NONE;
        Set<Declaration> declarations = random.nextInt(10) == 0 ? EnumSet.of(Declaration.LAWFULLY_OBTAINED)
                : EnumSet.allOf(Declaration.class);
        Offer.Licence.Kind kind = Offer.Licence.Kind.values()[random.nextInt(3)];
        return new Offer(OfferId.of("o-" + i), "Offer " + i, ParticipantId.of("p-" + random.nextInt(PARTICIPANTS)),
                Set.of(category), individual ? DataSubject.INDIVIDUAL : DataSubject.NONE,
                individual ? Optional.of(identifiability) : Optional.empty(),
                category == DataCategory.HEALTH && random.nextBoolean(), basis, random.nextBoolean(),
                new Offer.Content(Offer.Content.Source.OWN_COLLECTION, random.nextInt(30) == 0
                        ? Offer.Content.ThirdPartyRights.UNCLEAR : Offer.Content.ThirdPartyRights.NONE,
                        random.nextInt(25) == 0),
                declarations, random.nextBoolean() ? Offer.Hosting.PLATFORM : Offer.Hosting.PROVIDER,
                Offer.Delivery.API,
                new Offer.Licence(kind, kind == Offer.Licence.Kind.OPEN ? "CC-BY-4.0" : "market-terms",
                        new Offer.Price(kind == Offer.Licence.Kind.OPEN ? BigDecimal.ZERO : BigDecimal.valueOf(1000),
                                "JPY", Offer.Price.Per.MONTH)),
                new Offer.Terms(EnumSet.of(PURPOSES[random.nextInt(PURPOSES.length)],
                        PURPOSES[random.nextInt(PURPOSES.length)]),
                        random.nextBoolean() ? Set.of(Prohibition.REIDENTIFICATION) : Set.of(), OptionalInt.empty(),
                        random.nextInt(4) == 0 ? Authentication.MFA : Authentication.PASSWORD));
    }

    @Benchmark
    public PlatformAssessment assess() {
        return market.assess(AT, rules);
    }

    @Benchmark
    public DataMarket create() {
        return DataMarket.create(platform, participants, offerList, agreements, List.of()).orElseThrow();
    }
}
