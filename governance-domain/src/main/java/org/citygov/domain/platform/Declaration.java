package org.citygov.domain.platform;

import java.util.EnumSet;
import java.util.Set;

/** What a provider warrants about an offer's data: the warranties that keep content liability with providers. */
public enum Declaration {
    LAWFULLY_OBTAINED,
    HOLDS_RIGHTS,
    NO_DEFAMATORY_CONTENT,
    PERSONAL_DATA_COMPLIANT,
    ACCURACY_CHECKED;

    /** The warranties every offer needs (MARKET.md {@code content-warranty-missing}). */
    public static final Set<Declaration> CONTENT_WARRANTIES =
            Set.copyOf(EnumSet.of(LAWFULLY_OBTAINED, HOLDS_RIGHTS, NO_DEFAMATORY_CONTENT));
}
