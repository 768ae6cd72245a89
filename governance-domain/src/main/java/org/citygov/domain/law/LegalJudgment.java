package org.citygov.domain.law;

import java.util.List;
import java.util.Objects;

import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.shared.Ids;

/**
 * The four-factor overall judgment of one flow on one subject (5.3 (1)): (a) the nature of the information,
 * (b) the legitimacy of the purpose, (c) the legitimacy of the method of acquisition and use, (d) the rigour of the
 * information management; the verdict, and the cautions that drove it, each prefixed with its factor's letter.
 */
public record LegalJudgment(
        DataFlowId flow,
        LegalSubject subject,
        Sensitivity sensitivity,
        String natureOfInformation,
        FactorFinding purpose,
        FactorFinding method,
        FactorFinding management,
        Verdict verdict,
        List<String> cautions) {

    public LegalJudgment {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sensitivity, "sensitivity");
        natureOfInformation = Ids.requireText(natureOfInformation, "natureOfInformation");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(management, "management");
        Objects.requireNonNull(verdict, "verdict");
        cautions = List.copyOf(cautions);
    }

    public String guidelineRef() {
        return subject.guidelineRef();
    }
}
