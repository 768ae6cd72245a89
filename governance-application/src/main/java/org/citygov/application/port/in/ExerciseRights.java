package org.citygov.application.port.in;

import java.util.List;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentId;
import org.citygov.domain.linkage.ConsentRecord;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * What a data subject can do about their own data (5.4 (2): know how it is used, stop its use, correct it): see every
 * linkage of it, give and withdraw consent, ask for corrections and follow them to resolution. Every operation answers
 * a {@link Result}: a refusal by a store (an id taken, a record answered already) is an outcome, not a fault.
 */
public interface ExerciseRights {

    /** One linkage of the subject's data: its log sequence number and what was decided or handed over. */
    record Linkage(long sequence, LinkageRecord record) {
    }

    Result<List<Linkage>> linkagesOf(SubjectId subject);

    /**
     * Consent to the use of a data asset of a project for a kind of purpose: NOT_FOUND unless the project is
     * registered and has that data asset (consent names real data).
     */
    Result<ConsentRecord> grantConsent(SubjectId subject, ProjectId project, DataAssetId asset, PurposeKind purpose);

    /** Stop use: the next decision on the combination is a denial. */
    Result<ConsentRecord> withdrawConsent(SubjectId subject, ProjectId project, DataAssetId asset,
                                          PurposeKind purpose);

    /**
     * Stop use of one consent, named by its id: NOT_FOUND unless it is the subject's own (another subject's consent
     * does not exist for them), CONFLICT when it is withdrawn already.
     */
    Result<ConsentRecord> withdrawConsent(SubjectId subject, ConsentId consent);

    Result<List<ConsentRecord>> consentsOf(SubjectId subject);

    /**
     * Files a request to correct data held about the subject: NOT_FOUND unless the project is registered and has the
     * data asset; CONFLICT when the store refuses it.
     */
    Result<CorrectionRequest.Open> requestCorrection(SubjectId subject, ProjectId project, DataAssetId asset,
                                                     String correction);

    /**
     * The operator {@code by} resolves (or, with {@code accepted} false, rejects) an open correction request, and is
     * recorded with the answer: NOT_FOUND when there is no such request, CONFLICT when it was answered already.
     */
    Result<CorrectionRequest> answerCorrection(String id, boolean accepted, String note, Actor by);

    /** For the operator: every subject's correction requests in {@code state}, oldest filed first. */
    Result<List<CorrectionRequest>> corrections(CorrectionRequest.State state);

    Result<List<CorrectionRequest>> correctionsOf(SubjectId subject);
}
