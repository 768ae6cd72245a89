package org.citygov.adapter.rest;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/**
 * Answers a request when a stage completes (a linkage decision, once its log entry is durable) without a Jetty thread
 * waiting for it, and without ever blocking the thread that completes the stage (the log's answering thread).
 *
 * <p>The request goes asynchronous ({@code ctx.future}); its output goes non-blocking (a {@link WriteListener} set
 * while Jetty still handles the request, so that setting it does not hand the request to another thread). When the
 * stage completes, the answer is rendered on the completing thread exactly as the synchronous path renders it (the
 * same representation, or the same problem for a failure) and written without blocking: if the client does not take
 * it at once, Jetty finishes the write on one of its own threads when the socket can take more. A client that does
 * not read therefore holds up its own answer only.
 *
 * <p>A stage already complete when the handler asks is answered on the request's thread, as any other request is.
 */
final class LaterAnswers {

    /** The request attribute that holds, while an answer is pending, the future completed once it is written. */
    static final String PENDING = "citygov.answerPending";

    /** Renders a value as the synchronous path would: sets the status and headers, returns the body. */
    @FunctionalInterface
    interface Render<T> {
        byte[] body(Context ctx, T value) throws Exception;
    }

    private LaterAnswers() {
    }

    /**
     * Answers {@code ctx} with {@code render} of the stage's value once it completes; a stage that fails (or a render
     * that throws) is answered with the problem the same failure gives on the synchronous path.
     */
    static <T> void answer(Context ctx, CompletableFuture<T> stage, Render<T> render) throws Exception {
        if (stage.isDone()) {
            T value;
            try {
                value = stage.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            byte[] body = render.body(ctx, value);
            ctx.result(body);
            return;
        }
        CompletableFuture<Void> written = new CompletableFuture<>();
        ctx.attribute(PENDING, written);
        ctx.future(() -> {
            try {
                ServletOutputStream out = ctx.res().getOutputStream();
                Writing writing = new Writing(ctx, out, written);
                out.setWriteListener(writing);
                stage.whenComplete((value, failure) -> {
                    try {
                        writing.ready(body(ctx, render, value, failure));
                    } catch (RuntimeException | Error e) {
                        // not even a problem could be rendered: Javalin ends the request with its own 500
                        written.completeExceptionally(e);
                    }
                });
                return written;
            } catch (IOException | RuntimeException e) {
                written.completeExceptionally(e);
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        });
    }

    private static <T> byte[] body(Context ctx, Render<T> render, T value, Throwable failure) {
        try {
            if (failure != null) {
                return RestApi.failureBody(ctx, failure instanceof CompletionException wrapped
                        && wrapped.getCause() != null ? wrapped.getCause() : failure);
            }
            return render.body(ctx, value);
        } catch (Exception e) {
            return RestApi.failureBody(ctx, e);
        }
    }

    /** One answer's non-blocking write; Jetty's callbacks and the completing thread take turns under its lock. */
    private static final class Writing implements WriteListener {

        private final Context ctx;
        private final ServletOutputStream out;
        private final CompletableFuture<Void> written;
        private byte[] body;
        private boolean sent;

        Writing(Context ctx, ServletOutputStream out, CompletableFuture<Void> written) {
            this.ctx = ctx;
            this.out = out;
            this.written = written;
        }

        /** The answer is rendered (status and headers set on the response): write it. */
        void ready(byte[] body) {
            boolean done;
            synchronized (this) {
                this.body = body;
                ctx.res().setContentLength(body.length);
                done = pump();
            }
            finishIf(done);
        }

        @Override
        public void onWritePossible() {
            boolean done;
            synchronized (this) {
                done = pump();
            }
            finishIf(done);
        }

        /**
         * Writes the body once the output is ready; true once the output is ready again after it (the body is with
         * Jetty). Otherwise Jetty calls {@link #onWritePossible} when the client takes more.
         */
        private boolean pump() {
            if (body == null || written.isDone()) {
                return false;
            }
            try {
                if (!sent) {
                    if (!out.isReady()) {
                        return false;
                    }
                    sent = true;
                    out.write(body);
                }
                return out.isReady();
            } catch (IOException | RuntimeException e) {
                return true;
            }
        }

        /** Lets the request end (its log line, the response's completion), outside this answer's lock. */
        private void finishIf(boolean done) {
            if (done) {
                written.complete(null);
            }
        }

        /** The client went away (or the write failed): the answer cannot be given; the request ends. */
        @Override
        public void onError(Throwable failure) {
            written.complete(null);
        }
    }
}
