package org.citygov.domain.project;

import static org.citygov.domain.testing.ProjectBuilders.aFlow;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.aStakeholder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;

import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.data.Purpose;
import org.citygov.domain.stakeholder.Rating;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderId;
import org.citygov.domain.testing.ProjectBuilders;
import org.junit.jupiter.api.Test;

/** The withers of DataFlow and Stakeholder and the parts' one-item changes: one field changes, the rest stays. */
class PartWithersTest {

    @Test
    void dataFlowWithers_whenOneFieldChanged_shouldKeepEveryOtherField() {
        DataFlow flow = aFlow().build();
        Purpose other = new Purpose("another purpose", flow.purpose().kind(), flow.purpose().beneficiary());

        DataFlow changed = flow.withPurpose(other);

        assertEquals(other, changed.purpose());
        assertEquals(new DataFlow(flow.id(), flow.asset(), flow.stage(), flow.from(), flow.to(), flow.method(), other,
                flow.legalBasis(), flow.notice(), flow.continuous(), flow.covert(), flow.linksOtherFields(),
                flow.lessIntrusiveAlternative()), changed);
        assertEquals(!flow.covert(), flow.withCovert(!flow.covert()).covert());
        assertEquals(!flow.continuous(), flow.withContinuous(!flow.continuous()).continuous());
        assertEquals(!flow.linksOtherFields(), flow.withLinksOtherFields(!flow.linksOtherFields()).linksOtherFields());
        assertEquals(Set.of(), flow.withNotice(Set.of()).notice());
        assertEquals(Set.of(NoticeChannel.values()[0]), flow.withNotice(Set.of(NoticeChannel.values()[0])).notice());
        assertEquals(LegalBasis.values()[0], flow.withLegalBasis(LegalBasis.values()[0]).legalBasis());
        assertEquals(Optional.of("paper forms"), flow.withLessIntrusiveAlternative(Optional.of(" paper forms "))
                .lessIntrusiveAlternative());
        assertEquals(flow.id(), flow.withCovert(true).id());
    }

    @Test
    void dataFlowWithers_whenValueNull_shouldRefuseLikeTheConstructor() {
        DataFlow flow = aFlow().build();

        assertThrows(NullPointerException.class, () -> flow.withPurpose(null));
        assertThrows(NullPointerException.class, () -> flow.withTo(null));
    }

    @Test
    void stakeholderWithers_whenOneFieldChanged_shouldKeepEveryOtherField() {
        Stakeholder stakeholder = aStakeholder().build();

        Stakeholder changed = stakeholder.withImpact(new Rating(1)).withUncertainty(new Rating(2));

        assertEquals(2, changed.score());
        assertEquals(stakeholder.id(), changed.id());
        assertEquals(stakeholder.name(), changed.name());
        assertEquals(stakeholder.engagements(), changed.engagements());
        assertEquals(stakeholder.category(), changed.category());
        assertEquals("Another name", stakeholder.withName("Another name").name());
        assertThrows(IllegalArgumentException.class, () -> stakeholder.withName(" "));
    }

    @Test
    void withDataFlow_whenIdKnown_shouldChangeOnlyThatFlow() {
        ProjectParts parts = aProject().build();
        DataFlowId id = DataFlowId.of(ProjectBuilders.FLOW);

        ProjectParts changed = parts.withDataFlow(id, f -> f.withCovert(!f.covert()));

        assertNotEquals(parts.dataFlows(), changed.dataFlows());
        assertEquals(parts.dataFlows().size(), changed.dataFlows().size());
        assertEquals(parts.stakeholders(), changed.stakeholders());
        assertThrows(IllegalArgumentException.class, () -> parts.withDataFlow(DataFlowId.of("no-such-flow"),
                f -> f));
    }

    @Test
    void withStakeholder_whenIdKnown_shouldChangeOnlyThatStakeholder() {
        ProjectParts parts = aProject().build();
        StakeholderId id = StakeholderId.of(ProjectBuilders.RESIDENTS);

        ProjectParts changed = parts.withStakeholder(id, s -> s.withImpact(new Rating(1)));

        assertEquals(1, changed.stakeholders().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()
                .impact().value());
        assertEquals(parts.dataFlows(), changed.dataFlows());
        assertThrows(IllegalArgumentException.class, () -> parts.withStakeholder(StakeholderId.of("nobody"),
                s -> s));
    }
}
