package org.citygov.domain.platform;

/** How much a finding weighs: BLOCKING refuses a listing or invalidates an agreement, WARNING asks for changes. */
public enum Severity { INFO, WARNING, BLOCKING }
