package org.citygov.application.report;

import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.assessment.StakeholderAssessment;

/** Turns an assessment into the JSON of the contract or a summary a person reads in a terminal. */
public final class AssessmentRenderer {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String json(ProjectAssessment assessment) {
        try {
            return json.writeValueAsString(AssessmentDocument.of(assessment));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the assessment of " + assessment.project(), e);
        }
    }

    public String text(ProjectAssessment assessment) {
        StringBuilder out = new StringBuilder();
        out.append("Assessment of ").append(assessment.project()).append('\n').append('\n');
        out.append("Stakeholders (4.3: importance = impact x uncertainty; engagement per Table 5-1)\n");
        List<StakeholderAssessment> stakeholders = assessment.stakeholders();
        int idWidth = Math.max(2, stakeholders.stream().mapToInt(s -> s.id().value().length()).max().orElse(2));
        String row = "  %-" + idWidth + "s  %-8s  %5s  %-8s  %-24s  %s%n";
        out.append(String.format(row, "id", "involved", "score", "level", "recommended engagement",
                "held so far"));
        for (StakeholderAssessment s : stakeholders) {
            String held = s.engagementHeld().map(Enum::name).orElse("none")
                    + (s.engagedAsRecommended() ? "" : s.importance().isImportant() ? "  << short of recommended" : "");
            out.append(String.format(row, s.id(), s.involvement(), s.score(), s.importance(), s.engagement(), held));
        }
        List<StakeholderAssessment> under = assessment.underEngaged();
        out.append('\n');
        if (under.isEmpty()) {
            out.append("Every HIGH or CRITICAL stakeholder has been engaged as recommended.\n");
        } else {
            out.append(under.size()).append(" HIGH or CRITICAL stakeholder(s) engaged less than recommended: ")
                    .append(String.join(", ", under.stream().map(s -> s.id().value()).toList())).append('\n');
        }
        return out.toString();
    }
}
