package org.citygov.domain.risk;

import org.citygov.domain.shared.Messages;

import java.util.Comparator;
import java.util.Optional;

import org.citygov.domain.catalogue.CityGovDefaults;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.project.AcceptanceSurvey;
import org.citygov.domain.project.Region;
import org.citygov.domain.project.RegionProfile;

/**
 * Regional acceptance moves the likelihood of privacy and legal risks (3.4, 5.3 (2)): the same use can be welcome in
 * one region and resented in another, and residents who resent it are the ones who complain or sue.
 * <ul>
 *   <li>A survey of the region for one of the asset's data categories decides when there is one: the lowest share
 *   counts. Below the edition's {@code low} share raises likelihood by 1, below {@code veryLow} by 2; at or above
 *   {@code high} lowers it by 1 (CityGov defaults 50 %, 25 %, 80 %: {@link CityGovDefaults.AcceptanceShares}).</li>
 *   <li>Without a survey, the region's profile gives a presumption from the guideline's own example: cameras that
 *   observe people in a CITY_CENTER, with its shifting population, raise likelihood by 1; watching over elderly people
 *   in an AGING_POPULATION area, where residents worry about people getting lost, lowers it by 1.</li>
 * </ul>
 * The thresholds are CityGov defaults kept in the catalogue edition; the guideline gives none, and the reasons say so.
 */
public final class RegionalAcceptance {

    private RegionalAcceptance() {
    }

    /** The likelihood shift for a flow in a region, and its reason; empty when the region moves nothing. */
    public static Optional<Shift> shift(Region region, DataFlow flow, DataAsset asset,
                                        CityGovDefaults.AcceptanceShares shares) {
        Optional<AcceptanceSurvey> survey = asset.categories().stream()
                .map(region::acceptanceOf)
                .flatMap(Optional::stream)
                .min(Comparator.comparingDouble(AcceptanceSurvey::share));
        if (survey.isPresent()) {
            AcceptanceSurvey s = survey.get();
            String measured = Messages.text("risk.acceptance.measured", percent(s.share()), s.dataCategory(),
                    s.source());
            if (s.share() < shares.veryLow()) {
                return Optional.of(new Shift(2, Messages.text("risk.acceptance.below", measured,
                        percent(shares.veryLow()), CityGovDefaults.LABEL)));
            }
            if (s.share() < shares.low()) {
                return Optional.of(new Shift(1, Messages.text("risk.acceptance.below", measured,
                        percent(shares.low()), CityGovDefaults.LABEL)));
            }
            if (s.share() >= shares.high()) {
                return Optional.of(new Shift(-1, Messages.text("risk.acceptance.atLeast", measured,
                        percent(shares.high()), CityGovDefaults.LABEL)));
            }
            return Optional.empty();
        }
        boolean camera = flow.method().isCamera() || asset.holds(DataCategory.CAMERA_IMAGE);
        if (camera && region.is(RegionProfile.CITY_CENTER)) {
            return Optional.of(new Shift(1, Messages.text("risk.acceptance.cityCentre")));
        }
        boolean watchingOverElderly = asset.concerns(SubjectGroup.ELDERLY)
                && flow.purpose().kind() == PurposeKind.CARE_AND_WATCHING_OVER;
        if (watchingOverElderly && region.is(RegionProfile.AGING_POPULATION)) {
            return Optional.of(new Shift(-1, Messages.text("risk.acceptance.ageing")));
        }
        return Optional.empty();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** A change of likelihood and why. */
    public record Shift(int likelihood, String reason) {
    }
}
