-- V4: the event log becomes a hash chain, so that a changed, inserted or removed row shows
-- (java -jar onewindow-hub.jar verify-log --data DIR). Each row carries the hash of the row
-- before it and its own: hash = SHA-256 over (prev_hash, seq, at, day, kind, actor, ticket_ids,
-- payload), length-prefixed; the first row's prev_hash is 64 zeros. See store/EventChain.java.
-- Rows written before V4 are chained by the Java step that runs after this script, in the same
-- transaction (Migrations.JAVA_STEPS).

ALTER TABLE events ADD COLUMN prev_hash TEXT;
ALTER TABLE events ADD COLUMN hash TEXT;

-- Still append-only; the one update allowed is the V4 step filling in the two new columns of a
-- row that has no hash yet. Every other column, and every chained row, stays as it was written.
DROP TRIGGER events_no_update;

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
WHEN OLD.hash IS NOT NULL OR OLD.prev_hash IS NOT NULL
    OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at OR NEW.day IS NOT OLD.day
    OR NEW.kind IS NOT OLD.kind OR NEW.actor IS NOT OLD.actor
    OR NEW.ticket_ids IS NOT OLD.ticket_ids OR NEW.payload IS NOT OLD.payload
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
