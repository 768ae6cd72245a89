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

    /**
     * This flow with another value for the data asset handed over, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withAsset(DataAssetId value) {
        return new DataFlow(id, value, stage, from, to, method, purpose, legalBasis, notice, continuous, covert, linksOtherFields, lessIntrusiveAlternative);
    }

    /**
     * This flow with another value for the life-cycle stage, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withStage(LifecycleStage value) {
        return new DataFlow(id, asset, value, from, to, method, purpose, legalBasis, notice, continuous, covert, linksOtherFields, lessIntrusiveAlternative);
    }

    /**
     * This flow with another value for the party handing the data, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withFrom(StakeholderId value) {
        return new DataFlow(id, asset, stage, value, to, method, purpose, legalBasis, notice, continuous, covert, linksOtherFields, lessIntrusiveAlternative);
    }

    /**
     * This flow with another value for the party receiving it, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withTo(StakeholderId value) {
        return new DataFlow(id, asset, stage, from, value, method, purpose, legalBasis, notice, continuous, covert, linksOtherFields, lessIntrusiveAlternative);
    }

    /**
     * This flow with another value for how the data is collected, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withMethod(CollectionMethod value) {
        return new DataFlow(id, asset, stage, from, to, value, purpose, legalBasis, notice, continuous, covert, linksOtherFields, lessIntrusiveAlternative);
    }

    /**
     * This flow with another value for the purpose, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withPurpose(Purpose value) {
        return new DataFlow(id, asset, stage, from, to, method, value, legalBasis, notice, continuous, covert, linksOtherFields, lessIntrusiveAlternative);
    }

    /**
     * This flow with another value for the legal basis, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withLegalBasis(LegalBasis value) {
        return new DataFlow(id, asset, stage, from, to, method, purpose, value, notice, continuous, covert, linksOtherFields, lessIntrusiveAlternative);
    }

    /**
     * This flow with another value for the channels by which the subjects are told, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withNotice(Set<NoticeChannel> value) {
        return new DataFlow(id, asset, stage, from, to, method, purpose, legalBasis, value, continuous, covert, linksOtherFields, lessIntrusiveAlternative);
    }

    /**
     * This flow with another value for whether the observation is continuous, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withContinuous(boolean value) {
        return new DataFlow(id, asset, stage, from, to, method, purpose, legalBasis, notice, value, covert, linksOtherFields, lessIntrusiveAlternative);
    }

    /**
     * This flow with another value for whether it is covert, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withCovert(boolean value) {
        return new DataFlow(id, asset, stage, from, to, method, purpose, legalBasis, notice, continuous, value, linksOtherFields, lessIntrusiveAlternative);
    }

    /**
     * This flow with another value for whether it is joined with other service fields, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withLinksOtherFields(boolean value) {
        return new DataFlow(id, asset, stage, from, to, method, purpose, legalBasis, notice, continuous, covert, value, lessIntrusiveAlternative);
    }

    /**
     * This flow with another value for the less intrusive alternative considered, every other field kept (for sweeps that vary one parameter).
     *
     * @param value the new value
     * @return a new flow, checked like any other
     */
    public DataFlow withLessIntrusiveAlternative(Optional<String> value) {
        return new DataFlow(id, asset, stage, from, to, method, purpose, legalBasis, notice, continuous, covert, linksOtherFields, value);
    }
}
