package org.citygov.adapter.rest;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How the HTTP API is run.
 *
 * @param maxBodyBytes larger request bodies are refused with 413 before they are read
 * @param corsOrigins  origins (scheme://host[:port]) whose browsers may call the API; empty for none
 * @param requestLog   receives one JSON line per request
 * @param ready        whether the API can serve requests now (its store reachable, not shutting down): {@code /ready}
 */
public record RestSettings(long maxBodyBytes, List<String> corsOrigins, Consumer<String> requestLog,
                           BooleanSupplier ready) {

    /** 1 MiB: a city's scenario is a few hundred kilobytes. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public RestSettings {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit is at least one byte, got " + maxBodyBytes);
        }
        corsOrigins = List.copyOf(corsOrigins);
        Objects.requireNonNull(requestLog, "requestLog");
        Objects.requireNonNull(ready, "ready");
    }

    public static RestSettings defaults(Consumer<String> requestLog) {
        return new RestSettings(DEFAULT_MAX_BODY_BYTES, List.of(), requestLog, () -> true);
    }

    public RestSettings withMaxBodyBytes(long bytes) {
        return new RestSettings(bytes, corsOrigins, requestLog, ready);
    }

    public RestSettings withCorsOrigins(List<String> origins) {
        return new RestSettings(maxBodyBytes, origins, requestLog, ready);
    }

    public RestSettings withReady(BooleanSupplier readiness) {
        return new RestSettings(maxBodyBytes, corsOrigins, requestLog, readiness);
    }
}
