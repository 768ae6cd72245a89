package org.citygov.domain.rule;

/**
 * Where a rule version is in its life: drafted, approved by the body that decides (who and when is recorded), in
 * force, or retired. A version moves only forward: DRAFT → APPROVED → IN_FORCE → RETIRED (a draft may also be
 * retired without ever being approved).
 */
public enum RuleStatus {
    DRAFT,
    APPROVED,
    IN_FORCE,
    RETIRED;

    /** Approved and in-force rules count as mitigation of a risk (5.4); drafts and retired rules do not. */
    public boolean mitigates() {
        return this == APPROVED || this == IN_FORCE;
    }
}
