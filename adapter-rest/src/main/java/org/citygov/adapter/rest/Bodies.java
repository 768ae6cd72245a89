package org.citygov.adapter.rest;

import java.util.function.BiFunction;

import io.javalin.http.Context;

import org.citygov.application.input.DocumentReader;
import org.citygov.application.input.Parsed;
import org.citygov.application.input.Syntax;
import org.citygov.application.platform.PlatformLoader;
import org.citygov.application.platform.PlatformReading;
import org.citygov.application.scenario.PartReader;
import org.citygov.application.scenario.Scenario;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;

/**
 * Request bodies read into what the use cases take: the API's own request records (checked by Bean Validation), the
 * scenario format's parts and whole scenarios. Each refuses a body past the size limit (413), not declared JSON (415),
 * not UTF-8 or invalid (400, every problem with its path and line).
 */
final class Bodies {

    private final long maxBytes;
    private final DocumentReader documents = new DocumentReader();
    private final PartReader parts = new PartReader();
    private final ScenarioLoader scenarios = new ScenarioLoader();
    private final PlatformLoader platforms = new PlatformLoader();

    Bodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    String text(Context ctx) {
        return Http.jsonBody(ctx, maxBytes);
    }

    /** One of the API's request records ({@link Representations}). */
    <T> T read(Context ctx, Class<T> type) {
        return Answers.parsed(documents.read(text(ctx), Syntax.JSON, type));
    }

    /**
     * The body of a linkage decision: read by {@link DecisionRequestReader} when it is plainly valid (the hot path),
     * else by the general reader, which words every problem. Both stand behind the same size, media type and UTF-8
     * checks.
     */
    Representations.DecisionRequest decisionRequest(Context ctx) {
        String text = text(ctx);
        return DecisionRequestReader.read(text).orElseGet(() ->
                Answers.parsed(documents.read(text, Syntax.JSON, Representations.DecisionRequest.class)));
    }

    /** As {@link #read}, with the lines of the body kept, for checks that point at a line. */
    <T> Parsed<T> parsedRecord(Context ctx, Class<T> type) {
        return documents.read(text(ctx), Syntax.JSON, type);
    }

    /** A part in the scenario format's shape, read by one of {@link PartReader}'s methods. */
    <T> T part(Context ctx, BiFunction<PartReader, String, Parsed<T>> read) {
        return Answers.parsed(parsed(ctx, read));
    }

    /** As {@link #part}, with the lines of the body kept, for checks that point at a line. */
    <T> Parsed<T> parsed(Context ctx, BiFunction<PartReader, String, Parsed<T>> read) {
        return read.apply(parts, text(ctx));
    }

    Scenario scenario(Context ctx) {
        return switch (scenarios.read(text(ctx), Syntax.JSON)) {
            case ScenarioReading.Valid valid -> valid.scenario();
            case ScenarioReading.Invalid invalid -> throw ApiProblem.invalidBody(invalid.problems());
        };
    }

    /** A platform document ({@code citygov-platform/1}), read as {@code citygov platform check} reads a file. */
    org.citygov.domain.platform.DataMarket platform(Context ctx) {
        return switch (platforms.read(text(ctx), Syntax.JSON)) {
            case PlatformReading.Valid valid -> valid.market();
            case PlatformReading.Invalid invalid -> throw ApiProblem.invalidBody(invalid.problems());
        };
    }

    /** Refuses a body on an operation that takes none, so that nothing sent is silently ignored. */
    void none(Context ctx) {
        Http.noBody(ctx, maxBytes);
    }
}
