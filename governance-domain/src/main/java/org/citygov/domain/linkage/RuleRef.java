package org.citygov.domain.linkage;

import java.util.Objects;

import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;

/** One version of one rule, as a decision names it: {@code camera-image-deletion v2}. */
public record RuleRef(RuleId id, int version) {
    public RuleRef {
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("a rule version is 1 or more, got " + version);
        }
    }

    public static RuleRef of(Rule rule) {
        return new RuleRef(rule.id(), rule.version());
    }

    /** Parses {@code id v3}. */
    public static RuleRef parse(String text) {
        int at = text.lastIndexOf(" v");
        if (at < 0) {
            throw new IllegalArgumentException("a rule reference reads \"id vN\", got \"" + text + "\"");
        }
        return new RuleRef(RuleId.of(text.substring(0, at)), Integer.parseInt(text.substring(at + 2)));
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
