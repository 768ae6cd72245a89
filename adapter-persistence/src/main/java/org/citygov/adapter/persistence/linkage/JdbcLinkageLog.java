package org.citygov.adapter.persistence.linkage;

import java.security.KeyPair;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.LinkageLog;
import org.citygov.application.port.out.LinkageLogNotVerified;
import org.citygov.domain.linkage.LinkageChain;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.LogVerifier;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.linkage.StoredLogEntry;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.merkle.Sha256;

/**
 * The linkage log in the database (H2 or PostgreSQL, schemas V4 and V7), with group commit: appends queue up, one
 * writer thread takes whatever has queued (up to {@value #MAX_BATCH}), numbers and hashes it, signs the tree head the
 * log will have after it (the batch's seal), and inserts the entries — each row with the seal — and the head in one
 * transaction; only after the commit completes each append's future. So no entry is ever stored without a signed
 * head that covers it, and an entry covered by none was not written by the holder of the key. A batch the database
 * refuses is rolled back and every append in it fails; the chain in memory moves only after a commit.
 *
 * <p>Everything a row stores beside its hashed text is checked against it: the subject index must be the subject the
 * text names (and a subject's listing returns only entries whose text names that subject), the seal must cover the
 * row and verify. The heads table holds signed heads, which verify on their own.
 */
public final class JdbcLinkageLog implements LinkageLog, AutoCloseable {

    static final int MAX_BATCH = 1000;

    private record Pending(LinkageRecord record, CompletableFuture<LogEntry> done) {
    }

    private final DataSource dataSource;
    private final KeyPair keys;
    private final Clock clock;
    private final LinkageChain chain;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;
    private volatile SignedTreeHead latestHead;

