package org.citygov.domain.stakeholder;

/** The engagement methods Table 5-1 lists, each under the format it belongs to. */
public enum EngagementMethod {
    INDIVIDUAL_NOTIFICATION(EngagementFormat.INFORMATION_DISTRIBUTION),
    MEDIA_PR(EngagementFormat.INFORMATION_DISTRIBUTION),
    QUESTIONNAIRE(EngagementFormat.INFORMATION_GATHERING),
    SOCIAL_MEDIA_ANALYSIS(EngagementFormat.INFORMATION_GATHERING),
    EXPERT_COUNCIL(EngagementFormat.INFORMATION_GATHERING),
    INDIVIDUAL_NEGOTIATION(EngagementFormat.TWO_WAY),
    BRIEFING(EngagementFormat.TWO_WAY),
    PROJECT_PARTICIPATION(EngagementFormat.INVOLVEMENT),
    LIVING_LAB(EngagementFormat.INVOLVEMENT),
    PARTNERSHIP(EngagementFormat.INVOLVEMENT),
    MULTI_STAKEHOLDER_PROCESS(EngagementFormat.INVOLVEMENT);

    private final EngagementFormat format;

    EngagementMethod(EngagementFormat format) {
        this.format = format;
    }

    public EngagementFormat format() {
        return format;
    }
}
