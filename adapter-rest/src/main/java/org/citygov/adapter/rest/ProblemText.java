package org.citygov.adapter.rest;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.citygov.application.report.i18n.BundleFiles;
import org.citygov.application.report.i18n.Language;

/**
 * A sentence the REST adapter itself writes into a problem (a route's own title or detail, a query parameter's
 * message): a key of {@code problem-texts.properties} (English) and {@code problem-texts_ja.properties} (Japanese)
 * with its {@link MessageFormat} arguments, rendered in the language the request asks for. An argument that is itself
 * a {@code ProblemText} (a noun such as "platform") is rendered in the same language; every other argument (ids,
 * paths, methods, numbers, roles) is written as it is. A Japanese pattern may leave out an argument the English one
 * uses (an English operation summary, say), never use one it lacks.
 */
record ProblemText(String key, List<Object> args) {

    static final String BUNDLE = "org/citygov/adapter/rest/problem-texts";

    private static final Map<Language, Properties> PATTERNS = load();

    ProblemText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        if (!PATTERNS.get(Language.EN).containsKey(key)) {
            throw new IllegalArgumentException("no problem text \"" + key + "\" in " + BUNDLE + ".properties");
        }
    }

    static ProblemText of(String key, Object... args) {
        return new ProblemText(key, Arrays.stream(args).map(a -> a == null ? "null" : a).toList());
    }

    /** The sentence in {@code language}; English where the Japanese bundle lacks the key (a test forbids that). */
    String in(Language language) {
        Properties patterns = PATTERNS.get(language);
        String pattern = patterns.getProperty(key, PATTERNS.get(Language.EN).getProperty(key));
        Object[] rendered = args.stream().map(a -> a instanceof ProblemText t ? t.in(language) : a.toString())
                .toArray();
        return new MessageFormat(pattern, Locale.ROOT).format(rendered);
    }

    String english() {
        return in(Language.EN);
    }

    /** Every key with its pattern, in one language: what the bundle tests read. */
    static Map<String, String> patterns(Language language) {
        Map<String, String> all = new HashMap<>();
        Properties p = PATTERNS.get(language);
        p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k)));
        return Map.copyOf(all);
    }

    private static Map<Language, Properties> load() {
        return Map.of(Language.EN, load(BUNDLE + ".properties"), Language.JA, load(BUNDLE + "_ja.properties"));
    }

    private static Properties load(String file) {
        return BundleFiles.load(file);
    }
}
