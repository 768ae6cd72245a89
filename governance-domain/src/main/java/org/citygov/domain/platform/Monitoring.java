package org.citygov.domain.platform;

/** How continuously a security operation center watches the platform, from most to least. */
public enum Monitoring {
    SOC_24_7(2),
    BUSINESS_HOURS(1),
    NONE(0);

    private final int coverage;

    Monitoring(int coverage) {
        this.coverage = coverage;
    }

    /** Whether this coverage is at least {@code required}. */
    public boolean covers(Monitoring required) {
        return coverage >= required.coverage;
    }
}
