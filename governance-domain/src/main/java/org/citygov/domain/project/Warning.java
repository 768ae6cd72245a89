package org.citygov.domain.project;

import java.util.Objects;

import org.citygov.domain.shared.Ids;

/**
 * Something plausible but unusual in a project's description (SCENARIO.md, additions of 2026-11-29): the assessment
 * goes on and lists it, so that a user can check it was meant. Errors ({@link org.citygov.domain.shared.Violation})
 * are kept for what makes a description meaningless; a warning never stops anything.
 *
 * @param path where, as the scenario format names it ({@code dataFlows[1].covert})
 * @param code what kind of oddity, a stable code a script can act on
 * @param text what was found and what to check, in plain words
 */
public record Warning(String path, Code code, String text) {

    public Warning {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        text = Ids.requireText(text, "text");
    }

    /** The kinds of plausible-but-unusual input. */
    public enum Code {
        /**
         * A covert flow after collection: covert capture is a collection matter, but processing or use the people
         * cannot learn of is possible too; the four-factor test and the risk analysis judge it as covert.
         */
        COVERT_BEYOND_COLLECTION,
        /**
         * A method that gathers data at its source (a camera, a questionnaire, administrative records…) named on a
         * processing, dissemination or use flow: possible (records re-read for a new use), but often a slip.
         */
        COLLECTION_METHOD_AT_LATER_STAGE,
        /** A sensing method that does not produce any category the asset holds (a beacon said to yield HEALTH). */
        METHOD_YIELDS_OTHER_DATA
    }

    @Override
    public String toString() {
        return path + " [" + code + "]: " + text;
    }
}
