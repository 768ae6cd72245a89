package org.citygov.domain.linkage;

import java.time.Instant;
import java.util.Objects;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.project.ProjectId;

/**
 * One event of a subject's consent, as it is stored: a consent GRANTED, or WITHDRAWN, at a time. Consents are
 * append-only: a withdrawal is a second event of the same consent id, never a change of the grant. Replaying the
 * events in order rebuilds the {@link ConsentRegistry}.
 */
public record ConsentEvent(Kind kind, ConsentId consent, SubjectId subject, ProjectId project, DataAssetId asset,
                           PurposeKind purpose, Instant at) {

    public enum Kind { GRANTED, WITHDRAWN }

    public ConsentEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
    }

    public static ConsentEvent granted(ConsentRecord record) {
        return new ConsentEvent(Kind.GRANTED, record.id(), record.subject(), record.project(), record.asset(),
                record.purpose(), record.grantedAt());
    }

    public static ConsentEvent withdrawn(ConsentRecord record, Instant at) {
        return new ConsentEvent(Kind.WITHDRAWN, record.id(), record.subject(), record.project(), record.asset(),
                record.purpose(), at);
    }
}
