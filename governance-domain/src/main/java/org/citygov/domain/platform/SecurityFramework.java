package org.citygov.domain.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citygov.domain.shared.Messages;

/**
 * Whether the platform's security is built together (panel: "develop a 'Cooperative security framework' between data
 * users, data providers and the platform to reinforce security rather than stating the liability in terms and
 * conditions"): {@code cooperative} when there is no gap.
 *
 * <table>
 * <caption>Gaps (MARKET.md), all BLOCKING</caption>
 * <tr><th>code</th><th>when</th></tr>
 * <tr><td>weak-authentication, slow-patching, no-access-logging, slow-incident-reporting</td><td>a participant's
 *     AUTHENTICATION, MAINTENANCE, ACCOUNTABILITY or REPORTING duty is unmet ({@link PlatformDuties})</td></tr>
 * <tr><td>untrained</td><td>a participant has no security training within {@code trainingValidDays} (CityGov
 *     default 365) before the assessment's date</td></tr>
 * <tr><td>no-response-team, monitoring-insufficient</td><td>the operator's RESPONSE or MONITORING duty is unmet
 *     (STORAGE and HYBRID platforms)</td></tr>
 * </table>
 */
public record SecurityFramework(List<Finding> gaps) {

    public SecurityFramework {
        gaps = List.copyOf(gaps);
    }

    public boolean cooperative() {
        return gaps.isEmpty();
    }

    /** The gaps among {@code duties} and in the participants' training, as of the day {@code on}. */
    public static SecurityFramework of(DataMarket market, List<Duty> duties, MarketRules rules, LocalDate on) {
        List<Finding> gaps = new ArrayList<>();
        for (Duty duty : duties) {
            if (!duty.met() && duty.gap().isPresent()) {
                gaps.add(new Finding(duty.gap().get(), duty.holder().value(), Messages.text("finding.dutyUnmet",
                        duty.holder(), duty.text())));
            }
        }
        for (Participant p : market.participants()) {
            if (!p.security().trainedWithin(rules.trainingValidDays(), on)) {
                gaps.add(new Finding(FindingCode.UNTRAINED, p.id().value(), p.security().trainedOn()
                        .map(t -> Messages.text("finding.trainedOn", p.id(), t, rules.trainingValidDays(), on))
                        .orElse(Messages.text("finding.neverTrained", p.id(), rules.trainingValidDays(), on))));
            }
        }
        return new SecurityFramework(gaps);
    }
}
