package org.citygov.application.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.assessment.StakeholderAssessment;

/**
 * The assessment as the public contract (SCENARIO.md, "Output") spells it: the same JSON from the CLI, the REST API
 * and the Java API. Fields are only ever added. Parts that later steps of the process add (laws, soft laws, legal
 * tests, risks, rules, evaluation) are absent until the domain produces them.
 */
@JsonPropertyOrder({"format", "project", "stakeholders"})
public record AssessmentDocument(String format, String project, List<Stakeholder> stakeholders) {

    public static final String FORMAT = "citygov/1";

    /** One stakeholder's analysis; {@code importance} and {@code engagement} are the contract's, the rest explains. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "category", "involvement", "score", "importance", "engagement",
            "engagementHeld", "engagedAsRecommended"})
    public record Stakeholder(String id, String name, String category, String involvement, int score,
                              String importance, String engagement, String engagementHeld,
                              boolean engagedAsRecommended) {

        static Stakeholder of(StakeholderAssessment a) {
            return new Stakeholder(a.id().value(), a.name(), a.category().name(), a.involvement().name(), a.score(),
                    a.importance().name(), a.engagement().name(), a.engagementHeld().map(Enum::name).orElse(null),
                    a.engagedAsRecommended());
        }
    }

    public static AssessmentDocument of(ProjectAssessment assessment) {
        return new AssessmentDocument(FORMAT, assessment.project().value(),
                assessment.stakeholders().stream().map(Stakeholder::of).toList());
    }
}
