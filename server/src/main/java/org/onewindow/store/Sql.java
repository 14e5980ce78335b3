package org.onewindow.store;

/** Every statement the hall store runs, by name. The tables themselves live in db/migration/. */
final class Sql {
    private Sql() {
    }

    static final String JOURNAL_MODE_WAL = "PRAGMA journal_mode = WAL";
    /** FULL: a commit is on disk before append returns, so an acknowledged ticket survives a power cut. */
    static final String SYNCHRONOUS_FULL = "PRAGMA synchronous = FULL";
    static final String FOREIGN_KEYS_ON = "PRAGMA foreign_keys = ON";
    static final String BUSY_TIMEOUT = "PRAGMA busy_timeout = 5000";
    /**
     * No checkpoint inside a commit: copying the WAL into the database (1,000 pages by default) made one
     * commit in a thousand take 100-170 ms. {@link Checkpointer} does it beside the desk instead.
     */
    static final String WAL_AUTOCHECKPOINT_OFF = "PRAGMA wal_autocheckpoint = 0";
    /** Copies what it can of the WAL into the database without blocking the writer. */
    static final String WAL_CHECKPOINT_PASSIVE = "PRAGMA wal_checkpoint(PASSIVE)";
    static final String USER_VERSION = "PRAGMA user_version";
    /** PRAGMA takes no bind parameters; the version is an int the migrations compute. */
    static final String SET_USER_VERSION = "PRAGMA user_version = %d";

    /** The seq is given, not left to AUTOINCREMENT: the row's hash covers it. */
    static final String INSERT_EVENT = "INSERT INTO events (seq, at, day, kind, actor, ticket_ids, payload, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String LOG_HEAD = "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1";
    /** The highest seq ever given out: AUTOINCREMENT keeps it even when the rows behind it are gone. */
    static final String LAST_ISSUED_SEQ = "SELECT seq FROM sqlite_sequence WHERE name = 'events'";
    static final String LOG_ROWS =
            "SELECT seq, at, day, kind, actor, ticket_ids, payload, prev_hash, hash FROM events ORDER BY seq";
    static final String LOG_ROWS_AFTER = "SELECT seq, at, day, kind, actor, ticket_ids, payload, prev_hash, hash"
            + " FROM events WHERE seq > ? ORDER BY seq";
    /** Only the V4 migration step runs it; the trigger refuses it on a row already chained. */
    static final String SET_EVENT_HASH = "UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?";
    /** A consistent snapshot of the whole database into a new file (the backup); the file name is bound. */
    static final String VACUUM_INTO = "VACUUM INTO ?";
    static final String INTEGRITY_CHECK = "PRAGMA integrity_check";
    static final String COUNT_TICKETS = "SELECT count(*) FROM tickets";
    /** The newest archive record: the live chain starts after its seq, from its hash. */
    static final String LOG_ANCHOR = "SELECT through_seq, through_hash FROM log_archives ORDER BY through_seq DESC LIMIT 1";
    static final String LAST_SEQ_BEFORE_DAY = "SELECT seq, hash FROM events WHERE day < ? ORDER BY seq DESC LIMIT 1";
    static final String INSERT_LOG_ARCHIVE = "INSERT INTO log_archives (through_seq, through_hash, before_day, file, archived_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    /** Oldest first, a batch at a time: each batch is its own short transaction beside the hub's writer. */
    static final String DELETE_ARCHIVED_EVENTS_BATCH =
            "DELETE FROM events WHERE seq IN (SELECT seq FROM events WHERE seq <= ? ORDER BY seq LIMIT ?)";
    static final String EVENT_HASH = "SELECT hash FROM events WHERE seq = ?";
    static final String FIRST_EVENT_DAY = "SELECT min(day) FROM events";
    static final String COUNT_EVENTS = "SELECT count(*) FROM events";
    static final String LAST_EVENT_DAY = "SELECT day FROM events ORDER BY seq DESC LIMIT 1";

    private static final String TICKET_COLUMNS = "id, day, number, service, priority, channel, language, status, "
            + "issue_order, counter, target_counter, issued_at, called_at, completed_at, recalls, estimate_minutes, rated, ticket_key";

    static final String UPSERT_TICKET = "INSERT INTO tickets (" + TICKET_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET day = excluded.day, number = excluded.number,"
            + " service = excluded.service, priority = excluded.priority, channel = excluded.channel,"
            + " language = excluded.language, status = excluded.status, issue_order = excluded.issue_order,"
            + " counter = excluded.counter, target_counter = excluded.target_counter,"
            + " issued_at = excluded.issued_at, called_at = excluded.called_at,"
            + " completed_at = excluded.completed_at, recalls = excluded.recalls,"
            + " estimate_minutes = excluded.estimate_minutes, rated = excluded.rated, ticket_key = excluded.ticket_key";

    static final String TICKETS_OF_DAY =
            "SELECT " + TICKET_COLUMNS + " FROM tickets WHERE day = ? ORDER BY issue_order";

    /** Bind: today, then the two unfinished statuses (waiting, called). */
    static final String TICKETS_TO_RESTORE = "SELECT " + TICKET_COLUMNS + " FROM tickets"
            + " WHERE day = ? OR status IN (?, ?) ORDER BY issue_order";

    private static final String COUNTER_COLUMNS = "id, status, profile, skills, current_ticket, last_ticket, staff";

