package org.citygov.domain.stakeholder;

/**
 * The four formats of stakeholder engagement of Table 5-1, from the lightest to the deepest. The order matters:
 * a deeper format includes what the lighter ones give.
 */
public enum EngagementFormat {
    INFORMATION_DISTRIBUTION,
    INFORMATION_GATHERING,
    TWO_WAY,
    /** Involvement and cooperation: project participation, living labs, multi-stakeholder processes. */
    INVOLVEMENT;

    public boolean atLeast(EngagementFormat other) {
        return compareTo(other) >= 0;
    }
}
