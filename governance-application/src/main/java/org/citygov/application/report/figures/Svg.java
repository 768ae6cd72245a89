package org.citygov.application.report.figures;

import java.util.Locale;

/**
 * Writes one SVG document, well-formed XML, styled by presentation attributes only (no CSS, no script), so that the
 * same markup stands alone as {@code image/svg+xml} and inline in an HTML report. Attribute values and text are escaped
 * ({@link Markup}); coordinates are written with one decimal in the root locale.
 */
final class Svg {

    static final String FONT = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', sans-serif";

    private final StringBuilder out = new StringBuilder(8192);

    /**
     * Opens the document: {@code figure} names it ({@code data-figure}), {@code title} and {@code description} are read
     * out by assistive technology and shown as a tooltip.
     */
    Svg(String figure, double width, double height, String title, String description, String language) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(attr("viewBox", "0 0 " + num(width) + " " + num(height)))
                .append(attr("width", num(width))).append(attr("height", num(height)))
                .append(attr("role", "img")).append(attr("data-figure", figure))
                .append(attr("xml:lang", language))
                .append(attr("font-family", FONT)).append(attr("font-size", "12"))
                .append(">\n<title>").append(Markup.escape(title)).append("</title>\n<desc>")
                .append(Markup.escape(description)).append("</desc>\n")
                .append("<rect x=\"0\" y=\"0\"").append(attr("width", num(width))).append(attr("height", num(height)))
                .append(" fill=\"#ffffff\"/>\n");
    }

    /** Opens an element; {@code attributes} are name, value pairs. */
    Svg open(String tag, Object... attributes) {
        out.append('<').append(tag).append(attrs(attributes)).append(">\n");
        return this;
    }

    Svg close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** An element without content. */
    Svg empty(String tag, Object... attributes) {
        out.append('<').append(tag).append(attrs(attributes)).append("/>\n");
        return this;
    }

    /** A {@code <text>} element holding {@code text}, escaped. */
    Svg text(double x, double y, String text, Object... attributes) {
        out.append("<text").append(attr("x", num(x))).append(attr("y", num(y))).append(attrs(attributes)).append('>')
                .append(Markup.escape(text)).append("</text>\n");
        return this;
    }

    /** A tooltip for the element just opened. */
    Svg title(String text) {
        out.append("<title>").append(Markup.escape(text)).append("</title>\n");
        return this;
    }

    String finish() {
        return out.append("</svg>\n").toString();
    }

    /** About how wide a text is at 12 px: CJK characters are about twice as wide as Latin ones. */
    static double width(String text) {
        return text.codePoints().mapToDouble(cp -> cp >= 0x2E80 ? 12 : 7).sum();
    }

    static String num(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String attrs(Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value != null) {
                text.append(attr(attributes[i].toString(), value instanceof Double d ? num(d)
                        : value instanceof Float f ? num(f) : value.toString()));
            }
        }
        return text.toString();
    }

    private static String attr(String name, String value) {
        return " " + name + "=\"" + Markup.escape(value) + "\"";
    }
}
