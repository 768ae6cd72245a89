package org.citygov.application.service;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.citygov.application.port.out.StoreChanges;

/**
 * Keeps one process's decision point up to what every process sharing the store has stored: a thread waits for the
 * store's announcement of a change, or for the poll interval, and then lets the {@link LinkageService} catch up
 * (consent events, projects whose version changed). A consent withdrawn or a rule put in force on another server
 * therefore governs this server's decisions once the announcement arrives, and at the latest one poll interval after
 * the change was committed (plus the time to read and compile it).
 */
public final class StoreFollower implements AutoCloseable {

    private final StoreChanges changes;
    private final LinkageService linkage;
    private final Duration poll;
    private final Consumer<String> warnings;
    private final Thread thread;
    private final AtomicLong rounds = new AtomicLong();
    private volatile boolean closed;

    public StoreFollower(StoreChanges changes, LinkageService linkage, Duration poll, Consumer<String> warnings) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.linkage = Objects.requireNonNull(linkage, "linkage");
        this.poll = Objects.requireNonNull(poll, "poll");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.thread = Thread.ofPlatform().name("citygov-store-follower").daemon().start(this::follow);
    }

    private void follow() {
        String lastWarning = null;
        while (!closed) {
            try {
                changes.awaitChange(poll);
                if (closed) {
                    break;
                }
                linkage.catchUp(changes.projectVersions());
                rounds.incrementAndGet();
                lastWarning = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // the store is unreachable for now: say so once, and try again at the next poll
                String warning = "cannot follow the changes other servers store: " + e.getMessage();
                if (!warning.equals(lastWarning)) {
                    warnings.accept(warning);
                    lastWarning = warning;
                }
                try {
                    Thread.sleep(poll);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
    }

    /** How many times this follower has caught up (for tests and diagnostics). */
    public long rounds() {
        return rounds.get();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        changes.close();
    }
}
