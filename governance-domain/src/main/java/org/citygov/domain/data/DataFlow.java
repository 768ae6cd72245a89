package org.citygov.domain.data;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.stakeholder.StakeholderId;

/**
 * A data asset handed from one party to another at a stage of the life cycle, for a purpose, on a legal basis
 * (DOMAIN.md "Data"). The flags describe how the observation happens: continuous (long-term or large-scale
 * observation of the same people), covert (the subjects cannot tell), joined with other service fields.
 */
public record DataFlow(
        DataFlowId id,
        DataAssetId asset,
        LifecycleStage stage,
        StakeholderId from,
        StakeholderId to,
        CollectionMethod method,
        Purpose purpose,
        LegalBasis legalBasis,
        Set<NoticeChannel> notice,
        boolean continuous,
        boolean covert,
        boolean linksOtherFields,
        Optional<String> lessIntrusiveAlternative) {

    public DataFlow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(legalBasis, "legalBasis");
        notice = notice.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notice));
        lessIntrusiveAlternative = lessIntrusiveAlternative.map(String::strip).filter(s -> !s.isEmpty());
    }

    public boolean isNoticed() {
        return !notice.isEmpty();
    }

    public boolean handsToAnotherParty() {
        return !from.equals(to);
    }
}
