package org.citygov.adapter.cli;

import java.util.Locale;

import org.citygov.application.report.i18n.DomainTexts;
import org.citygov.application.report.i18n.Language;

import picocli.CommandLine.Option;

/**
 * {@code --lang en|ja} for every command that prints messages for people: the text output and the problems found in
 * the input. Without it, the system's language ({@code LANG}, {@code user.language}): Japanese for a Japanese locale,
 * English otherwise. JSON output stays the contract's, in English, whatever the language.
 */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", description = "The language of messages for people: en or ja"
            + " (default: the system's language). Codes, ids, paths and JSON stay as they are.")
    Language language;

    /** The language asked for, or the system's. */
    Language resolve() {
        return language != null ? language : Language.of(Locale.getDefault());
    }

    /** The domain's sentences and the input problems in that language. */
    DomainTexts texts() {
        return DomainTexts.of(resolve());
    }
}
