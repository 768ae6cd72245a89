package org.citygov.domain.risk;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.shared.Ids;

/**
 * When a privacy harm arises in a flow: the appendix question it answers (in brief; the full text is in the
 * catalogue), the condition on the flow, the base severity and likelihood before adjustments, and the reason in
 * plain words.
 */
public record HarmCondition(PrivacyHarm harm, String answers, Predicate<FlowView> arises, int severity,
                            int likelihood, Function<FlowView, String> because) {
    public HarmCondition {
        Objects.requireNonNull(harm, "harm");
        answers = Ids.requireText(answers, "answers");
        Objects.requireNonNull(arises, "arises");
        RiskScore.of(severity, likelihood);
        Objects.requireNonNull(because, "because");
    }
}
