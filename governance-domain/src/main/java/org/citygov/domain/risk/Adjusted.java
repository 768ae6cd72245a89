package org.citygov.domain.risk;

import org.citygov.domain.shared.Messages;

import java.util.ArrayList;
import java.util.List;

/** A score being worked out: the base values and each adjustment with its reason, kept for the rationale. */
final class Adjusted {
    private int severity;
    private int likelihood;
    private final List<String> notes = new ArrayList<>();

    Adjusted(int severity, int likelihood) {
        this.severity = severity;
        this.likelihood = likelihood;
    }

    Adjusted severity(int delta, String why) {
        if (delta != 0) {
            severity += delta;
            notes.add(Messages.text("risk.severityNote", signed(delta), why));
        }
        return this;
    }

    Adjusted likelihood(int delta, String why) {
        if (delta != 0) {
            likelihood += delta;
            notes.add(Messages.text("risk.likelihoodNote", signed(delta), why));
        }
        return this;
    }

    RiskScore score() {
        return RiskScore.clamped(severity, likelihood);
    }

    /** The reason, followed by the adjustments in parentheses. */
    String rationale(String reason) {
        return notes.isEmpty() ? reason : Messages.text("risk.adjusted", reason, String.join("; ", notes));
    }

    private static String signed(int delta) {
        return delta > 0 ? "+" + delta : Integer.toString(delta);
    }
}
