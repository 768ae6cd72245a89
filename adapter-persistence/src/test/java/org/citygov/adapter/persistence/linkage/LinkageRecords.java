package org.citygov.adapter.persistence.linkage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.Obligation;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;

/** Decisions to log in tests. */
final class LinkageRecords {

    private LinkageRecords() {
    }

    static LinkageRecord permit(int i, String subject) {
        LinkageRequest request = LinkageRequest.forSubject(ProjectId.of("frailty"), StakeholderId.of("university"),
                DataAssetId.of("research-dataset"), PurposeKind.RESEARCH, SubjectId.of(subject), Set.of("age", "score"));
        Decision decision = new Decision(Decision.Outcome.PERMIT, List.of(Obligation.pseudonymize()),
                Optional.of(DataFlowId.of("provide-research-dataset")), List.of(), List.of(), "test " + i, 1);
        return LinkageRecord.decision(request, decision, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i));
    }
}
