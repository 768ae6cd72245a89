package org.citygov.domain.linkage;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the tamper-evident log can record: a text in one fixed canonical form, which the log hashes, and the data
 * subject it is about, if any (the log files it under that subject). The governance linkage log records
 * {@link LinkageRecord}s; a data platform records its agreements and delivery decisions in the same log
 * ({@code org.citygov.domain.platform.PlatformLogRecord}). Every kind of record starts with its own format line, so a
 * reader tells them apart by their first line.
 */
public interface LogRecord {

    /** The text the log hashes; its first line names its format. */
    String canonical();

    /** The data subject the record is about; only a record with a {@code subject=} line in its text has one. */
    Optional<SubjectId> subject();

    default byte[] canonicalBytes() {
        return canonical().getBytes(StandardCharsets.UTF_8);
    }

    /** The format line of a canonical text (its first line). */
    static String formatOf(String canonical) {
        int end = canonical.indexOf('\n');
        return end < 0 ? canonical : canonical.substring(0, end);
    }
}