    private JdbcLinkageLog(DataSource dataSource, KeyPair keys, Clock clock, LinkageChain chain,
                           SignedTreeHead latestHead) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.clock = clock;
        this.chain = chain;
        this.latestHead = latestHead;
        this.writer = Thread.ofPlatform().name("citygov-linkage-log-writer").daemon().start(this::write);
    }

    /**
     * The log stored in the database, its chain rebuilt from the stored entries. A log that fails verification is not
     * opened for appends: IllegalStateException naming the first tampered entry.
     */
    public static JdbcLinkageLog open(DataSource dataSource, KeyPair keys, Clock clock) {
        List<StoredLogEntry> rows = rows(dataSource);
        List<SignedTreeHead> heads = heads(dataSource);
        LogVerification verification = LogVerifier.verifyStored(rows, heads, keys.getPublic(), Optional.empty());
        switch (verification) {
            case LogVerification.Tampered tampered -> throw new LinkageLogNotVerified(tampered, "the linkage log was"
                    + " tampered with: entry " + tampered.sequence() + " " + tampered.how() + " (" + tampered.detail()
                    + "); run citygov log verify");
            case LogVerification.Unsigned unsigned -> throw new LinkageLogNotVerified(unsigned, unsigned.describe()
                    + "; the log is not opened, so nothing is signed over them. Run citygov log verify; if the"
                    + " entries are the city's own (a crash of a CityGov older than schema V7), citygov log"
                    + " seal-tail signs them");
            case LogVerification.Intact intact -> {
                // every entry is covered by a head that verifies
            }
        }
        List<LogEntry> entries = rows.stream().map(StoredLogEntry::entry).toList();
        SignedTreeHead latest = java.util.stream.Stream.concat(heads.stream(),
                        rows.stream().flatMap(r -> r.seal().stream()))
                .max(java.util.Comparator.comparingLong(SignedTreeHead::treeSize)).orElse(null);
        return new JdbcLinkageLog(dataSource, keys, clock, LinkageChain.of(entries), latest);
    }

    /**
     * The operator's explicit action on an unsigned tail ({@code citygov log seal-tail}): when the log is intact but
     * for entries {@code first} to {@code last} that no signed head covers — exactly these, as {@code log verify}
     * reported them — signs a head over the whole log and stores it. Returns the outcome of the check: Unsigned when
     * the tail was sealed, anything else (Intact: nothing to seal; Tampered; an Unsigned tail other than the one
     * named) when nothing was signed.
     */
    public static LogVerification sealUnsignedTail(DataSource dataSource, KeyPair keys, Clock clock, long first,
                                                   long last) {
        List<StoredLogEntry> rows = rows(dataSource);
        LogVerification verification = LogVerifier.verifyStored(rows, heads(dataSource), keys.getPublic(),
                Optional.empty());
        if (verification instanceof LogVerification.Unsigned unsigned && unsigned.firstUnsigned() == first
                && unsigned.size() - 1 == last) {
            LinkageChain chain = LinkageChain.of(rows.stream().map(StoredLogEntry::entry).toList());
            try (Connection connection = dataSource.getConnection()) {
                insertHead(connection, chain.signHead(clock.now(), keys.getPrivate()));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store the signed tree head", e);
            }
        }
        return verification;
    }

    /** Checks the stored log against the public key, without opening it for appends (for {@code log verify}). */
    public static LogVerification verify(DataSource dataSource, PublicKey key) {
        return verify(dataSource, key, Optional.empty());
    }

    /**
     * Checks the stored log against the public key and a head kept outside the store ({@code trusted}), which catches
     * entries cut from the end together with their stored heads.
     */
    public static LogVerification verify(DataSource dataSource, PublicKey key, Optional<SignedTreeHead> trusted) {
        return LogVerifier.verifyStored(rows(dataSource), heads(dataSource), key, trusted);
    }

    // ---- appending --------------------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<LogEntry> append(LinkageRecord record) {
        CompletableFuture<LogEntry> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new IllegalStateException("the linkage log is closed"));
            return done;
        }
        queue.add(new Pending(record, done));
        return done;
    }

    private void write() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new IllegalStateException("the linkage log was closed"));
        }
    }

    private void commit(List<Pending> batch) {
        List<LogEntry> entries = chain.prepare(batch.stream().map(Pending::record).toList());
        SignedTreeHead seal;
        try {
            seal = chain.seal(entries, clock.now(), keys.getPrivate());
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO linkage_log (seq, subject,"
                        + " body, leaf_hash, prev_hash, chain_hash, seal_size, seal_at, seal_root, seal_signature)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < entries.size(); i++) {
                        LogEntry entry = entries.get(i);
                        insert.setLong(1, entry.sequence());
                        insert.setString(2, batch.get(i).record().subject().map(SubjectId::value).orElse(null));
                        insert.setString(3, entry.body());
                        insert.setString(4, Sha256.hex(entry.leafHash()));
                        insert.setString(5, Sha256.hex(entry.previousHash()));
                        insert.setString(6, Sha256.hex(entry.chainHash()));
                        insert.setLong(7, seal.treeSize());
                        insert.setLong(8, seal.at().toEpochMilli());
                        insert.setString(9, Sha256.hex(seal.rootHash()));
                        insert.setString(10, Base64.getEncoder().encodeToString(seal.signature()));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    insertHead(connection, seal);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } catch (SQLException | RuntimeException e) {
            batch.forEach(p -> p.done().completeExceptionally(new IllegalStateException(
                    "the linkage log could not store the batch; nothing in it is logged", e)));
            return;
        }
        synchronized (this) {
            chain.commit(entries);
            latestHead = seal;
        }
        for (int i = 0; i < entries.size(); i++) {
            batch.get(i).done().complete(entries.get(i));
        }
    }

    private static void insertHead(Connection connection, SignedTreeHead head) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO linkage_tree_head (tree_size,"
                + " signed_at, root_hash, signature) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, head.treeSize());
            insert.setLong(2, head.at().toEpochMilli());
            insert.setString(3, Sha256.hex(head.rootHash()));
            insert.setString(4, Base64.getEncoder().encodeToString(head.signature()));
            insert.executeUpdate();
        }
    }

    /** The head of an empty log, signed and stored once (every later head is a batch's seal). */
    private synchronized SignedTreeHead storeEmptyHead() {
        if (latestHead != null) {
            return latestHead;
        }
        SignedTreeHead head = chain.signHead(clock.now(), keys.getPrivate());
        try (Connection connection = dataSource.getConnection()) {
            insertHead(connection, head);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the signed tree head", e);
        }
        latestHead = head;
        return head;
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    @Override
    public Optional<LogEntry> entry(long sequence) {
        List<LogEntry> found = query("SELECT seq, body, leaf_hash, prev_hash, chain_hash FROM linkage_log WHERE seq = ?",
                sequence);
        return found.stream().findFirst();
    }

    @Override
    public List<LogEntry> ofSubject(SubjectId subject) {
        // the subject column is an index, not the record: an entry is the subject's only if its hashed text says so
        Optional<String> named = Optional.of(subject.value());
        return query("SELECT seq, body, leaf_hash, prev_hash, chain_hash FROM linkage_log WHERE subject = ?"
                + " ORDER BY seq", subject.value()).stream()
                .filter(entry -> LinkageRecord.subjectOf(entry.body()).equals(named)).toList();
    }

    @Override
    public long size() {
        return chain.size();
    }

    @Override
    public SignedTreeHead treeHead() {
        SignedTreeHead head = latestHead;
        return head != null ? head : storeEmptyHead();
    }

    @Override
    public List<byte[]> inclusionProof(long sequence, long treeSize) {
        return chain.inclusionProof(sequence, treeSize);
    }

    @Override
    public List<byte[]> consistencyProof(long first, long second) {
        return chain.consistencyProof(first, second);
    }

    @Override
    public PublicKey publicKey() {
        return keys.getPublic();
    }

    @Override
    public LogVerification verify() {
        return verify(dataSource, keys.getPublic());
    }

    /** Stops taking appends, stores what has queued, and stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<LogEntry> query(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                return read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the linkage log", e);
        }
    }

    static List<LogEntry> entries(DataSource dataSource) {
        return rows(dataSource).stream().map(StoredLogEntry::entry).toList();
    }

    /** Every row as stored: the entry, its subject index and its seal (none for rows stored before schema V7). */
    static List<StoredLogEntry> rows(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams a result set in fetch-size chunks only inside a transaction
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement select = connection.createStatement()) {
                select.setFetchSize(10_000);
                try (ResultSet rows = select.executeQuery("SELECT seq, body, leaf_hash, prev_hash, chain_hash,"
                        + " subject, seal_size, seal_at, seal_root, seal_signature FROM linkage_log ORDER BY seq")) {
                    List<StoredLogEntry> stored = new ArrayList<>();
                    while (rows.next()) {
                        LogEntry entry = entry(rows);
                        stored.add(new StoredLogEntry(entry, Optional.ofNullable(rows.getString(6)), seal(rows)));
                    }
                    return stored;
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the linkage log", e);
        }
    }

    /** A row's seal; none when any of its four columns is empty (a row stored before schema V7, or tampered). */
    private static Optional<SignedTreeHead> seal(ResultSet rows) throws SQLException {
        long size = rows.getLong(7);
        boolean noSize = rows.wasNull();
        long at = rows.getLong(8);
        boolean noTime = rows.wasNull();
        String root = rows.getString(9);
        String signature = rows.getString(10);
        if (noSize || noTime || root == null || signature == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SignedTreeHead(size, Instant.ofEpochMilli(at), Sha256.fromHex(root),
                    Base64.getDecoder().decode(signature)));
        } catch (IllegalArgumentException e) {
            // a seal that does not even parse proves nothing: the row counts as unsealed
            return Optional.empty();
        }
    }

    static List<SignedTreeHead> heads(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT tree_size, signed_at, root_hash, signature"
                     + " FROM linkage_tree_head ORDER BY tree_size")) {
            List<SignedTreeHead> heads = new ArrayList<>();
            while (rows.next()) {
                heads.add(new SignedTreeHead(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)),
                        Sha256.fromHex(rows.getString(3)), Base64.getDecoder().decode(rows.getString(4))));
            }
            return heads;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the linkage log's tree heads", e);
        }
    }

    private static List<LogEntry> read(ResultSet rows) throws SQLException {
        List<LogEntry> entries = new ArrayList<>();
        while (rows.next()) {
            entries.add(entry(rows));
        }
        return entries;
    }

    private static LogEntry entry(ResultSet rows) throws SQLException {
        return new LogEntry(rows.getLong(1), rows.getString(2), hash(rows.getString(3)), hash(rows.getString(4)),
                hash(rows.getString(5)));
    }

    /** A stored hash; one that is not hex reads as no bytes, which matches no hash, so verification names its row. */
    private static byte[] hash(String hex) {
        try {
            return Sha256.fromHex(hex);
        } catch (RuntimeException e) {
            return new byte[0];
        }
    }
}
