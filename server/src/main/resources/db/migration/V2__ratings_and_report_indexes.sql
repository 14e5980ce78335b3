-- V2: visitors' ratings (好差评) and the indexes daily reports and restarts read by.

CREATE TABLE ratings (
    ticket_id TEXT    NOT NULL PRIMARY KEY REFERENCES tickets (id), -- one rating per ticket
    service   TEXT    NOT NULL,
    counter   TEXT,
    score     INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    tags      TEXT    NOT NULL,                                     -- JSON array
    comment   TEXT,
    at        TEXT    NOT NULL
);

-- Restart reads every ticket still waiting or called, whatever its day.
CREATE INDEX tickets_by_status ON tickets (status);

-- The audit trail of one day, in order.
CREATE INDEX events_by_day ON events (day, seq);
