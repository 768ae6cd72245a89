package org.citygov.domain.linkage;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Arrays;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * A request to hand data along: which party (acting in which role, when it names one) wants which fields of which
 * data asset of which project, for which kind of purpose, about one data subject or, when no subject is named, as an
 * aggregate over all of them.
 */
public record LinkageRequest(
        ProjectId project,
        StakeholderId party,
        Optional<String> role,
        DataAssetId asset,
        PurposeKind purpose,
        Optional<SubjectId> subject,
        Set<String> fields) {

    public LinkageRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(party, "party");
        role = role.map(r -> Ids.requireText(r, "role"));
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(subject, "subject");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a linkage request names the fields it wants");
        }
        String[] checked = new String[fields.size()];
        int i = 0;
        for (String field : fields) {
            checked[i++] = Ids.requireText(field, "field");
        }
        fields = Set.copyOf(Arrays.asList(checked));
    }

    /** A request for one subject's data. */
    public static LinkageRequest forSubject(ProjectId project, StakeholderId party, DataAssetId asset,
                                            PurposeKind purpose, SubjectId subject, Set<String> fields) {
        return new LinkageRequest(project, party, Optional.empty(), asset, purpose, Optional.of(subject), fields);
    }

    /** A request for data aggregated over every subject (statistics): names no subject. */
    public static LinkageRequest aggregate(ProjectId project, StakeholderId party, DataAssetId asset,
                                           PurposeKind purpose, Set<String> fields) {
        return new LinkageRequest(project, party, Optional.empty(), asset, purpose, Optional.empty(), fields);
    }

    /** The same request made in a role (for access-control rules). */
    public LinkageRequest inRole(String newRole) {
        return new LinkageRequest(project, party, Optional.of(newRole), asset, purpose, subject, fields);
    }

    public boolean isAggregate() {
        return subject.isEmpty();
    }
}
