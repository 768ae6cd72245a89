package org.citygov.domain.law;

import java.util.Objects;

import org.citygov.domain.catalogue.CatalogueId;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.shared.Ids;

/**
 * A binding law of the assessment (5.2): one that applies, or one tied to a place that may apply and needs checking;
 * {@code reason} says why, and for a law to check, what to check.
 */
public record ApplicableLaw(CatalogueId id, Label label, LawStanding standing, String reason, String source) {
    public ApplicableLaw {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(standing, "standing");
        reason = Ids.requireText(reason, "reason");
        source = Ids.requireText(source, "source");
    }

    /** A law that applies. */
    public ApplicableLaw(CatalogueId id, Label label, String reason, String source) {
        this(id, label, LawStanding.APPLIES, reason, source);
    }

    public boolean applies() {
        return standing == LawStanding.APPLIES;
    }
}
