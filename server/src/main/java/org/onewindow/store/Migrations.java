package org.onewindow.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brings a database file up to the schema this hub knows, one script at a time, each in its own
 * transaction together with the new {@code PRAGMA user_version}: a file is always at some whole version.
 */
final class Migrations {
    private static final String FOLDER = "/db/migration/";

    /**
     * In order; script n is version n. Listed here because a jar cannot be listed reliably, and a new
     * script is a deliberate act.
     */
    static final List<String> SCRIPTS = List.of(
            "V1__events_tickets_counters.sql",
            "V2__ratings_and_report_indexes.sql",
            "V3__ticket_keys.sql",
            "V4__event_hash_chain.sql",
            "V5__device_pairings.sql",
            "V6__report_indexes_and_log_archives.sql",
            "V7__cases.sql");

    /** Work a script cannot do in SQL, run after the script of that version, in its transaction. */
    private static final Map<Integer, Step> JAVA_STEPS = Map.of(4, EventChain::chainExisting);

    @FunctionalInterface
    private interface Step {
        void run(Connection connection) throws SQLException;
    }

    static final int LATEST = SCRIPTS.size();

    static {
        for (int i = 0; i < SCRIPTS.size(); i++) {
            if (!SCRIPTS.get(i).startsWith("V" + (i + 1) + "__")) {
                throw new IllegalStateException("migration " + SCRIPTS.get(i) + " is listed as version " + (i + 1));
            }
        }
    }

    private Migrations() {
    }

    static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(Sql.USER_VERSION)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Applies every script above the file's version up to {@code target}; refuses a file from a newer hub. */
    static void migrate(Connection connection, int target) throws SQLException {
        int current = version(connection);
        if (current > LATEST) {
            throw new StoreException("the database is at schema version " + current
                    + " but this hub knows only up to " + LATEST + "; run the newer hub or restore a backup");
        }
        for (int version = current + 1; version <= target; version++) {
            apply(connection, version);
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        String script = SCRIPTS.get(version - 1);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String statement : statements(read(script))) {
                s.executeUpdate(statement);
            }
            Step step = JAVA_STEPS.get(version);
            if (step != null) {
                step.run(connection);
            }
            s.executeUpdate(String.format(Locale.ROOT, Sql.SET_USER_VERSION, version));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback); // the first failure is the one worth reporting
            }
            throw new StoreException("migration " + script + " failed, the database stays at version "
                    + (version - 1) + ": " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + script)) {
            if (in == null) {
                throw new StoreException("migration " + FOLDER + script + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + script, e);
        }
    }

    /**
     * Splits a script at lines ending in ';'. A trigger body holds ';' of its own, so a CREATE TRIGGER
     * runs on until its closing END;. Whole-line "--" comments are dropped; keep scripts in that shape.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            boolean trigger = current.toString().strip().toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER");
            boolean ends = trigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration ends without ';': " + current);
        }
        return statements;
    }
}
