package org.citygov.application.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citygov.application.input.DocumentReader;
import org.citygov.application.input.Parsed;
import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.domain.platform.DataMarket;

/**
 * Reads platform documents (MARKET.md, {@code citygov-platform/1}, JSON or YAML) the way scenario files are read: the
 * syntax and fields first ({@link DocumentReader}: unknown fields, wrong types, enumerations, Bean Validation), then
 * repeated values and the market's consistency (references, roles, identifiability). Every problem is reported with
 * its path and line; a document with any problem yields no market at all.
 */
public final class PlatformLoader {

    private final DocumentReader reader = new DocumentReader();

    public PlatformReading read(Path file) {
        return check(reader.read(file, PlatformDocument.class));
    }

    public PlatformReading read(String text, Syntax syntax) {
        return check(reader.read(text, syntax, PlatformDocument.class));
    }

    /**
     * One offer in the document's shape ({@code offers[i]} of MARKET.md, as sent to add an offer to a stored platform),
     * checked field by field and for repeated values as the document is; paths are relative to the offer. Whether it
     * fits a market is the market's to say.
     */
    public Parsed<org.citygov.domain.platform.Offer> offer(String text, Syntax syntax) {
        return switch (reader.read(text, syntax, PlatformDocument.Offer.class)) {
            case Parsed.Problems<PlatformDocument.Offer> p -> new Parsed.Problems<>(p.problems());
            case Parsed.Ok<PlatformDocument.Offer> ok -> {
                List<Problem> problems = new ArrayList<>();
                PlatformMapper.noRepeats(ok.value(), "", ok.lines(), problems);
                yield problems.isEmpty() ? new Parsed.Ok<>(PlatformMapper.offer(ok.value()), ok.lines())
                        : new Parsed.Problems<>(problems);
            }
        };
    }

    private static PlatformReading check(Parsed<PlatformDocument> parsed) {
        return switch (parsed) {
            case Parsed.Problems<PlatformDocument> p -> new PlatformReading.Invalid(p.problems());
            case Parsed.Ok<PlatformDocument> ok -> {
                List<Problem> problems = new ArrayList<>();
                Optional<DataMarket> market = PlatformMapper.toMarket(ok.value(), ok.lines(), problems);
                if (market.isEmpty() || !problems.isEmpty()) {
                    problems.sort(Problem.IN_DOCUMENT_ORDER);
                    yield new PlatformReading.Invalid(problems);
                }
                yield new PlatformReading.Valid(market.get());
            }
        };
    }
}
