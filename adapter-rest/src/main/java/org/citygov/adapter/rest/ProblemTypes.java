package org.citygov.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.citygov.application.report.i18n.BundleFiles;
import org.citygov.application.report.i18n.Language;

/**
 * The problem types the API answers with: each problem's {@code type} is {@code /problems/<slug>}, and
 * {@code GET /problems/<slug>} serves the page that explains it. A problem of a type not listed here cannot be made.
 */
final class ProblemTypes {

    /** What a type means and what a client does about it. */
    record Explanation(int status, String title, String meaning, String remedy) {
    }

    private static final Pattern HTTP = Pattern.compile("http-[1-5][0-9][0-9]");

    static final String PAGES_BUNDLE = "org/citygov/adapter/rest/problem-pages";

    private static final Map<Language, Properties> PAGES = Map.of(Language.EN, load(PAGES_BUNDLE + ".properties"),
            Language.JA, load(PAGES_BUNDLE + "_ja.properties"));

    private static final Map<String, Explanation> TYPES = new LinkedHashMap<>();

    static {
        add("bad-request", 400, "The request is malformed");
        add("invalid-body", 400, "The request body is invalid");
        add("invalid-query", 400, "The query is invalid");
        add("invalid", 400, "The request breaks a rule of the project");
        add("malformed-request", 400, "The server could not read the request");
        add("unauthorized", 401, "Authentication required");
        add("forbidden", 403, "Not allowed");
        add("not-found", 404, "No such resource");
        add("method-not-allowed", 405, "Method not allowed");
        add("request-timeout", 408, "The body came too slowly");
        add("conflict", 409, "The current state does not allow this");
        add("precondition-failed", 412, "The project has changed");
        add("content-too-large", 413, "The body is too large");
        add("uri-too-long", 414, "The URI is too long");
        add("unsupported-media-type", 415, "The body must be JSON");
        add("listing-refused", 422, "The listing screening refuses the offer");
        add("agreement-refused", 422, "The agreement review refuses the agreement");
        add("precondition-required", 428, "If-Match is required");
        add("headers-too-large", 431, "The request's headers are too large");
        add("internal-error", 500, "Internal error");
        add("not-ready", 503, "Not ready");
    }

    private ProblemTypes() {
    }

    private static void add(String slug, int status, String title) {
        TYPES.put(slug, new Explanation(status, title, text(Language.EN, slug + ".meaning"),
                text(Language.EN, slug + ".remedy")));
    }

    /** A text of {@code problem-pages*.properties}; a key missing from either language fails at start-up. */
    private static String text(Language language, String key) {
        String text = PAGES.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no \"" + key + "\" in " + PAGES_BUNDLE + " (" + language.tag() + ")");
        }
        return text;
    }

    /** {@code slug} if it is a problem type of the API; a generic {@code http-<status>} is one too. */
    static String require(String slug) {
        if (!TYPES.containsKey(slug) && !HTTP.matcher(slug).matches()) {
            throw new IllegalArgumentException("\"" + slug + "\" is not a problem type of the API: add it to"
                    + " ProblemTypes with the page that explains it");
        }
        return slug;
    }

    static Optional<Explanation> explain(String slug) {
        if (TYPES.containsKey(slug)) {
            return Optional.of(TYPES.get(slug));
        }
        if (HTTP.matcher(slug).matches()) {
            int status = Integer.parseInt(slug.substring(5));
            return Optional.of(new Explanation(status, "HTTP " + status,
                    text(Language.EN, "http.meaning").replace("{0}", Integer.toString(status)),
                    text(Language.EN, "http.remedy")));
        }
        return Optional.empty();
    }

    static Map<String, Explanation> all() {
        return Map.copyOf(TYPES);
    }

    /**
     * A problem type explained in {@code language}: the title from {@code problem-titles*.properties}, what it means
     * and what to do from {@code problem-pages*.properties}.
     */
    static Optional<Explanation> explain(String slug, Language language) {
        return explain(slug).map(e -> language == Language.EN ? e : new Explanation(e.status(),
                ProblemLanguage.title(slug, e.title(), language),
                slug.startsWith("http-") ? text(language, "http.meaning").replace("{0}", Integer.toString(e.status()))
                        : text(language, slug + ".meaning"),
                text(language, slug.startsWith("http-") ? "http.remedy" : slug + ".remedy")));
    }

    /** The page of a problem type in a language: plain HTML, every text escaped. */
    static String page(String slug, Explanation e, Language language) {
        String intro = text(language, "page.intro").replace("{0}", escape(slug))
                .replace("{1}", Integer.toString(e.status()));
        return """
                <!DOCTYPE html>
                <html lang="%1$s">
                <head><meta charset="utf-8"><title>%2$s</title></head>
                <body>
                <h1>%2$s</h1>
                <p>%3$s</p>
                <h2>%4$s</h2>
                <p>%5$s</p>
                <h2>%6$s</h2>
                <p>%7$s</p>
                <p><a href="/docs">%8$s</a></p>
                </body>
                </html>
                """.formatted(language.tag(), escape(e.title()), intro, escape(text(language, "page.meaning")),
                escape(e.meaning()), escape(text(language, "page.remedy")), escape(e.remedy()),
                escape(text(language, "page.document")));
    }

    /** Every key of the pages' bundle in one language, with its text: what the bundle tests read. */
    static Map<String, String> pageTexts(Language language) {
        Map<String, String> all = new java.util.HashMap<>();
        PAGES.get(language).stringPropertyNames().forEach(k -> all.put(k, PAGES.get(language).getProperty(k)));
        return Map.copyOf(all);
    }

    private static Properties load(String file) {
        return BundleFiles.load(file);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
