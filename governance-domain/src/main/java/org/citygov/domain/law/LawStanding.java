package org.citygov.domain.law;

/**
 * Whether a binding law of the assessment applies, or may apply and needs checking (SCENARIO.md, additions of
 * 2026-11-29). A law tied to a place is only known to apply when a service of its area names that site; when the
 * services do not say where they operate, it is listed as one to check, never as applying.
 */
public enum LawStanding {
    APPLIES,
    TO_CHECK
}
