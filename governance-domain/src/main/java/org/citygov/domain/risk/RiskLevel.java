package org.citygov.domain.risk;

/**
 * How serious a risk is, from severity × likelihood (each 1..5), on bands that are a CityGov default (the guideline
 * gives no scale; they are the bundled edition's importance bands): products 1-4 are LOW, 5-9 MEDIUM, 10-15 HIGH,
 * 16-25 CRITICAL.
 *
 * <pre>
 *  likelihood →   1    2    3    4    5
 *  severity 5     M    H    H    C    C
 *  severity 4     L    M    H    C    C
 *  severity 3     L    M    M    H    H
 *  severity 2     L    L    M    M    H
 *  severity 1     L    L    L    L    M
 * </pre>
 * Which levels rule design must mitigate is the edition's CityGov default {@code mitigateFrom} (HIGH, so HIGH and
 * CRITICAL; 5.4 asks for rules "from the perspective of risk mitigation" without naming a level).
 */
public enum RiskLevel {
    LOW(1, 4),
    MEDIUM(5, 9),
    HIGH(10, 15),
    CRITICAL(16, 25);

    private final int lowest;
    private final int highest;

    RiskLevel(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public static RiskLevel ofProduct(int product) {
        for (RiskLevel level : values()) {
            if (product >= level.lowest && product <= level.highest) {
                return level;
            }
        }
        throw new IllegalArgumentException("severity x likelihood is between 1 and 25, got " + product);
    }
}
