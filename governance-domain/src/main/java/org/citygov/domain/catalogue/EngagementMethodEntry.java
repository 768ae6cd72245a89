package org.citygov.domain.catalogue;

import java.util.Objects;

import org.citygov.domain.shared.Ids;
import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.EngagementMethod;

/** An engagement method of Table 5-1, the format it is listed under, and its label. */
public record EngagementMethodEntry(EngagementMethod code, EngagementFormat format, Label label, String source) {
    public EngagementMethodEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(label, "label");
        source = Ids.requireText(source, "source");
    }
}
