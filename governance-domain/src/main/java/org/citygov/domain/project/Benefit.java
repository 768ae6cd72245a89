package org.citygov.domain.project;

/** Whom a service benefits (5.4 (4)): each person who uses it, the public at large, or both. */
public enum Benefit {
    INDIVIDUAL,
    PUBLIC_INTEREST,
    BOTH;

    /** A service that benefits only the public interest needs public-interest review when it uses personal data. */
    public boolean isPublicInterestOnly() {
        return this == PUBLIC_INTEREST;
    }
}
