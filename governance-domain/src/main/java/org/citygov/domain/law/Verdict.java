package org.citygov.domain.law;

/**
 * The outcome of the overall judgment: ACCEPTABLE when no factor raises a caution; CONDITIONAL when some do but none
 * fails; UNSUITABLE when a factor fails as the guideline says it must not (5.3 (1)).
 */
public enum Verdict {
    ACCEPTABLE,
    CONDITIONAL,
    UNSUITABLE;

    static Verdict of(Standing worst) {
        return switch (worst) {
            case MET -> ACCEPTABLE;
            case CAUTION -> CONDITIONAL;
            case NOT_MET -> UNSUITABLE;
        };
    }
}
