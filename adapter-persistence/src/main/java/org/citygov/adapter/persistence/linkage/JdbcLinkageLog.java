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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.LinkageLog;
import org.citygov.application.port.out.LinkageLogNotVerified;
import org.citygov.domain.linkage.HeadSigner;
import org.citygov.domain.linkage.LinkageChain;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogKeys;
import org.citygov.domain.linkage.LogRecord;
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
 * <p>Several processes may append to one log (servers in front of one PostgreSQL): the log's end is the one row of
 * {@code linkage_log_head} (schema V10), which each batch's transaction locks ({@code SELECT ... FOR UPDATE}) before
 * it numbers anything (on H2, which serves one process, the row is moved conditionally instead: see
 * {@link #optimistic}). Under the lock the writer adopts the entries other processes committed since it last looked —
 * each checked to chain, and covered by a seal that verifies with a trusted key, or the log stops taking appends
 * rather than sign over them — then numbers, chains and seals its batch after them and moves the head row in the same
 * commit. So sequence numbers, chaining and tree heads are decided in the database, one batch at a time, and every
 * process signs with the one key all of them share (the key id is stored with each head, so heads signed before a key
 * rotation verify with the old public key).
 *
 * <p>Everything a row stores beside its hashed text is checked against it: the subject index must be the subject the
 * text names (and a subject's listing returns only entries whose text names that subject), the seal must cover the
 * row and verify. The heads table holds signed heads, which verify on their own.
 */
public final class JdbcLinkageLog implements LinkageLog, AutoCloseable {

    static final int MAX_BATCH = 1000;
    /** How often a batch is tried again on H2 after another writer moved the log's end first. */
    private static final int MAX_ATTEMPTS = 10;

    /** An append: its record, hashed by the caller's thread (the writer only numbers and chains), and its answer. */
    private record Pending(LogRecord record, LinkageChain.Hashed hashed, CompletableFuture<LogEntry> done) {
    }

    private final DataSource dataSource;
    private final KeyPair keys;
    /** Signs the seals: the pair's key, with Bouncy Castle when it gives the JDK's bytes ({@link FastHeadSigner}). */
    private final HeadSigner signer;
    private final LogKeys trusted;
    private final Clock clock;
    private final LinkageChain chain;
    /** Held while the chain moves: by the writer from adopting to committing a batch, by readers catching up. */
    private final Object chainMoves = new Object();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    /**
     * Completes the appends' futures, batch by batch, so that whatever a caller continues them with (an HTTP answer
     * written as soon as its entry is durable) runs here and never delays the writer's next commit.
     */
    private final ExecutorService answers = Executors.newSingleThreadExecutor(task ->
            Thread.ofPlatform().name("citygov-linkage-log-answers").daemon().unstarted(task));
    private volatile boolean closed;
    /** Why the log stopped taking appends: entries another process stored do not verify. */
    private volatile String refusal;
    /**
     * On H2 the head row is not locked: a batch is numbered after the end this writer committed last, and the head row
     * is moved only if it still is that end (a conditional UPDATE; the rows' primary key also refuses numbers another
     * writer took). If it is not, the batch is rolled back and tried again after reading the row and adopting what
     * the other writer stored. H2 parses a {@code FOR UPDATE} query anew each time and writes a lock for it, and an
     * embedded H2 database serves one process, so the lock would be paid on every batch for a conflict that does not
     * happen there. PostgreSQL, where several servers append, locks the row for the batch.
     */
    private final boolean optimistic;

    private JdbcLinkageLog(DataSource dataSource, KeyPair keys, LogKeys trusted, Clock clock, LinkageChain chain) {
        this.dataSource = dataSource;
        this.optimistic = isH2(dataSource);
        this.keys = keys;
        this.signer = FastHeadSigner.of(keys);
        this.trusted = trusted;
        this.clock = clock;
        this.chain = chain;
        this.writer = Thread.ofPlatform().name("citygov-linkage-log-writer").daemon().start(this::write);
    }

    /**
     * The log stored in the database, its chain rebuilt from the stored entries. A log that fails verification is not
     * opened for appends: IllegalStateException naming the first tampered entry.
     */
    public static JdbcLinkageLog open(DataSource dataSource, KeyPair keys, Clock clock) {
        return open(dataSource, keys, LogKeys.of(keys.getPublic()), clock);
    }

    /**
     * As {@link #open(DataSource, KeyPair, Clock)}, heads checked with {@code trusted}: the signing key's public key
     * and those of the keys it replaced.
     */
    public static JdbcLinkageLog open(DataSource dataSource, KeyPair keys, LogKeys trusted, Clock clock) {
        if (trusted.byId(LogKeys.idOf(keys.getPublic())).isEmpty()) {
            throw new IllegalArgumentException("the signing key's public key must be among the trusted keys");
        }
        List<StoredLogEntry> rows = rows(dataSource);
        List<SignedTreeHead> heads = heads(dataSource);
        LogVerification verification = LogVerifier.verifyStored(rows, heads, trusted, Optional.empty());
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
        return new JdbcLinkageLog(dataSource, keys, trusted, clock, LinkageChain.of(entries));
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
        return sealUnsignedTail(dataSource, keys, LogKeys.of(keys.getPublic()), clock, first, last);
    }

    /** As {@link #sealUnsignedTail(DataSource, KeyPair, Clock, long, long)}, heads checked with {@code trusted}. */
    public static LogVerification sealUnsignedTail(DataSource dataSource, KeyPair keys, LogKeys trusted, Clock clock,
                                                   long first, long last) {
        List<StoredLogEntry> rows = rows(dataSource);
        LogVerification verification = LogVerifier.verifyStored(rows, heads(dataSource), trusted, Optional.empty());
        if (verification instanceof LogVerification.Unsigned unsigned && unsigned.firstUnsigned() == first
                && unsigned.size() - 1 == last) {
            LinkageChain chain = LinkageChain.of(rows.stream().map(StoredLogEntry::entry).toList());
            try (Connection connection = dataSource.getConnection()) {
                insertHead(connection, chain.signHead(clock.now(), keys));
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
        return verify(dataSource, LogKeys.of(key), trusted);
    }

    /** As {@link #verify(DataSource, PublicKey, Optional)}, each head checked with the trusted key it names. */
    public static LogVerification verify(DataSource dataSource, LogKeys keys, Optional<SignedTreeHead> trusted) {
        return LogVerifier.verifyStored(rows(dataSource), heads(dataSource), keys, trusted);
    }

    // ---- appending --------------------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<LogEntry> append(LogRecord record) {
        CompletableFuture<LogEntry> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new IllegalStateException("the linkage log is closed"));
            return done;
        }
        if (refusal != null) {
            done.completeExceptionally(new IllegalStateException(refusal));
            return done;
        }
        LinkageChain.Hashed hashed;
        try {
            hashed = LinkageChain.hash(record);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
            return done;
        }
        queue.add(new Pending(record, hashed, done));
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
        List<LogEntry> entries = null;
        Exception failure = null;
        synchronized (chainMoves) {
            for (int attempt = 1; entries == null && failure == null; attempt++) {
                try {
                    entries = store(batch, attempt);
                } catch (HeadMoved moved) {
                    // another writer on the same H2 database appended first: adopt its entries and number ours after
                    if (attempt == MAX_ATTEMPTS) {
                        failure = new IllegalStateException("the linkage log's end moved under " + attempt
                                + " attempts in a row", moved);
                    }
                } catch (SQLException | RuntimeException e) {
                    failure = e;
                }
            }
            if (entries != null) {
                chain.commit(entries);
            }
        }
        List<Pending> appends = List.copyOf(batch);
        if (failure != null) {
            String why = refusal != null ? refusal : "the linkage log could not store the batch; nothing in it is"
                    + " logged";
            Exception cause = failure;
            answer(() -> {
                for (Pending p : appends) {
                    p.done().completeExceptionally(new IllegalStateException(why, cause));
                }
            });
            return;
        }
        List<LogEntry> stored = entries;
        answer(() -> {
            for (int i = 0; i < stored.size(); i++) {
                appends.get(i).done().complete(stored.get(i));
            }
        });
    }

    /** Completes a batch's futures on the answering thread; here, if that thread has stopped (after a close). */
    private void answer(Runnable completions) {
        try {
            answers.execute(completions);
        } catch (RejectedExecutionException e) {
            completions.run();
        }
    }

    /**
     * Stores one batch in one transaction: numbered, chained and sealed after the log's end in the database. Call
     * holding {@link #chainMoves}. HeadMoved when, on H2, another writer moved the end first (nothing stored).
     */
    private List<LogEntry> store(List<Pending> batch, int attempt) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            LogHead head = null;
            try {
                // the log's end: on PostgreSQL locked until this batch commits, so that every process appends after
                // the same end; on H2 read, and moved below only if no one moved it meanwhile
                head = !optimistic ? lockHead(connection)
                        // first try: the end this writer committed last; the head row's move below checks it
                        : attempt == 1 ? new LogHead(chain.size(), Sha256.hex(chain.lastChainHash()))
                        : readHead(connection);
                adoptUpTo(connection, head);
                List<LogEntry> entries = chain.prepareHashed(batch.stream().map(Pending::hashed).toList());
                SignedTreeHead seal = chain.seal(entries, clock.now(), signer);
                insertEntries(connection, batch, entries, seal);
                insertHead(connection, seal);
                if (!moveHead(connection, head, seal.treeSize(), entries.getLast().chainHash())) {
                    throw new HeadMoved();
                }
                connection.commit();
                return entries;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                if (optimistic && head != null && !(e instanceof HeadMoved) && headMoved(connection, head)) {
                    // e.g. our first sequence number already taken by the other writer's committed rows
                    throw new HeadMoved();
                }
                throw e;
            }
        }
    }

    /** On H2: another writer moved the log's end between reading it and moving it; the batch was rolled back. */
    private static final class HeadMoved extends RuntimeException {
        HeadMoved() {
            super("the linkage log's end moved", null, false, false);
        }
    }

    private static boolean headMoved(Connection connection, LogHead read) {
        try {
            return !readHead(connection).equals(read);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the linkage log's database", e);
        }
    }

    /** The log's end as the database holds it. */
    private record LogHead(long size, String chainHash) {
    }

    private static LogHead lockHead(Connection connection) throws SQLException {
        return head(connection, "SELECT size, chain_hash FROM linkage_log_head WHERE id = 1 FOR UPDATE");
    }

    private static LogHead readHead(Connection connection) throws SQLException {
        return head(connection, "SELECT size, chain_hash FROM linkage_log_head WHERE id = 1");
    }

    private static LogHead head(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql);
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("the linkage log has no head row (schema V10): the database is not"
                        + " migrated; run citygov db migrate");
            }
            return new LogHead(row.getLong(1), row.getString(2));
        }
    }

    /** Moves the head row from {@code from}; false when it no longer is {@code from} (another writer moved it). */
    private static boolean moveHead(Connection connection, LogHead from, long size, byte[] chainHash)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE linkage_log_head SET size = ?,"
                + " chain_hash = ? WHERE id = 1 AND size = ? AND chain_hash = ?")) {
            update.setLong(1, size);
            update.setString(2, Sha256.hex(chainHash));
            update.setLong(3, from.size());
            update.setString(4, from.chainHash());
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Adopts into the chain the entries other processes committed up to the database's {@code head}: each must chain
     * and be covered by a seal that verifies with a trusted key and matches the chain's root. If not, the log stops
     * taking appends (it would otherwise sign over entries it cannot vouch for). Call holding {@link #chainMoves}.
     */
    private void adoptUpTo(Connection connection, LogHead head) throws SQLException {
        long size = chain.size();
        if (head.size() < size) {
            throw refuse("the database's log head says " + head.size() + " entries, but " + size + " were stored:"
                    + " entries were removed; run citygov log verify");
        }
        if (head.size() > size) {
            List<StoredLogEntry> stored = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT seq, body, leaf_hash, prev_hash,"
                    + " chain_hash, subject, seal_size, seal_at, seal_root, seal_signature, seal_key_id"
                    + " FROM linkage_log WHERE seq >= ? AND seq < ? ORDER BY seq")) {
                select.setLong(1, size);
                select.setLong(2, head.size());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.add(new StoredLogEntry(entry(rows), Optional.ofNullable(rows.getString(6)),
                                seal(rows)));
                    }
                }
            }
            adopt(stored);
        }
        if (!Sha256.hex(chain.lastChainHash()).equals(head.chainHash())) {
            throw refuse("the database's log head names chain hash " + head.chainHash() + " at " + head.size()
                    + " entries, but the stored entries end with " + Sha256.hex(chain.lastChainHash())
                    + "; run citygov log verify");
        }
    }

    /** Adopts stored entries after the chain's end, each covered by a seal that verifies (see {@link #adoptUpTo}). */
    private void adopt(List<StoredLogEntry> stored) {
        try {
            chain.adopt(stored.stream().map(StoredLogEntry::entry).toList());
        } catch (IllegalStateException e) {
            throw refuse(e.getMessage());
        }
        java.util.Set<SignedTreeHead> seals = new java.util.LinkedHashSet<>();
        for (StoredLogEntry row : stored) {
            long sequence = row.entry().sequence();
            SignedTreeHead seal = row.seal().orElseThrow(() -> refuse("entry " + sequence + ", stored by another"
                    + " process, has no seal: it was not written by a CityGov server; run citygov log verify"));
            if (seal.treeSize() <= sequence || seal.treeSize() > chain.size()) {
                throw refuse("the seal of entry " + sequence + " (" + seal + ") does not cover it; run citygov log"
                        + " verify");
            }
            if (!LinkageRecord.subjectOf(row.entry().body()).equals(row.filedUnder())) {
                throw refuse("entry " + sequence + " is filed under another subject than its text names; run"
                        + " citygov log verify");
            }
            seals.add(seal);
        }
        for (SignedTreeHead seal : seals) {
            if (trusted.check(seal) != LogKeys.Check.VERIFIED
                    || !java.util.Arrays.equals(chain.root(seal.treeSize()), seal.rootHash())) {
                throw refuse("the seal " + seal + " stored by another process does not verify with the trusted"
                        + " keys " + trusted.ids() + " (a server signing with another key, or a forged entry); run"
                        + " citygov log verify");
            }
        }
    }

    private IllegalStateException refuse(String why) {
        refusal = "the linkage log takes no more appends: " + why;
        return new IllegalStateException(refusal);
    }

    private static void insertEntries(Connection connection, List<Pending> batch, List<LogEntry> entries,
                                      SignedTreeHead seal) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO linkage_log (seq, subject,"
                + " body, leaf_hash, prev_hash, chain_hash, seal_size, seal_at, seal_root, seal_signature,"
                + " seal_key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            // every row of the batch carries the same seal
            String root = Sha256.hex(seal.rootHash());
            String signature = Base64.getEncoder().encodeToString(seal.signature());
            String keyId = seal.keyId().orElse(null);
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
                insert.setString(9, root);
                insert.setString(10, signature);
                insert.setString(11, keyId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Brings the chain up to what the database holds now (entries other processes appended), so that proofs can be
     * given for the latest stored head. Entries that do not verify stop the log (see {@link #adoptUpTo}).
     */
    private void catchUp() {
        synchronized (chainMoves) {
            try (Connection connection = dataSource.getConnection()) {
                LogHead head;
                try (Statement select = connection.createStatement();
                     ResultSet row = select.executeQuery("SELECT size, chain_hash FROM linkage_log_head WHERE id = 1")) {
                    if (!row.next()) {
                        return;
                    }
                    head = new LogHead(row.getLong(1), row.getString(2));
                }
                if (head.size() != chain.size()) {
                    // the rows the head counts were committed with it, and committed rows are never taken back
                    adoptUpTo(connection, head);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the linkage log", e);
            }
        }
    }


    private static void insertHead(Connection connection, SignedTreeHead head) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO linkage_tree_head (tree_size,"
                + " signed_at, root_hash, signature, key_id) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, head.treeSize());
            insert.setLong(2, head.at().toEpochMilli());
            insert.setString(3, Sha256.hex(head.rootHash()));
            insert.setString(4, Base64.getEncoder().encodeToString(head.signature()));
            insert.setString(5, head.keyId().orElse(null));
            insert.executeUpdate();
        }
    }

    /**
     * The latest head stored, by whichever process; for an empty log with none yet, the empty log's head, signed and
     * stored once under the head row's lock (every later head is a batch's seal).
     */
    private SignedTreeHead storedHead() {
        try (Connection connection = dataSource.getConnection()) {
            Optional<SignedTreeHead> latest = latestStoredHead(connection);
            if (latest.isPresent()) {
                return latest.get();
            }
            connection.setAutoCommit(false);
            try {
                lockHead(connection);
                latest = latestStoredHead(connection);
                if (latest.isEmpty()) {
                    synchronized (chainMoves) {
                        latest = Optional.of(chain.signHead(clock.now(), signer));
                    }
                    insertHead(connection, latest.get());
                }
                connection.commit();
                return latest.get();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read or store the signed tree head", e);
        }
    }

    private static Optional<SignedTreeHead> latestStoredHead(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT tree_size, signed_at, root_hash, signature, key_id"
                     + " FROM linkage_tree_head ORDER BY tree_size DESC FETCH FIRST 1 ROWS ONLY")) {
            return rows.next() ? Optional.of(head(rows)) : Optional.empty();
        }
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

    /** How many entries the log holds in the database, whichever process appended them. */
    @Override
    public long size() {
        catchUp();
        return chain.size();
    }

    /** The latest head stored by any process appending to this log; the chain catches up to it for proofs. */
    @Override
    public SignedTreeHead treeHead() {
        SignedTreeHead head = storedHead();
        if (head.treeSize() > chain.size()) {
            catchUp();
        }
        return head;
    }

    @Override
    public List<byte[]> inclusionProof(long sequence, long treeSize) {
        if (treeSize > chain.size()) {
            catchUp();
        }
        return chain.inclusionProof(sequence, treeSize);
    }

    @Override
    public List<byte[]> consistencyProof(long first, long second) {
        if (second > chain.size()) {
            catchUp();
        }
        return chain.consistencyProof(first, second);
    }

    @Override
    public PublicKey publicKey() {
        return keys.getPublic();
    }

    @Override
    public LogVerification verify() {
        return verify(dataSource, trusted, Optional.empty());
    }

    /** Stops taking appends, stores what has queued, and stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
            answers.shutdown();
            answers.awaitTermination(30, TimeUnit.SECONDS);
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
                if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                    // H2 otherwise builds the whole result (spilling it to a temporary file past 40,000 rows) before
                    // the first row: streaming it reads a million rows two to four times faster
                    select.execute("SET LAZY_QUERY_EXECUTION TRUE");
                }
                select.setFetchSize(10_000);
                try (ResultSet rows = select.executeQuery("SELECT seq, body, leaf_hash, prev_hash, chain_hash,"
                        + " subject, seal_size, seal_at, seal_root, seal_signature, seal_key_id FROM linkage_log"
                        + " ORDER BY seq")) {
                    List<StoredLogEntry> stored = new ArrayList<>();
                    SealReader seals = new SealReader();
                    while (rows.next()) {
                        LogEntry entry = entry(rows);
                        stored.add(new StoredLogEntry(entry, Optional.ofNullable(rows.getString(6)), seals.read(rows)));
                    }
                    return stored;
                }
            } finally {
                connection.rollback();
                if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                    try (Statement reset = connection.createStatement()) {
                        reset.execute("SET LAZY_QUERY_EXECUTION FALSE"); // the connection goes back to the pool
                    }
                }
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the linkage log", e);
        }
    }

    /**
     * Reads the rows' seals in log order: the rows of one batch carry the same seal, so a row whose seal columns equal
     * the row before's gets the same {@link SignedTreeHead} instead of decoding its hex and Base64 again.
     */
    private static final class SealReader {
        private final String[] previous = new String[5];
        private Optional<SignedTreeHead> previousSeal = Optional.empty();

        Optional<SignedTreeHead> read(ResultSet rows) throws SQLException {
            boolean same = true;
            for (int column = 0; column < previous.length; column++) {
                String value = rows.getString(7 + column);
                same &= Objects.equals(value, previous[column]);
                previous[column] = value;
            }
            if (!same || previous[0] == null) {
                previousSeal = seal(rows);
            }
            return previousSeal;
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
                    Base64.getDecoder().decode(signature), Optional.ofNullable(rows.getString(11))));
        } catch (IllegalArgumentException e) {
            // a seal that does not even parse proves nothing: the row counts as unsealed
            return Optional.empty();
        }
    }

    static List<SignedTreeHead> heads(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT tree_size, signed_at, root_hash, signature, key_id"
                     + " FROM linkage_tree_head ORDER BY tree_size")) {
            List<SignedTreeHead> heads = new ArrayList<>();
            while (rows.next()) {
                heads.add(head(rows));
            }
            return heads;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the linkage log's tree heads", e);
        }
    }

    private static SignedTreeHead head(ResultSet rows) throws SQLException {
        return new SignedTreeHead(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)),
                Sha256.fromHex(rows.getString(3)), Base64.getDecoder().decode(rows.getString(4)),
                Optional.ofNullable(rows.getString(5)));
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
