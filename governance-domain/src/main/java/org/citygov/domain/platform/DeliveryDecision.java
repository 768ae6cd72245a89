package org.citygov.domain.platform;

import java.util.List;
import java.util.Objects;

/**
 * Whether the data of an offer may be delivered under an agreement now: PERMIT when the offer is still listed (not
 * withdrawn, not refused by the screening) and the agreement, reviewed again today ({@link AgreementReview}), is still
 * valid; DENY otherwise, with every reason. {@code findings} are the review's; {@code refusals} what else stands in
 * the way.
 */
public record DeliveryDecision(Agreement agreement, Offer offer, List<Finding> findings, List<String> refusals) {

    public DeliveryDecision {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(offer, "offer");
        findings = List.copyOf(findings);
        refusals = List.copyOf(refusals);
    }

    public boolean permitted() {
        return refusals.isEmpty() && findings.stream().noneMatch(Finding::blocking);
    }

    /** One sentence: the outcome and why. */
    public String explanation() {
        if (permitted()) {
            return "PERMIT: delivery of " + offer.id() + " to " + agreement.user() + " for " + agreement.purpose()
                    + " under agreement " + agreement.id();
        }
        StringBuilder why = new StringBuilder("DENY: delivery of " + offer.id() + " to " + agreement.user()
                + " under agreement " + agreement.id());
        String sep = ": ";
        for (String refusal : refusals) {
            why.append(sep).append(refusal);
            sep = "; ";
        }
        for (Finding finding : findings) {
            if (finding.blocking()) {
                why.append(sep).append(finding.code().code()).append(" (").append(finding.text()).append(')');
                sep = "; ";
            }
        }
        return why.toString();
    }
}
