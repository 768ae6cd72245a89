package org.citygov.application.report.figures;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One figure of a report as a standalone SVG document: {@code name} is how it is asked for
 * ({@code stakeholder-map}, {@code data-flows}, {@code risk-heat-map}, {@code kpi-<id>}), {@code title} its caption's
 * heading, {@code caption} what it shows, in the report's language.
 */
public record Figure(String name, String title, String caption, String svg) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public Figure {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a figure name is lower-case letters, digits and hyphens: " + name);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(svg, "svg");
    }

    /** The SVG without the XML declaration, for embedding in HTML. */
    public String inline() {
        return svg;
    }

    /** The standalone document, with its XML declaration, as {@code image/svg+xml}. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg;
    }
}
