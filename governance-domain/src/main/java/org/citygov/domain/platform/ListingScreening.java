package org.citygov.domain.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citygov.domain.data.Identifiability;

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
            findings.add(new Finding(FindingCode.CONTENT_WARRANTY_MISSING, id, "the provider has not declared "
                    + offer.missingContentWarranties() + "; without these warranties content liability can fall on"
                    + " the platform"));
        }
        if (offer.isPersonalData() && !offer.declares(Declaration.PERSONAL_DATA_COMPLIANT)) {
            findings.add(new Finding(FindingCode.PERSONAL_DATA_WARRANTY_MISSING, id, "the offer carries personal data"
                    + " (" + offer.identifiability().map(Enum::name).orElse("IDENTIFIED") + ") and the provider has"
                    + " not declared PERSONAL_DATA_COMPLIANT"));
        }
        if (offer.content().thirdPartyRights() == Offer.Content.ThirdPartyRights.UNCLEAR) {
            findings.add(new Finding(FindingCode.THIRD_PARTY_RIGHTS_UNCLEAR, id, "it is unclear what rights third"
                    + " parties hold in the content; clear or license them before listing"));
        }
        if (offer.content().userGenerated()) {
            findings.add(new Finding(FindingCode.USER_GENERATED_CONTENT, id, "the data holds posts, reviews or free"
                    + " text about people: the terms must let the platform take defamatory content down"));
        }
        PersonalDataBasis basis = offer.personalDataBasis();
        if (offer.specialCare() && basis != PersonalDataBasis.CONSENT) {
            findings.add(new Finding(FindingCode.SPECIAL_CARE_WITHOUT_CONSENT, id, "special-care information is"
                    + " offered on the basis " + basis + "; only the persons' consent allows it"));
        }
        if (basis == PersonalDataBasis.PSEUDONYMOUSLY_PROCESSED) {
            findings.add(new Finding(FindingCode.PSEUDONYMIZED_TO_THIRD_PARTY, id, "pseudonymously processed"
                    + " information cannot be provided to the platform's users; anonymize it or obtain consent"));
        }
        if (basis == PersonalDataBasis.ANONYMOUSLY_PROCESSED && !offer.anonymizationPublished()) {
            findings.add(new Finding(FindingCode.ANONYMIZATION_NOT_PUBLISHED, id, "anonymously processed information"
                    + " is offered but its categories and the method of provision have not been made public"));
        }
        if (offer.aboutIndividuals() && offer.identifiability().map(Identifiability::singlesOutPeople).orElse(false)
                && basis == PersonalDataBasis.NONE) {
            findings.add(new Finding(FindingCode.IDENTIFIED_WITHOUT_BASIS, id, offer.identifiability().orElseThrow()
                    + " personal data is offered with no basis for providing it to third parties"));
        }
        if (offer.licence().kind() == Offer.Licence.Kind.OPEN && offer.isPersonalData()
                && basis != PersonalDataBasis.STATISTICAL && basis != PersonalDataBasis.ANONYMOUSLY_PROCESSED) {
            findings.add(new Finding(FindingCode.OPEN_LICENCE_PERSONAL_DATA, id, "personal data on basis " + basis
                    + " is offered under the open licence " + offer.licence().id()));
        }
        if (!provider.accepted(platform.termsVersion(), on)) {
            findings.add(new Finding(FindingCode.TERMS_NOT_ACCEPTED, id, "the provider "
                    + notAccepted(provider, platform.termsVersion(), on)));
        }
        if (platform.design() == PlatformDesign.EXCHANGE && offer.hostedOnPlatform()) {
            findings.add(new Finding(FindingCode.STORAGE_ON_EXCHANGE_PLATFORM, id, "the exchange platform hosts this"
                    + " offer's data, so the operator carries storage liability for it; the design should say"
                    + " HYBRID"));
        }
        return new Listing(offer.id(), findings);
    }

    /** Why {@code participant} had not accepted {@code current} by {@code on}, after its id. */
    static String notAccepted(Participant participant, String current, LocalDate on) {
        return participant.id() + participant.termsAccepted()
                .map(t -> t.version().equals(current)
                        ? " accepted the current terms " + current + " only on " + t.on() + ", after " + on
                        : " accepted the terms " + t.version() + " (on " + t.on() + "), not the current terms "
                                + current)
                .orElse(" has accepted no terms of use; the current terms are " + current);
    }
}
