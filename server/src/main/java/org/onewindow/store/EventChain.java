package org.onewindow.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The event log's hash chain. Each row's {@code hash} is SHA-256 over an unambiguous encoding of the
 * previous row's hash and this row's columns, so changing, inserting, removing or reordering a row
 * breaks the chain from that row on. The encoding, for the record and for anyone re-implementing the
 * check: the fields {@value #DOMAIN}, prev_hash, seq (decimal), at, day, kind, actor, ticket_ids and
 * payload, each as a 4-byte big-endian length and its UTF-8 bytes (length -1 and no bytes for SQL
 * null). Hashes are lower-case hex; the first row's prev_hash is {@link #GENESIS}.
 *
 * <p>What it cannot prove: whoever can write the file and knows this algorithm (it is public) can
 * rewrite every row from some point on and recompute every later hash, or append forged rows with
 * correct hashes. Only a copy of the head hash kept elsewhere (the hub logs it at start,
 * {@code verify-log} prints it) shows that; the chain turns "check every row" into "compare one hash".
 */
final class EventChain {
    static final String DOMAIN = "onewindow-event-v1";
    static final String GENESIS = "0".repeat(64);

    /** One row of the events table, as stored. */
    record Row(long seq, String at, String day, String kind, String actor, String ticketIds, String payload,
               String prevHash, String hash) {
        /** The hash this row should carry when it follows {@code prev}. */
        String expectedHash(String prev) {
            return EventChain.hash(prev, seq, at, day, kind, actor, ticketIds, payload);
        }

        /** Its content agrees with its hash, given the predecessor it names. */
        boolean selfConsistent() {
            return prevHash != null && hash != null && hash.equals(expectedHash(prevHash));
        }
    }

    private EventChain() {
    }

    static String hash(String prevHash, long seq, String at, String day, String kind, String actor,
                       String ticketIds, String payload) {
        MessageDigest sha = sha256();
        for (String field : new String[] {DOMAIN, prevHash, Long.toString(seq), at, day, kind, actor, ticketIds, payload}) {
            if (field == null) {
                sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static Row row(ResultSet r) throws SQLException {
        return new Row(r.getLong("seq"), r.getString("at"), r.getString("day"), r.getString("kind"),
                r.getString("actor"), r.getString("ticket_ids"), r.getString("payload"),
                r.getString("prev_hash"), r.getString("hash"));
    }

    /**
     * Where the next row chains on: the newest row's hash, with the seq AUTOINCREMENT last gave out
     * (seqs are never reused, even after someone removed the last rows, which verify-log reports).
     * An empty log starts from {@link #GENESIS}.
     */
    static LogHead head(Connection connection) throws SQLException {
        LogHead last;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(Sql.LOG_HEAD)) {
            last = r.next() ? new LogHead(r.getLong(1), r.getString(2)) : anchor(connection);
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(Sql.LAST_ISSUED_SEQ)) {
            long issued = r.next() ? r.getLong(1) : 0;
            return issued > last.seq() ? new LogHead(issued, last.hash()) : last;
        }
    }

    /**
     * Where the live log starts: after the newest archived row (see {@code V6} and {@link LogArchive}), or
     * {@link LogHead#EMPTY} when nothing was ever archived or the file predates archives.
     */
    static LogHead anchor(Connection connection) throws SQLException {
        if (Migrations.version(connection) < LogArchive.SINCE) {
            return LogHead.EMPTY;
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(Sql.LOG_ANCHOR)) {
            return r.next() ? new LogHead(r.getLong(1), r.getString(2)) : LogHead.EMPTY;
        }
    }

    /**
     * The V4 migration step: chains the rows written before the chain existed, oldest first, inside the
     * migration's transaction. The V4 trigger lets exactly this update through, once per row.
     */
    static void chainExisting(Connection connection) throws SQLException {
        String prev = GENESIS;
        try (Statement read = connection.createStatement();
             ResultSet r = read.executeQuery(Sql.LOG_ROWS);
             PreparedStatement write = connection.prepareStatement(Sql.SET_EVENT_HASH)) {
            while (r.next()) {
                Row row = row(r);
                String hash = row.expectedHash(prev);
                write.setString(1, prev);
                write.setString(2, hash);
                write.setLong(3, row.seq());
                write.addBatch();
                prev = hash;
            }
            write.executeBatch();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
