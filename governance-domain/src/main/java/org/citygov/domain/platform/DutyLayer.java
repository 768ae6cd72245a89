package org.citygov.domain.platform;

/** The layers of the cooperative security framework a duty belongs to (MARKET.md {@code duties[].layer}). */
public enum DutyLayer {
    AUTHENTICATION, MAINTENANCE, ACCOUNTABILITY, REPORTING, MONITORING, RESPONSE, STORAGE_SECURITY, CONTENT
}
