package org.citygov.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks shared by the identifier and text values of the domain. */
public final class Ids {
    /** Lower-case words of letters and digits joined by single hyphens: {@code kashiwanoha-frailty}. */
    public static final String KEBAB_CASE_REGEX = "[a-z0-9]+(?:-[a-z0-9]+)*";
    public static final Pattern KEBAB_CASE = Pattern.compile(KEBAB_CASE_REGEX);
    public static final int MAX_ID_LENGTH = 64;

    private Ids() {
    }

    public static boolean isKebabCase(String value) {
        return value != null && value.length() <= MAX_ID_LENGTH && KEBAB_CASE.matcher(value).matches();
    }

    /** Throws if {@code value} is not a kebab-case identifier; {@code what} names the kind of id in the message. */
    public static String requireKebabCase(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!isKebabCase(value)) {
            throw new IllegalArgumentException(what + " must be kebab-case (lower-case letters and digits joined by"
                    + " hyphens, at most " + MAX_ID_LENGTH + " characters), got \"" + value + "\"");
        }
        return value;
    }

    /** Throws if {@code value} is null or blank; returns it stripped. */
    public static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }
}
