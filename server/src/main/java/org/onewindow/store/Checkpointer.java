package org.onewindow.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies the write-ahead log into the database on its own connection, beside the hall desk, so that no
 * commit waits for a checkpoint ({@link HallStore} turns SQLite's automatic one off). Durability does not
 * depend on it: a committed transaction is in the WAL, synced; the checkpoint only keeps the WAL short.
 * Not thread-safe: one worker calls {@link #run}.
 */
public final class Checkpointer implements AutoCloseable {
    private final Connection connection;

    private Checkpointer(Connection connection) {
        this.connection = connection;
    }

    /** Opens a second connection to the hub's database (after {@link HallStore#open} created it). */
    public static Checkpointer open(Path dataDir) {
        Path file = dataDir.resolve(HallStore.FILE_NAME).toAbsolutePath();
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = connection.createStatement()) {
                s.execute(Sql.BUSY_TIMEOUT);
            }
            return new Checkpointer(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + file + " for checkpoints: " + e.getMessage(), e);
        }
    }

    /** A passive checkpoint: as much of the WAL as no reader still needs, without blocking the writer. */
    public void run() {
        try (Statement s = connection.createStatement()) {
            s.execute(Sql.WAL_CHECKPOINT_PASSIVE);
        } catch (SQLException e) {
            throw new StoreException("checkpoint failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the checkpoint connection: " + e.getMessage(), e);
        }
    }
}
