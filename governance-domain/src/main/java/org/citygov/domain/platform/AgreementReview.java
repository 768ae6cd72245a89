package org.citygov.domain.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.shared.Messages;

/**
 * The check of one agreement: valid when none of its findings is BLOCKING.
 *
 * <table>
 * <caption>The agreement rules (MARKET.md)</caption>
 * <tr><th>code</th><th>severity</th><th>when</th></tr>
 * <tr><td>purpose-not-permitted</td><td>BLOCKING</td><td>the purpose is not among the offer's permitted purposes, or
 *     it is commercial (commercial recommendation, advertising) and the terms prohibit COMMERCIAL_USE</td></tr>
 * <tr><td>terms-not-accepted</td><td>BLOCKING</td><td>the user had not accepted the platform's current terms by the
 *     assessment's date, or the agreement names the current terms and was concluded before the user accepted
 *     them</td></tr>
 * <tr><td>user-security-below-minimum</td><td>BLOCKING</td><td>the user's authentication is weaker than the offer's
 *     {@code minimumAuthentication}</td></tr>
 * <tr><td>reidentification-risk</td><td>WARNING</td><td>the user also provides IDENTIFIED data of a category this
 *     offer carries, the offer is ANONYMIZED or PSEUDONYMOUS, and its terms do not prohibit REIDENTIFICATION (APPI
 *     Art. 41 (7), 45)</td></tr>
 * </table>
 */
public record AgreementReview(AgreementId id, List<Finding> findings) {

    public AgreementReview {
        Objects.requireNonNull(id, "id");
        findings = List.copyOf(findings);
    }

    public boolean valid() {
        return findings.stream().noneMatch(Finding::blocking);
    }

    /**
     * Reviews {@code agreement} on {@code offer} by {@code user}, as of the day {@code on}; {@code identifiedByUser}
     * are the categories of IDENTIFIED personal data the user itself offers on the platform.
     */
    public static AgreementReview of(Agreement agreement, Offer offer, Participant user, Platform platform,
                                     Set<DataCategory> identifiedByUser, LocalDate on) {
        List<Finding> findings = new ArrayList<>(1);
        String id = agreement.id().value();
        Offer.Terms terms = offer.terms();
        if (!terms.permit(agreement.purpose())) {
            findings.add(new Finding(FindingCode.PURPOSE_NOT_PERMITTED, id, terms.purposes()
                    .contains(agreement.purpose())
                    ? Messages.text("finding.purposeCommercial", agreement.purpose(), offer.id())
                    : Messages.text("finding.purposeNotPermitted", agreement.purpose(), offer.id(),
                            terms.purposes())));
        }
        String current = platform.termsVersion();
        if (!user.accepted(current, on)) {
            findings.add(new Finding(FindingCode.TERMS_NOT_ACCEPTED, id, Messages.text("finding.userTerms",
                    ListingScreening.notAccepted(user, current, on))));
        } else if (agreement.termsVersion().equals(current) && !user.accepted(current, agreement.on())) {
            findings.add(new Finding(FindingCode.TERMS_NOT_ACCEPTED, id, Messages.text(
                    "finding.agreementBeforeTerms", agreement.on(), current, user.id(),
                    user.termsAccepted().orElseThrow().on())));
        }
        Authentication minimum = terms.minimumAuthentication();
        if (user.security().authentication().weakerThan(minimum)) {
            findings.add(new Finding(FindingCode.USER_SECURITY_BELOW_MINIMUM, id, Messages.text(
                    "finding.userSecurityBelowMinimum", user.id(), user.security().authentication(), offer.id(),
                    minimum)));
        }
        boolean deidentified = offer.aboutIndividuals() && offer.identifiability()
                .filter(i -> i == Identifiability.ANONYMIZED || i == Identifiability.PSEUDONYMOUS).isPresent();
        if (deidentified && !terms.prohibits(Prohibition.REIDENTIFICATION)) {
            List<DataCategory> shared = offer.categories().stream().filter(identifiedByUser::contains).sorted()
                    .toList();
            if (!shared.isEmpty()) {
                findings.add(new Finding(FindingCode.REIDENTIFICATION_RISK, id, Messages.text(
                        "finding.reidentificationRisk", user.id(), shared, offer.identifiability().orElseThrow())));
            }
        }
        return new AgreementReview(agreement.id(), findings);
    }
}
