package org.citygov.application.report.figures;

import java.util.Locale;

/**
 * Text made safe for HTML and XML (SVG): the five markup characters become references, and characters XML 1.0 does not
 * allow (control characters other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) become
 * U+FFFD. Every piece of user text — names, purposes, rule texts, notes — goes through {@link #escape} before it is
 * written into a document, so that a name holding {@code <script>} stays text.
 */
public final class Markup {

    private Markup() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }

    /** A number as a document shows it: no exponent, no trailing zeros ({@code 0.3}, {@code 12}). */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.4f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** A text cut to {@code max} characters with an ellipsis, for labels inside figures (the full text is a title). */
    public static String shorten(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
