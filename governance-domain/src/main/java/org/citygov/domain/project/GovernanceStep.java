package org.citygov.domain.project;

/** The five steps of the data governance process (4.2, Fig. 4-2), in order. */
public enum GovernanceStep {
    PROJECT_OVERVIEW("5.1"),
    LAWS_AND_REGULATIONS("5.2"),
    RISK_ANALYSIS("5.3"),
    RULE_DESIGN("5.4"),
    IMPLEMENTATION_AND_EVALUATION("5.5");

    private final String guidelineSection;

    GovernanceStep(String guidelineSection) {
        this.guidelineSection = guidelineSection;
    }

    /** The section of the guideline that describes the step. */
    public String guidelineSection() {
        return guidelineSection;
    }
}
