package org.citygov.domain.rule;

import java.time.LocalDate;
import java.util.Objects;

import org.citygov.domain.shared.Ids;

/** Who approved a rule version (the expert committee, the council, …) and on which day. */
public record Approval(String by, LocalDate on) {
    public Approval {
        by = Ids.requireText(by, "approver");
        Objects.requireNonNull(on, "on");
    }
}
