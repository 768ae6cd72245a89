package org.citygov.adapter.rest;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Language;

import io.javalin.http.Context;

/**
 * The language of a problem's {@code title} and {@code detail}, and of its errors' messages: the best of English and
 * Japanese the request's {@code Accept-Language} asks for (by its q-values), English when it asks for neither or
 * says nothing. The answer names it in {@code Content-Language}. Machine fields (type, status, paths, codes) are never
 * translated. Titles come from {@code problem-titles*.properties}; the adapter's own titles, details and messages
 * from {@code problem-texts*.properties} ({@link ProblemText}); the domain's and the readers' sentences from their
 * bundles ({@link DomainTexts}). {@link ApiProblem#in} puts them together.
 */
final class ProblemLanguage {

    static final String TITLES = "org.citygov.adapter.rest.problem-titles";

    private ProblemLanguage() {
    }

    /** The language a request's Accept-Language prefers among en and ja; en by default. */
    static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.EN;
        }
        Language best = Language.EN;
        double bestWeight = -1;
        for (String range : acceptLanguage.split(",")) {
            String[] parts = range.split(";");
            Optional<Language> language = Language.fromTag(parts[0].strip());
            double weight = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            if (language.isPresent() && weight > 0 && weight > bestWeight) {
                best = language.get();
                bestWeight = weight;
            }
        }
        return best;
    }

    static Language of(Context ctx) {
        return of(ctx.header("Accept-Language"));
    }

    /** A problem type's title in a language; {@code slug} as in {@code /problems/<slug>}. */
    static String title(String slug, String englishTitle, Language language) {
        if (language == Language.EN) {
            return englishTitle;
        }
        if (slug.startsWith("http-")) {
            return "HTTP エラー " + slug.substring(5);
        }
        ResourceBundle titles = ResourceBundle.getBundle(TITLES, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return titles.containsKey(slug) ? titles.getString(slug) : englishTitle;
    }
}
