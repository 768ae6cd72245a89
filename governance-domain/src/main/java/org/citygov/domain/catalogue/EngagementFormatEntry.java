package org.citygov.domain.catalogue;

import java.util.Objects;

import org.citygov.domain.shared.Ids;
import org.citygov.domain.stakeholder.EngagementFormat;

/** An engagement format of Table 5-1 with its label. */
public record EngagementFormatEntry(EngagementFormat code, Label label, String source) {
    public EngagementFormatEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        source = Ids.requireText(source, "source");
    }
}
