package org.citygov.domain.platform;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.shared.Messages;

/**
 * Checks an offer whose data comes from a governance project's data asset against what the project records about
 * that asset: the offer may not carry more than the asset holds, nor claim a ground for personal data that the
 * project's flows of the asset do not have. (Not part of MARKET.md: the platform document does not name projects.)
 *
 * <table>
 * <caption>Provenance rules</caption>
 * <tr><th>code</th><th>when</th><th>basis</th></tr>
 * <tr><td>project-asset-missing</td><td>the project has no such asset</td><td>guideline 5.4 (1)</td></tr>
 * <tr><td>offer-inconsistent-with-asset</td><td>the offer carries a category the asset does not hold; is about
 *     individuals when the asset is not; is more identifying than the asset; or does not flag special care that the
 *     asset holds (unless reduced to anonymized or statistical data)</td><td>APPI Art. 27</td></tr>
 * <tr><td>project-basis-mismatch</td><td>for personal data: the project records no flow of the asset, or one without a
 *     legal basis (Art. 20 (1): lawfully obtained); an offer on CONSENT needs a flow of the asset on CONSENT, one on
 *     OPT_OUT_NOTIFIED a flow on OPT_OUT</td><td>APPI Art. 27 (1)-(2), Art. 20 (1)</td></tr>
 * </table>
 */
public final class ProjectProvenance {

    private ProjectProvenance() {
    }

    /** The findings of {@code offer} against asset {@code assetId} of {@code project}; empty when consistent. */
    public static List<Finding> check(Offer offer, GovernanceProject project, DataAssetId assetId) {
        String id = offer.id().value();
        Optional<DataAsset> found = project.dataAsset(assetId);
        if (found.isEmpty()) {
            return List.of(new Finding(FindingCode.PROJECT_ASSET_MISSING, id, Messages.text(
                    "finding.noAsset", project.id(), assetId)));
        }
        DataAsset asset = found.get();
        List<Finding> findings = new ArrayList<>();
        Set<DataCategory> extra = EnumSet.copyOf(offer.categories());
        extra.removeAll(asset.categories());
        if (!extra.isEmpty()) {
            findings.add(inconsistent(id, Messages.text("finding.extraCategories",
                    extra.stream().sorted().toList(), assetId)));
        }
        if (offer.aboutIndividuals() && !asset.isPersonal()) {
            findings.add(inconsistent(id, Messages.text("finding.aboutIndividuals", assetId,
                    asset.subject())));
        }
        if (offer.aboutIndividuals() && asset.isPersonal() && asset.identifiability().isPresent()
                && offer.identifiability().isPresent()
                && offer.identifiability().get().compareTo(asset.identifiability().get()) < 0) {
            findings.add(inconsistent(id, Messages.text("finding.moreIdentifying",
                    offer.identifiability().get(), assetId, asset.identifiability().get())));
        }
        if (asset.specialCare() && !offer.specialCare() && offer.singlesOutPeople()) {
            findings.add(inconsistent(id, Messages.text(
                    "finding.hidesSpecialCare", assetId, offer.identifiability().orElseThrow())));
        }
        if (offer.isPersonalData()) {
            List<DataFlow> flows = project.dataFlows().stream().filter(f -> f.asset().equals(assetId)).toList();
            if (flows.isEmpty()) {
                findings.add(basis(id, Messages.text("finding.noFlow",
                        project.id(), assetId)));
            }
            flows.stream().filter(f -> f.legalBasis() == LegalBasis.NONE).forEach(f -> findings.add(basis(id,
                    Messages.text("finding.flowWithoutBasis", f.id(), assetId))));
            LegalBasis needed = switch (offer.personalDataBasis()) {
                case CONSENT -> LegalBasis.CONSENT;
                case OPT_OUT_NOTIFIED -> LegalBasis.OPT_OUT;
                default -> null;
            };
            if (needed != null && !flows.isEmpty() && flows.stream().noneMatch(f -> f.legalBasis() == needed)) {
                findings.add(basis(id, Messages.text(
                        "finding.basisNotInFlows", offer.personalDataBasis(), assetId, project.id(), needed)));
            }
        }
        return findings;
    }

    private static Finding inconsistent(String id, String text) {
        return new Finding(FindingCode.OFFER_INCONSISTENT_WITH_ASSET, id, text);
    }

    private static Finding basis(String id, String text) {
        return new Finding(FindingCode.PROJECT_BASIS_MISMATCH, id, text);
    }
}
