package org.citygov.domain.data;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.shared.Ids;

/**
 * A body of data the project handles (3.2, 5.4 (1)): what kinds of data it holds, whom it is about, how identifying
 * it is, how long it is kept and what protects it. Checks that need no other part of the project are made here; the
 * rest (consistency with flows) by the project.
 */
public record DataAsset(
        DataAssetId id,
        String name,
        Set<DataCategory> categories,
        DataSubject subject,
        Optional<Identifiability> identifiability,
        boolean specialCare,
        Set<SubjectGroup> subjectGroups,
        int retentionDays,
        Set<Safeguard> safeguards) {

    public DataAsset {
        Objects.requireNonNull(id, "id");
        name = Ids.requireText(name, "data asset name");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("data asset " + id + " needs at least one data category");
        }
        categories = Set.copyOf(EnumSet.copyOf(categories));
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(identifiability, "identifiability");
        subjectGroups = subjectGroups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(subjectGroups));
        if (retentionDays < 0) {
            throw new IllegalArgumentException("retention days cannot be negative, got " + retentionDays);
        }
        safeguards = safeguards.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(safeguards));
    }

    /** Personal data: the observation target is an individual. */
    public boolean isPersonal() {
        return subject == DataSubject.INDIVIDUAL;
    }

    public boolean holds(DataCategory category) {
        return categories.contains(category);
    }

    public boolean holdsAny(Set<DataCategory> wanted) {
        return wanted.stream().anyMatch(categories::contains);
    }

    public boolean has(Safeguard safeguard) {
        return safeguards.contains(safeguard);
    }

    public boolean concerns(SubjectGroup group) {
        return subjectGroups.contains(group);
    }
}
