package org.citygov.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sentences the domain writes for people (laws' standing reasons, four-factor findings and cautions, risk
 * rationales, coverage answers, warnings, gate messages), kept as keys with {@link MessageFormat} patterns in the
 * resource bundle {@value #BUNDLE}: {@code messages.properties} in English, {@code messages_ja.properties} in Japanese
 * (UTF-8, java.util only). The domain writes the English text, which is the contract of the assessment's JSON; the
 * adapters render the same message in Japanese when a person asks for it (decision record
 * 2026-11-29-messages-in-two-languages).
 *
 * <p>Arguments are turned into text with {@link String#valueOf(Object)} before formatting, so that numbers, ids and
 * codes read the same in both languages (no grouping separators); an argument may itself be the text of another
 * message, which the Japanese rendering translates in turn.
 */
public final class Messages {

    /** The base name of the bundle. */
    public static final String BUNDLE = "org.citygov.domain.messages";

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Messages() {
    }

    /** The English text of a message; a key missing from the bundle is a defect of the build and throws. */
    public static String text(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        // a MessageFormat is not safe to share between threads: each call formats with its own copy of the parsed one
        return ((MessageFormat) PARSED.computeIfAbsent(key, Messages::parse).clone()).format(texts);
    }

    /** The English patterns, parsed once per key (a decision's explanation is written on every decision). */
    private static final java.util.concurrent.ConcurrentMap<String, MessageFormat> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static MessageFormat parse(String key) {
        try {
            return new MessageFormat(ENGLISH.getString(key), Locale.ROOT);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key + " in " + BUNDLE, e);
        }
    }
}
