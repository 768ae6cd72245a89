package org.citygov.domain.platform;

/** How a participant's people sign in to the platform, from strongest to weakest. */
public enum Authentication {
    MFA(2),
    PASSWORD(1),
    NONE(0);

    private final int strength;

    Authentication(int strength) {
        this.strength = strength;
    }

    public boolean weakerThan(Authentication other) {
        return strength < other.strength;
    }
}
