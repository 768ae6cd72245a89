package org.citygov.domain.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citygov.domain.data.Identifiability;
import org.citygov.domain.shared.Messages;

/**
 * Screens an offer before it is listed. Content liability stays with providers only through their warranties and the
 * platform's terms (panel: the platform should "avoid assuming responsibility for the content of the data as much as
 * possible"; "ensure data providers (sellers) know the terms of use, that data providers will not provide data that
 * violates the law"). "Personal data" is data about individuals not reduced to statistics ({@link
 * Offer#isPersonalData()}).
 *
 * <table>
 * <caption>The listing rules (MARKET.md)</caption>
 * <tr><th>code</th><th>severity</th><th>when</th><th>basis</th></tr>
 * <tr><td>content-warranty-missing</td><td>BLOCKING</td><td>LAWFULLY_OBTAINED, HOLDS_RIGHTS or
 *     NO_DEFAMATORY_CONTENT not declared</td><td>panel (content liability, third parties' rights, defamation)</td></tr>
 * <tr><td>personal-data-warranty-missing</td><td>BLOCKING</td><td>personal data without
 *     PERSONAL_DATA_COMPLIANT</td><td>panel ("uphold data compliance")</td></tr>
 * <tr><td>third-party-rights-unclear</td><td>BLOCKING</td><td>{@code thirdPartyRights: UNCLEAR}</td>
 *     <td>panel (rights of third parties, IP)</td></tr>
 * <tr><td>user-generated-content</td><td>WARNING</td><td>{@code userGenerated}: the terms must let the platform
 *     take such content down</td><td>panel (defamation)</td></tr>
 * <tr><td>special-care-without-consent</td><td>BLOCKING</td><td>special care on any basis but CONSENT</td>
 *     <td>APPI Art. 27 (2)</td></tr>
 * <tr><td>pseudonymized-to-third-party</td><td>BLOCKING</td><td>basis PSEUDONYMOUSLY_PROCESSED (every offer goes to
 *     others)</td><td>APPI Art. 41 (6)</td></tr>
 * <tr><td>anonymization-not-published</td><td>BLOCKING</td><td>ANONYMOUSLY_PROCESSED without
 *     {@code anonymizationPublished}</td><td>APPI Art. 43-44</td></tr>
 * <tr><td>identified-without-basis</td><td>BLOCKING</td><td>IDENTIFIED or PSEUDONYMOUS data on basis NONE</td>
 *     <td>APPI Art. 27 (1)-(2)</td></tr>
 * <tr><td>open-licence-personal-data</td><td>BLOCKING</td><td>licence OPEN on personal data whose basis is neither
 *     STATISTICAL nor ANONYMOUSLY_PROCESSED</td><td>APPI Art. 27 (CityGov's reading)</td></tr>
 * <tr><td>terms-not-accepted</td><td>BLOCKING</td><td>the provider had not accepted the current terms version by the
 *     assessment's date</td><td>panel ("know the terms of use")</td></tr>
 * <tr><td>storage-on-exchange-platform</td><td>WARNING</td><td>an EXCHANGE platform hosts the offer: the operator
 *     carries storage liability for it; the design should say HYBRID</td><td>panel (stored data)</td></tr>
 * </table>
 */
public final class ListingScreening {

    private ListingScreening() {
    }

    /** Screens {@code offer}, listed on {@code platform} by {@code provider}, as of the day {@code on}. */
    public static Listing screen(Offer offer, Platform platform, Participant provider, LocalDate on) {
        List<Finding> findings = new ArrayList<>(2);
        String id = offer.id().value();
        if (!offer.missingContentWarranties().isEmpty()) {
            findings.add(new Finding(FindingCode.CONTENT_WARRANTY_MISSING, id,
                    Messages.text("finding.contentWarrantyMissing", offer.missingContentWarranties())));
        }
        if (offer.isPersonalData() && !offer.declares(Declaration.PERSONAL_DATA_COMPLIANT)) {
            findings.add(new Finding(FindingCode.PERSONAL_DATA_WARRANTY_MISSING, id,
                    Messages.text("finding.personalDataWarrantyMissing",
                            offer.identifiability().map(Enum::name).orElse("IDENTIFIED"))));
        }
        if (offer.content().thirdPartyRights() == Offer.Content.ThirdPartyRights.UNCLEAR) {
            findings.add(new Finding(FindingCode.THIRD_PARTY_RIGHTS_UNCLEAR, id,
                    Messages.text("finding.thirdPartyRightsUnclear")));
        }
        if (offer.content().userGenerated()) {
            findings.add(new Finding(FindingCode.USER_GENERATED_CONTENT, id,
                    Messages.text("finding.userGeneratedContent")));
        }
        PersonalDataBasis basis = offer.personalDataBasis();
        if (offer.specialCare() && basis != PersonalDataBasis.CONSENT) {
            findings.add(new Finding(FindingCode.SPECIAL_CARE_WITHOUT_CONSENT, id,
                    Messages.text("finding.specialCareWithoutConsent", basis)));
        }
        if (basis == PersonalDataBasis.PSEUDONYMOUSLY_PROCESSED) {
            findings.add(new Finding(FindingCode.PSEUDONYMIZED_TO_THIRD_PARTY, id,
                    Messages.text("finding.pseudonymizedToThirdParty")));
        }
        if (basis == PersonalDataBasis.ANONYMOUSLY_PROCESSED && !offer.anonymizationPublished()) {
            findings.add(new Finding(FindingCode.ANONYMIZATION_NOT_PUBLISHED, id,
                    Messages.text("finding.anonymizationNotPublished")));
        }
        if (offer.aboutIndividuals() && offer.identifiability().map(Identifiability::singlesOutPeople).orElse(false)
                && basis == PersonalDataBasis.NONE) {
            findings.add(new Finding(FindingCode.IDENTIFIED_WITHOUT_BASIS, id,
                    Messages.text("finding.identifiedWithoutBasis", offer.identifiability().orElseThrow())));
        }
        if (offer.licence().kind() == Offer.Licence.Kind.OPEN && offer.isPersonalData()
                && basis != PersonalDataBasis.STATISTICAL && basis != PersonalDataBasis.ANONYMOUSLY_PROCESSED) {
            findings.add(new Finding(FindingCode.OPEN_LICENCE_PERSONAL_DATA, id,
                    Messages.text("finding.openLicencePersonalData", basis, offer.licence().id())));
        }
        if (!provider.accepted(platform.termsVersion(), on)) {
            findings.add(new Finding(FindingCode.TERMS_NOT_ACCEPTED, id, Messages.text(
                    "finding.providerTerms", notAccepted(provider, platform.termsVersion(), on))));
        }
        if (platform.design() == PlatformDesign.EXCHANGE && offer.hostedOnPlatform()) {
            findings.add(new Finding(FindingCode.STORAGE_ON_EXCHANGE_PLATFORM, id,
                    Messages.text("finding.storageOnExchangePlatform")));
        }
        return new Listing(offer.id(), findings);
    }

    /** Why {@code participant} had not accepted {@code current} by {@code on}, after its id. */
    static String notAccepted(Participant participant, String current, LocalDate on) {
        return participant.termsAccepted()
                .map(t -> t.version().equals(current)
                        ? Messages.text("finding.termsAcceptedLate", participant.id(), current, t.on(), on)
                        : Messages.text("finding.termsOther", participant.id(), t.version(), t.on(), current))
                .orElse(Messages.text("finding.termsNone", participant.id(), current));
    }
}
