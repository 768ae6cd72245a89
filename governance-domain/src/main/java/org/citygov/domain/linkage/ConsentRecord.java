package org.citygov.domain.linkage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.project.ProjectId;

/** A subject's consent to the use of one data asset of one project for one kind of purpose; withdrawn or not. */
public record ConsentRecord(
        ConsentId id,
        SubjectId subject,
        ProjectId project,
        DataAssetId asset,
        PurposeKind purpose,
        Instant grantedAt,
        Optional<Instant> withdrawnAt) {

    public ConsentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        if (withdrawnAt.isPresent() && withdrawnAt.get().isBefore(grantedAt)) {
            throw new IllegalArgumentException("consent " + id + " cannot be withdrawn before it was granted");
        }
    }

    public boolean active() {
        return withdrawnAt.isEmpty();
    }

    ConsentRecord withdrawn(Instant at) {
        return new ConsentRecord(id, subject, project, asset, purpose, grantedAt, Optional.of(at));
    }
}
