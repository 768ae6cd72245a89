package org.citygov.domain.rule;

import java.util.Objects;

import org.citygov.domain.shared.Ids;
import org.citygov.domain.shared.Messages;

/** A programme rule that loosens a city-framework rule of the same kind over flows they share (5.4). */
public record RuleConflict(RuleId framework, RuleId program, RuleKind kind, String explanation) {
    public RuleConflict {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(kind, "kind");
        explanation = Ids.requireText(explanation, "explanation");
    }

    @Override
    public String toString() {
        return Messages.text("conflict.text", program, explanation, framework);
    }
}
