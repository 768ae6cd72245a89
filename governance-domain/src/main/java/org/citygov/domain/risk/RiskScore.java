package org.citygov.domain.risk;

/** Severity and likelihood of a risk, each 1 (least) to 5 (most), and the level their product gives. */
public record RiskScore(int severity, int likelihood) {
    public static final int MIN = 1;
    public static final int MAX = 5;

    public RiskScore {
        if (severity < MIN || severity > MAX || likelihood < MIN || likelihood > MAX) {
            throw new IllegalArgumentException("severity and likelihood are between 1 and 5, got " + severity
                    + " and " + likelihood);
        }
    }

    public static RiskScore of(int severity, int likelihood) {
        return new RiskScore(severity, likelihood);
    }

    /** A score with both values brought into 1..5. */
    public static RiskScore clamped(int severity, int likelihood) {
        return new RiskScore(clamp(severity), clamp(likelihood));
    }

    private static int clamp(int value) {
        return Math.max(MIN, Math.min(MAX, value));
    }

    public int product() {
        return severity * likelihood;
    }

    public RiskLevel level() {
        return RiskLevel.ofProduct(product());
    }
}
