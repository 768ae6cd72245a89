package org.citygov.domain.linkage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.shared.Messages;

/**
 * The answer to a {@link LinkageRequest}: PERMIT with the obligations the recipient takes on, or DENY; and why, naming
 * the data flow, the rule versions and the consent records it rests on, and the generation of the compiled policy
 * that decided.
 */
public record Decision(
        Outcome outcome,
        List<Obligation> obligations,
        Optional<DataFlowId> flow,
        List<RuleRef> rules,
        List<ConsentId> consents,
        String reason,
        long policyGeneration) {

    public enum Outcome { PERMIT, DENY }

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        obligations = List.copyOf(obligations);
        if (outcome == Outcome.DENY && !obligations.isEmpty()) {
            throw new IllegalArgumentException("a denial carries no obligations");
        }
        Objects.requireNonNull(flow, "flow");
        rules = List.copyOf(rules);
        consents = List.copyOf(consents);
        reason = Ids.requireText(reason, "reason");
    }

    public boolean permitted() {
        return outcome == Outcome.PERMIT;
    }

    /** One readable sentence: outcome, reason, flow, rules, consents, obligations. */
    public String explanation() {
        String text = reason;
        if (flow.isPresent()) {
            text = Messages.text("linkage.withFlow", text, flow.get());
        }
        if (!rules.isEmpty()) {
            text = Messages.text("linkage.withRules", text, rules.stream().map(RuleRef::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (!consents.isEmpty()) {
            text = Messages.text("linkage.withConsents", text, consents.stream().map(ConsentId::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (!obligations.isEmpty()) {
            text = Messages.text("linkage.withObligations", text, obligations.stream().map(Obligation::toString)
                    .collect(Collectors.joining(", ")));
        }
        return Messages.text("linkage.explanation", outcome.name(), text, policyGeneration);
    }
}
