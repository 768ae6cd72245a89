package org.citygov.domain.platform;

import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.shared.Ids;

/**
 * What one participant must do on the platform, and whether it does. {@code gap} is the framework gap an unmet duty
 * is (MARKET.md "Cooperative security framework"), when it is one.
 */
public record Duty(String id, ParticipantId holder, DutyLayer layer, String text, boolean met, String basis,
                   Optional<FindingCode> gap) {

    public Duty {
        Ids.requireText(id, "duty id");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(layer, "layer");
        Ids.requireText(text, "duty text");
        Ids.requireText(basis, "duty basis");
        Objects.requireNonNull(gap, "gap");
    }
}
