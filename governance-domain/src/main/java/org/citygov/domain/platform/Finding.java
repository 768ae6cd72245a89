package org.citygov.domain.platform;

import java.util.Objects;

import org.citygov.domain.shared.Ids;

/**
 * One thing the platform assessment found (MARKET.md {@code Finding}): its stable code, which fixes its severity and
 * basis, the id it is about (an offer, agreement, participant or incident) and what exactly is wrong.
 */
public record Finding(FindingCode code, String subject, String text) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        text = Ids.requireText(text, "finding text");
    }

    public Severity severity() {
        return code.severity();
    }

    public String basis() {
        return code.basis();
    }

    public boolean blocking() {
        return severity() == Severity.BLOCKING;
    }
}
