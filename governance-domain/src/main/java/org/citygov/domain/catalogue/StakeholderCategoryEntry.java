package org.citygov.domain.catalogue;

import java.util.Objects;

import org.citygov.domain.shared.Ids;
import org.citygov.domain.stakeholder.StakeholderCategory;

/** A player category of Fig. 4-3 with its label and the role it is expected to play. */
public record StakeholderCategoryEntry(StakeholderCategory code, Label label, Label role, String source) {
    public StakeholderCategoryEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
        source = Ids.requireText(source, "source");
    }
}
