package org.citygov.domain.platform;

/**
 * How a platform handles the data traded on it, which decides its liability (panel on Sapporo's Area Data
 * Transaction Market: "data exchange platforms have slightly reduced liability for security risks, but if data is
 * stored in the platform, they are responsible for security of the stored data").
 */
public enum PlatformDesign {
    /** Data passes between provider and user; the platform keeps no copy. */
    EXCHANGE,
    /** The platform holds the data. */
    STORAGE,
    /** Some data passes through, some is held. */
    HYBRID;

    /** STORAGE and HYBRID: the operator holds data and so answers for its security. */
    public boolean storesData() {
        return this != EXCHANGE;
    }
}
