package org.citygov.domain.stakeholder;

import java.time.LocalDate;
import java.util.Objects;

/** An engagement activity actually held with a stakeholder: a briefing, a survey, a living-lab session… */
public record EngagementActivity(EngagementMethod method, LocalDate heldOn, String note) {
    public EngagementActivity {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(heldOn, "heldOn");
        note = note == null ? "" : note.strip();
    }

    public EngagementFormat format() {
        return method.format();
    }
}
