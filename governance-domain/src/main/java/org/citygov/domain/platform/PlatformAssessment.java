package org.citygov.domain.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;

/**
 * What CityGov reports about a platform at one instant (MARKET.md "Output"): the liability its design gives, the
 * duties and whether they are met, the screening of every offer, the check of every agreement, the cooperative
 * security framework and the incidents. It is {@link #acceptable()} when no listing is REFUSED, no agreement is
 * invalid, the framework has no gap and no notification is overdue.
 *
 * <p>Every part is computed in one pass over its list (offers, agreements, participants, incidents) with hash
 * lookups, so the assessment grows linearly with the market (benchmarks: {@code PlatformScreeningBenchmark}).
 */
public record PlatformAssessment(
        PlatformId platform,
        String edition,
        Instant at,
        Liability liability,
        List<Duty> duties,
        List<Listing> listings,
        List<AgreementReview> agreements,
        SecurityFramework framework,
        List<IncidentReview> incidents,
        List<ProjectLink> projects) {

    public PlatformAssessment {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(liability, "liability");
        duties = List.copyOf(duties);
        listings = List.copyOf(listings);
        agreements = List.copyOf(agreements);
        Objects.requireNonNull(framework, "framework");
        incidents = List.copyOf(incidents);
        projects = List.copyOf(projects);
    }

    /** No REFUSED listing, no invalid agreement, no framework gap, nothing overdue. */
    public boolean acceptable() {
        return listings.stream().noneMatch(l -> l.status() == ListingStatus.REFUSED)
                && agreements.stream().allMatch(AgreementReview::valid)
                && framework.cooperative()
                && incidents.stream().noneMatch(IncidentReview::anythingOverdue);
    }

    static PlatformAssessment of(DataMarket market, Instant at, MarketRules rules) {
        return of(market, at, rules, Optional.empty());
    }

    /**
     * With the governance projects the offers' data comes from ({@link DataMarket#sources}), looked up by
     * {@code projects}: adds the {@code projects} part ({@link ProjectLink}); without a lookup it stays empty.
     */
    static PlatformAssessment of(DataMarket market, Instant at, MarketRules rules,
                                 Optional<Function<ProjectId, Optional<GovernanceProject>>> projects) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rules, "rules");
        Platform platform = market.platform();
        LocalDate on = LocalDate.ofInstant(at, rules.zone());

        List<Listing> listings = new ArrayList<>(market.offers().size());
        Map<ParticipantId, Set<DataCategory>> identifiedBy = new HashMap<>();
        Set<ParticipantId> handlingPersonalData = new HashSet<>();
        for (Offer offer : market.offers()) {
            listings.add(ListingScreening.screen(offer, platform, market.participantOf(offer.provider()), on));
            if (offer.aboutIndividuals() && offer.identifiability().orElseThrow() == Identifiability.IDENTIFIED) {
                identifiedBy.computeIfAbsent(offer.provider(), k -> EnumSet.noneOf(DataCategory.class))
                        .addAll(offer.categories());
            }
            if (offer.isPersonalData()) {
                handlingPersonalData.add(offer.provider());
                if (offer.hostedOnPlatform()) {
                    handlingPersonalData.add(platform.operator());
                }
            }
        }
        List<AgreementReview> agreements = new ArrayList<>(market.agreements().size());
        for (Agreement agreement : market.agreements()) {
            Offer offer = market.offerOf(agreement.offer());
            agreements.add(AgreementReview.of(agreement, offer, market.participantOf(agreement.user()), platform,
                    identifiedBy.getOrDefault(agreement.user(), Set.of()), on));
            if (offer.isPersonalData()) {
                handlingPersonalData.add(agreement.user());
            }
        }
        List<Duty> duties = PlatformDuties.of(market, rules, handlingPersonalData);
        SecurityFramework framework = SecurityFramework.of(market, duties, rules, on);
        Map<OfferId, List<ParticipantId>> users = new HashMap<>();
        if (!market.incidents().isEmpty()) {
            for (Agreement agreement : market.agreements()) {
                users.computeIfAbsent(agreement.offer(), k -> new ArrayList<>()).add(agreement.user());
            }
        }
        List<IncidentReview> incidents = market.incidents().stream()
                .map(incident -> IncidentReview.of(incident, market, id -> users.getOrDefault(id, List.of()), at,
                        rules)).toList();
        return new PlatformAssessment(platform.id(), rules.edition(), at, Liability.of(market), duties, listings,
                agreements, framework, incidents,
                projects.map(lookup -> ProjectLink.of(market, lookup, at, rules)).orElse(List.of()));
    }
}
