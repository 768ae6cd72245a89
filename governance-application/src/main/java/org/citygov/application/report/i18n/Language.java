package org.citygov.application.report.i18n;

import java.util.Locale;
import java.util.Optional;

import org.citygov.domain.catalogue.Label;

/**
 * The two languages CityGov writes documents in: English and Japanese, the languages the guideline is published in.
 * A language picks the report labels ({@link Labels}) and the side of every catalogue {@link Label}.
 */
public enum Language {
    EN("en"),
    JA("ja");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, for {@code <html lang>} and {@code --lang}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** {@code en}, {@code ja}, or a tag with a region such as {@code ja-JP}; empty for anything else. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Japanese for a Japanese locale, English for every other one. */
    public static Language of(Locale locale) {
        return fromTag(locale.getLanguage()).orElse(EN);
    }

    /** This language's side of a catalogue label. */
    public String of(Label label) {
        return this == JA ? label.ja() : label.en();
    }
}
