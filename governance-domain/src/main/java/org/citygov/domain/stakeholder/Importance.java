package org.citygov.domain.stakeholder;

/**
 * How much a stakeholder matters to the project (4.3, Fig. 4-4): the product of its impact on the project and the
 * uncertainty (potential negative influence) it introduces, each rated 1 to 5. Products 1-4 are LOW, 5-9 MEDIUM,
 * 10-15 HIGH and 16-25 CRITICAL. Each level has the engagement format Table 5-1 recommends for it.
 */
public enum Importance {
    LOW(1, 4, EngagementFormat.INFORMATION_DISTRIBUTION),
    MEDIUM(5, 9, EngagementFormat.INFORMATION_GATHERING),
    HIGH(10, 15, EngagementFormat.TWO_WAY),
    CRITICAL(16, 25, EngagementFormat.INVOLVEMENT);

    private final int lowestScore;
    private final int highestScore;
    private final EngagementFormat recommendedEngagement;

    Importance(int lowestScore, int highestScore, EngagementFormat recommendedEngagement) {
        this.lowestScore = lowestScore;
        this.highestScore = highestScore;
        this.recommendedEngagement = recommendedEngagement;
    }

    public static Importance of(Rating impact, Rating uncertainty) {
        return ofScore(impact.value() * uncertainty.value());
    }

    /** The level for a product of impact and uncertainty, 1 to 25. */
    public static Importance ofScore(int score) {
        for (Importance level : values()) {
            if (score >= level.lowestScore && score <= level.highestScore) {
                return level;
            }
        }
        throw new IllegalArgumentException("an importance score is between 1 and 25, got " + score);
    }

    public EngagementFormat recommendedEngagement() {
        return recommendedEngagement;
    }

    public int lowestScore() {
        return lowestScore;
    }

    public int highestScore() {
        return highestScore;
    }

    /** HIGH and CRITICAL stakeholders should take part in the governance process itself (4.3). */
    public boolean isImportant() {
        return this == HIGH || this == CRITICAL;
    }
}
