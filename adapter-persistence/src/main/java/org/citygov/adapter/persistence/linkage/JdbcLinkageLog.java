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
import org.citygov.domain.linkage.LinkageChain;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.LogVerifier;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.merkle.Sha256;

/**
 * The linkage log in the database (H2 or PostgreSQL, schema V4), with group commit: appends queue up, one writer
 * thread takes whatever has queued (up to {@value #MAX_BATCH}), numbers and hashes it, inserts it in one transaction
 * and only after the commit completes each append's future. A batch the database refuses is rolled back and every
 * append in it fails; the chain in memory moves only after a commit. A signed tree head is stored after a batch when
 * no append is waiting or {@value #HEAD_EVERY} entries have come since the last head.
 */
public final class JdbcLinkageLog implements LinkageLog, AutoCloseable {

    static final int MAX_BATCH = 1000;
    static final int HEAD_EVERY = 1000;

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
        List<LogEntry> entries = entries(dataSource);
        List<SignedTreeHead> heads = heads(dataSource);
        LogVerification verification = LogVerifier.verify(entries, heads, keys.getPublic(), Optional.empty());
        if (verification instanceof LogVerification.Tampered tampered) {
            throw new IllegalStateException("the linkage log was tampered with: entry " + tampered.sequence() + " "
                    + tampered.how() + " (" + tampered.detail() + "); run citygov log verify");
        }
        return new JdbcLinkageLog(dataSource, keys, clock, LinkageChain.of(entries),
                heads.isEmpty() ? null : heads.getLast());
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
        return LogVerifier.verify(entries(dataSource), heads(dataSource), key, trusted);
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
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO linkage_log (seq, subject, body,"
                    + " leaf_hash, prev_hash, chain_hash) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < entries.size(); i++) {
                    LogEntry entry = entries.get(i);
                    insert.setLong(1, entry.sequence());
                    insert.setString(2, batch.get(i).record().subject().map(SubjectId::value).orElse(null));
                    insert.setString(3, entry.body());
                    insert.setString(4, Sha256.hex(entry.leafHash()));
                    insert.setString(5, Sha256.hex(entry.previousHash()));
                    insert.setString(6, Sha256.hex(entry.chainHash()));
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            batch.forEach(p -> p.done().completeExceptionally(new IllegalStateException(
                    "the linkage log could not store the batch; nothing in it is logged", e)));
            return;
        }
        chain.commit(entries);
        for (int i = 0; i < entries.size(); i++) {
            batch.get(i).done().complete(entries.get(i));
        }
        SignedTreeHead head = latestHead;
        if (queue.isEmpty() || head == null || chain.size() - head.treeSize() >= HEAD_EVERY) {
            try {
                storeHead();
            } catch (RuntimeException e) {
                // the entries are durable; the next head will cover them
            }
        }
    }

    private synchronized SignedTreeHead storeHead() {
        SignedTreeHead head = chain.signHead(clock.now(), keys.getPrivate());
        if (latestHead != null && latestHead.treeSize() == head.treeSize()) {
            return latestHead;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO linkage_tree_head (tree_size,"
                     + " signed_at, root_hash, signature) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, head.treeSize());
            insert.setLong(2, head.at().toEpochMilli());
            insert.setString(3, Sha256.hex(head.rootHash()));
            insert.setString(4, Base64.getEncoder().encodeToString(head.signature()));
            insert.executeUpdate();
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
        return query("SELECT seq, body, leaf_hash, prev_hash, chain_hash FROM linkage_log WHERE subject = ?"
                + " ORDER BY seq", subject.value());
    }

    @Override
    public long size() {
        return chain.size();
    }

    @Override
    public SignedTreeHead treeHead() {
        SignedTreeHead head = latestHead;
        return head != null && head.treeSize() == chain.size() ? head : storeHead();
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
        try (Connection connection = dataSource.getConnection();
             Statement select = connection.createStatement()) {
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery("SELECT seq, body, leaf_hash, prev_hash, chain_hash"
                    + " FROM linkage_log ORDER BY seq")) {
                return read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the linkage log", e);
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
            entries.add(new LogEntry(rows.getLong(1), rows.getString(2), Sha256.fromHex(rows.getString(3)),
                    Sha256.fromHex(rows.getString(4)), Sha256.fromHex(rows.getString(5))));
        }
        return entries;
    }
}
