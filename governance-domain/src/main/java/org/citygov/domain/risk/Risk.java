package org.citygov.domain.risk;

import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.shared.Ids;

/**
 * One finding of the risk analysis (5.3): under which focal point of Table 5-4 it falls, the privacy harm of the
 * appendix when it is one, the flow it arises in (none for project-wide findings such as a hub or a missing council),
 * its score, why in plain words, the guideline section it rests on, and the catalogue question it answers.
 */
public record Risk(
        String id,
        Optional<DataFlowId> flow,
        Optional<LifecycleStage> stage,
        FocalPoint focalPoint,
        Optional<PrivacyHarm> harm,
        RiskScore score,
        String rationale,
        String guidelineRef,
        Label question) {

    public Risk {
        id = Ids.requireText(id, "risk id");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(focalPoint, "focalPoint");
        Objects.requireNonNull(harm, "harm");
        Objects.requireNonNull(score, "score");
        rationale = Ids.requireText(rationale, "rationale");
        guidelineRef = Ids.requireText(guidelineRef, "guidelineRef");
        Objects.requireNonNull(question, "question");
        if (harm.isPresent() != (focalPoint == FocalPoint.PRIVACY)) {
            throw new IllegalArgumentException("a privacy risk names its harm, and only a privacy risk does: " + id);
        }
    }

    public RiskLevel level() {
        return score.level();
    }
}
