package org.citygov.domain.stakeholder;

/**
 * A judgement on the five-point scale used for a stakeholder's impact on the project and the uncertainty it brings
 * (Fig. 4-4): 1 is the least, 5 the most.
 */
public record Rating(int value) {
    public static final int MIN = 1;
    public static final int MAX = 5;

    public Rating {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("a rating is between " + MIN + " and " + MAX + ", got " + value);
        }
    }

    public static Rating of(int value) {
        return new Rating(value);
    }

    public static boolean isValid(int value) {
        return value >= MIN && value <= MAX;
    }
}
