package org.citygov.application.port.out;

import java.time.Duration;
import java.util.Map;

import org.citygov.domain.project.ProjectId;

/**
 * What a process needs to follow changes other processes store in a shared database (servers in front of one
 * PostgreSQL): a wait that ends early when the store announces a change (PostgreSQL LISTEN/NOTIFY), and the stored
 * version of every project, read cheaply. Announcements are only hints: whoever waits reads the store itself after
 * every wait, announced or timed out, so a lost notification costs at most one poll interval.
 */
public interface StoreChanges extends AutoCloseable {

    /**
     * Returns when the store announces a change (a consent event or a project stored by any process), or when
     * {@code timeout} has passed, whichever comes first.
     */
    void awaitChange(Duration timeout) throws InterruptedException;

    /** The version of every stored project. */
    Map<ProjectId, Long> projectVersions();

    @Override
    void close();
}