    static final String UPSERT_COUNTER = "INSERT INTO counters (" + COUNTER_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET status = excluded.status, profile = excluded.profile,"
            + " skills = excluded.skills, current_ticket = excluded.current_ticket,"
            + " last_ticket = excluded.last_ticket, staff = excluded.staff";

    static final String ALL_COUNTERS = "SELECT " + COUNTER_COLUMNS + " FROM counters ORDER BY id";

    /** A plain insert: a second rating of one ticket is refused by the primary key. */
    static final String INSERT_RATING =
            "INSERT INTO ratings (ticket_id, service, counter, score, tags, comment, at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    static final String RATINGS_OF_DAY = "SELECT r.ticket_id, r.service, r.counter, r.score, r.tags, r.comment, r.at"
            + " FROM ratings r JOIN tickets t ON t.id = r.ticket_id WHERE t.day = ? ORDER BY r.at, r.ticket_id";

    static final String UPSERT_DEVICE_PAIRING = "INSERT INTO device_pairings (device_id, kind, token_hash, paired_at, paired_by)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET kind = excluded.kind,"
            + " token_hash = excluded.token_hash, paired_at = excluded.paired_at, paired_by = excluded.paired_by";
    static final String DELETE_DEVICE_PAIRING = "DELETE FROM device_pairings WHERE device_id = ?";
    static final String TICKETING_CHANGES = "SELECT kind, at, actor, payload FROM events"
            + " WHERE kind IN ('SERVICE_STOPPED', 'SERVICE_RESUMED') ORDER BY seq";
    static final String DEVICE_PAIRINGS = "SELECT device_id, token_hash FROM device_pairings ORDER BY device_id";

    // ---- period reports (reports/PeriodReport): read in one snapshot by ReportReader, on its own connection

    /** Bind: first day, last day. Covered by the V6 index tickets_for_reports. */
    static final String REPORT_VISITS = "SELECT CAST(julianday(day) - 2440587.5 AS INTEGER), counter, service, status, "
            + epochMillis("issued_at") + ", " + epochMillis("called_at") + ", " + epochMillis("completed_at")
            + " FROM tickets WHERE day BETWEEN ? AND ?";
    /** Bind: first day, last day: the ratings of the period's tickets. */
    static final String REPORT_SCORES = "SELECT r.service, r.counter, r.score FROM tickets t"
            + " JOIN ratings r ON r.ticket_id = t.id WHERE t.day BETWEEN ? AND ?";
    /**
     * Bind: first day, last day. Every window's status after each event that can change it, oldest first;
     * the V6 index events_by_kind_day finds the rows without reading the period's other events.
     */
    static final String REPORT_WINDOW_CHANGES = "SELECT " + epochMillis("e.at") + ", json_extract(c.value, '$.id'), json_extract(c.value, '$.status')"
            + " FROM events e, json_each(e.payload, '$.counters') c"
            + " WHERE e.kind IN ('COUNTER_OPENED', 'COUNTER_PAUSED', 'COUNTER_CLOSED', 'DAY_ENDED', 'COUNTERS_RELEASED',"
            + " 'COUNTER_TAKEN_OVER', 'HALL_FILE_CHANGED') AND e.day BETWEEN ? AND ? ORDER BY e.seq";
    /**
     * A stored instant (ISO-8601, as {@code Instant.toString} writes it) as epoch milliseconds, or null:
     * SQLite reads the text in C, several times faster than {@code Instant.parse} for a year's rows.
     */
    private static String epochMillis(String column) {
        return "CAST(round(unixepoch(" + column + ", 'subsec') * 1000) AS INTEGER)";
    }

    /** Bind: day. Each ticket called that day, with the log row of its latest call or recall. */
    private static final String LAST_CALLS = "SELECT j.value AS ticket, max(e.seq) AS seq FROM events e, json_each(e.ticket_ids) j"
            + " WHERE e.kind IN ('TICKET_CALLED', 'TICKET_RECALLED') AND e.day = ? GROUP BY j.value";
    /**
     * Bind: day, day, staff. The day's tickets whose latest call or recall was this staff member's (the
     * clerk who served them, as the 差评 cases name the clerk); events_by_kind_day finds the calls.
     */
    static final String CLERK_VISITS = "SELECT CAST(julianday(t.day) - 2440587.5 AS INTEGER), t.counter, t.service, t.status, "
            + epochMillis("t.issued_at") + ", " + epochMillis("t.called_at") + ", " + epochMillis("t.completed_at")
            + " FROM tickets t JOIN (" + LAST_CALLS + ") c ON c.ticket = t.id JOIN events e ON e.seq = c.seq"
            + " WHERE t.day = ? AND e.actor = ?";
    /** Bind: day, day, staff: the ratings of the same tickets. */
    static final String CLERK_SCORES = "SELECT r.service, r.counter, r.score FROM tickets t"
            + " JOIN ratings r ON r.ticket_id = t.id JOIN (" + LAST_CALLS + ") c ON c.ticket = t.id"
            + " JOIN events e ON e.seq = c.seq WHERE t.day = ? AND e.actor = ?";
    /** The first hall day the live log still holds after the newest archive; null when never archived. */
    static final String ARCHIVED_BEFORE = "SELECT before_day FROM log_archives ORDER BY through_seq DESC LIMIT 1";
}
