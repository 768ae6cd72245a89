package org.citygov.application.report.figures;

import org.citygov.domain.risk.RiskLevel;
import org.citygov.domain.stakeholder.Importance;

/**
 * The colours of the four bands shared by stakeholder importance and risk level (1–4, 5–9, 10–15, 16–25): a light
 * shade for the background of a cell, a strong one for a marker. Every band is also written as a word, so nothing
 * is told by colour alone (and a black-and-white print still reads).
 */
final class Palette {

    private static final String[] LIGHT = {"#e3f1da", "#fff3c4", "#fde0c5", "#f6cccc"};
    private static final String[] STRONG = {"#4e8f2f", "#c99a00", "#d9731a", "#a61c1c"};
    static final String PERSONAL = "#1f5fa8";
    static final String SPECIAL_CARE = "#b3261e";
    static final String NON_PERSONAL = "#8a8a8a";
    static final String INK = "#222222";
    static final String GRID = "#9e9e9e";

    private Palette() {
    }

    static String light(int band) {
        return LIGHT[band];
    }

    static String strong(int band) {
        return STRONG[band];
    }

    static int band(RiskLevel level) {
        return level.ordinal();
    }

    static int band(Importance importance) {
        return importance.ordinal();
    }

    /** White text on the strong shades but the yellow one. */
    static String onStrong(int band) {
        return band == 1 ? INK : "#ffffff";
    }
}
