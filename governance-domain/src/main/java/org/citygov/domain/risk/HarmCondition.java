package org.citygov.domain.risk;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.shared.Ids;

/**
 * When a privacy harm arises in a flow: the appendix question it answers (in brief; the full text is in the
 * catalogue), the condition on the flow, the base severity and likelihood before adjustments, and the reason in
 * plain words. A harm is looked for in flows at its stage of the life cycle; {@code anyStage} names flows in which it
 * follows from the purpose or the method wherever the flow sits (never for most harms), with {@code anyStageRef},
 * the section that says so.
 */
public record HarmCondition(PrivacyHarm harm, String answers, Predicate<FlowView> arises, int severity,
                            int likelihood, Function<FlowView, String> because, Predicate<FlowView> anyStage,
                            String anyStageRef) {
    public HarmCondition {
        Objects.requireNonNull(harm, "harm");
        answers = Ids.requireText(answers, "answers");
        Objects.requireNonNull(arises, "arises");
        RiskScore.of(severity, likelihood);
        Objects.requireNonNull(because, "because");
        Objects.requireNonNull(anyStage, "anyStage");
        Objects.requireNonNull(anyStageRef, "anyStageRef");
    }

    /** A harm looked for only in flows at its stage. */
    public HarmCondition(PrivacyHarm harm, String answers, Predicate<FlowView> arises, int severity, int likelihood,
                         Function<FlowView, String> because) {
        this(harm, answers, arises, severity, likelihood, because, f -> false, "");
    }
}
