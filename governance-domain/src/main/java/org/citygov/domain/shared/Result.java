package org.citygov.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of an operation a user asked for: a value, or a failure that says why. Expected outcomes (an id that
 * does not exist, a transition the cycle refuses, a stale write) are failures, never exceptions.
 */
public sealed interface Result<T> {

    /** Why an operation failed; adapters map these to exit codes and HTTP statuses. */
    enum Reason {
        /** What was supplied breaks a rule of the domain; the violations say where. */
        INVALID,
        /** Something named does not exist. */
        NOT_FOUND,
        /** The current state does not allow the operation (an illegal transition, an id taken, a part in use). */
        CONFLICT,
        /**
         * The caller's copy is out of date: the operation was based on a version that has changed since (an
         * optimistic-concurrency check failed). Reading again and reapplying the change may succeed.
         */
        STALE,
        /** The caller may not do this. */
        FORBIDDEN
    }

    record Success<T>(T value) implements Result<T> {
        public Success {
            Objects.requireNonNull(value, "value");
        }
    }

    record Failure<T>(Reason reason, String message, List<Violation> violations) implements Result<T> {
        public Failure {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            violations = List.copyOf(violations);
        }

        /** The same failure, typed for another value. */
        @SuppressWarnings("unchecked")
        public <U> Failure<U> cast() {
            return (Failure<U>) this;
        }
    }

    static <T> Result<T> success(T value) {
        return new Success<>(value);
    }

    static <T> Result<T> failure(Reason reason, String message) {
        return new Failure<>(reason, message, List.of());
    }

    static <T> Result<T> invalid(List<Violation> violations) {
        String message = violations.size() == 1
                ? violations.getFirst().toString()
                : violations.size() + " problems: " + violations.getFirst() + " …";
        return new Failure<>(Reason.INVALID, message, violations);
    }

    static <T> Result<T> notFound(String message) {
        return failure(Reason.NOT_FOUND, message);
    }

    static <T> Result<T> forbidden(String message) {
        return failure(Reason.FORBIDDEN, message);
    }

    static <T> Result<T> conflict(String message) {
        return failure(Reason.CONFLICT, message);
    }

    /** The operation was based on a version that is no longer the stored one. */
    static <T> Result<T> stale(String message) {
        return failure(Reason.STALE, message);
    }

    /** A refusal by the current state, with what is missing or in the way, one violation each. */
    static <T> Result<T> conflict(String message, List<Violation> violations) {
        return new Failure<>(Reason.CONFLICT, message, violations);
    }

    default boolean isSuccess() {
        return this instanceof Success<T>;
    }

    default <U> Result<U> map(Function<? super T, ? extends U> f) {
        return switch (this) {
            case Success<T> s -> new Success<>(f.apply(s.value()));
            case Failure<T> failure -> failure.cast();
        };
    }

    default <U> Result<U> flatMap(Function<? super T, Result<U>> f) {
        return switch (this) {
            case Success<T> s -> f.apply(s.value());
            case Failure<T> failure -> failure.cast();
        };
    }

    /** The value; for callers that have already checked {@link #isSuccess()} or treat failure as a bug. */
    default T orElseThrow() {
        return switch (this) {
            case Success<T> s -> s.value();
            case Failure<T> f -> throw new IllegalStateException(f.reason() + ": " + f.message());
        };
    }
}
