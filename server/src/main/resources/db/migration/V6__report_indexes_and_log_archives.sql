-- V6: reports over any period, and archiving old months out of the event log.

-- Period reports read every ticket of a range of days with these columns only: a covering index
-- answers them without touching the table (a year of a district hall is ~750,000 tickets).
CREATE INDEX tickets_for_reports ON tickets (day, counter, service, status, issued_at, called_at, completed_at);

-- Window open/close times come from the log's window rows of a period.
CREATE INDEX events_by_kind_day ON events (kind, day, seq);

-- One row per archive: the live log's rows up to through_seq were copied (chain and all) to file,
-- checked there, and removed here. The live chain then starts after through_seq, whose hash is
-- through_hash: verify-log checks the live log from that anchor, and the archive file on its own.
CREATE TABLE log_archives (
    through_seq  INTEGER NOT NULL PRIMARY KEY,
    through_hash TEXT    NOT NULL,
    before_day   TEXT    NOT NULL,   -- rows of hall days before this one were archived
    file         TEXT    NOT NULL,   -- where the archive was written, as given
    archived_at  TEXT    NOT NULL
);

CREATE TRIGGER log_archives_no_update BEFORE UPDATE ON log_archives
BEGIN
    SELECT RAISE(ABORT, 'the archive record is append-only');
END;

CREATE TRIGGER log_archives_no_delete BEFORE DELETE ON log_archives
BEGIN
    SELECT RAISE(ABORT, 'the archive record is append-only');
END;

-- Still append-only, except rows an archive record covers: those may leave, and only those.
DROP TRIGGER events_no_delete;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
WHEN OLD.seq > (SELECT coalesce(max(through_seq), 0) FROM log_archives)
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
