package org.citygov.domain.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultTest {

    @Test
    void map_whenSuccess_shouldApplyTheFunction() {
        assertEquals(Result.success(4), Result.success(2).map(x -> x * 2));
    }

    @Test
    void mapAndFlatMap_whenFailure_shouldKeepTheFailureWithoutCallingTheFunction() {
        Result<Integer> failure = Result.notFound("no project \"x\"");

        Result<String> mapped = failure.<String>map(x -> {
            throw new AssertionError("must not be called");
        }).flatMap(x -> {
            throw new AssertionError("must not be called");
        });

        Result.Failure<String> f = assertInstanceOf(Result.Failure.class, mapped);
        assertEquals(Result.Reason.NOT_FOUND, f.reason());
        assertEquals("no project \"x\"", f.message());
        assertFalse(mapped.isSuccess());
    }

    @Test
    void invalid_whenOneViolation_shouldUseItAsTheMessage() {
        Result<Object> result = Result.invalid(List.of(new Violation("dataFlows[0].asset", "unknown asset")));

        Result.Failure<Object> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals(Result.Reason.INVALID, failure.reason());
        assertEquals("dataFlows[0].asset: unknown asset", failure.message());
    }

    @Test
    void invalid_whenSeveralViolations_shouldCountThemAndKeepThemAll() {
        List<Violation> violations = List.of(new Violation("a", "first"), new Violation("b", "second"));

        Result.Failure<Object> failure = assertInstanceOf(Result.Failure.class, Result.invalid(violations));

        assertTrue(failure.message().startsWith("2 problems: a: first"), failure.message());
        assertEquals(violations, failure.violations());
    }

    @Test
    void orElseThrow_whenFailure_shouldThrowWithReasonAndMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Result.conflict("stale").orElseThrow());

        assertEquals("CONFLICT: stale", e.getMessage());
    }

    @Test
    void violationToString_whenPathEmpty_shouldBeTheMessageAlone() {
        assertEquals("reason missing", new Violation("", "reason missing").toString());
    }
}
