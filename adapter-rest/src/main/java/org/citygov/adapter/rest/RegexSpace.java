package org.citygov.adapter.rest;

/** What Java's regular expressions match with {@code \s} (no Unicode flag): the six ASCII spacing characters. */
final class RegexSpace {

    private RegexSpace() {
    }

    /** Space, tab, line feed, vertical tab, form feed or carriage return. */
    static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
