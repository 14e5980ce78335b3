-- V1: the event log (the audit trail) and the latest state of every ticket and window.
-- Times are UTC ISO-8601 text with nine fraction digits: exact, readable, and sortable as text.
-- Days are the hall's local dates (YYYY-MM-DD). Sets and lists are JSON arrays.

CREATE TABLE events (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: a sequence number is never reused
    at         TEXT    NOT NULL,
    day        TEXT    NOT NULL,                  -- hall date of "at"
    kind       TEXT    NOT NULL,                  -- HallEvent.Kind name, e.g. TICKET_ISSUED
    actor      TEXT,
    ticket_ids TEXT    NOT NULL,                  -- JSON array, in the event's order
    payload    TEXT    NOT NULL                   -- the whole event as JSON
);

-- The log is evidence: the database itself refuses to rewrite it.
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;

CREATE TABLE tickets (
    id               TEXT    NOT NULL PRIMARY KEY, -- NOT NULL: SQLite would otherwise allow a null text key
    day              TEXT    NOT NULL,
    number           TEXT    NOT NULL,
    service          TEXT    NOT NULL,
    priority         TEXT    NOT NULL,             -- wire names: normal, priority
    channel          TEXT    NOT NULL,             -- kiosk, mobile, staff, appointment
    language         TEXT,
    status           TEXT    NOT NULL,             -- waiting, called, completed, no_show, cancelled
    issue_order      INTEGER NOT NULL,             -- Ticket.order: place in time, kept across transfers
    counter          TEXT,
    target_counter   TEXT,
    issued_at        TEXT    NOT NULL,
    called_at        TEXT,
    completed_at     TEXT,
    recalls          INTEGER NOT NULL,
    estimate_minutes REAL,                         -- null stands for NaN, which SQLite cannot hold
    rated            INTEGER NOT NULL,             -- 0 or 1
    UNIQUE (day, number)                           -- the contract: no two tickets of one day share a number
);

CREATE TABLE counters (
    id             TEXT NOT NULL PRIMARY KEY,
    status         TEXT NOT NULL,                  -- open, paused, closed
    profile        TEXT NOT NULL,                  -- JSON array of service ids, "*" for all
    skills         TEXT NOT NULL,                  -- JSON array
    current_ticket TEXT,
    last_ticket    TEXT,
    staff          TEXT
);
