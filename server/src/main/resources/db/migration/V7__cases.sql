-- V7: the 差评 cases a rating of 1 or 2 opens, and their follow-up steps. Every change to these tables
-- is also a row of the event log (CASE_OPENED, CASE_CALLBACK, …) in the same transaction.
-- A case's id is its ticket's: a ticket is rated once, so it opens at most one case.

CREATE TABLE cases (
    id           TEXT    NOT NULL PRIMARY KEY,
    ticket_id    TEXT    NOT NULL,
    number       TEXT    NOT NULL,
    counter      TEXT,
    staff        TEXT,                           -- the clerk who served the visitor, if known
    service      TEXT    NOT NULL,
    score        INTEGER NOT NULL,
    tags         TEXT    NOT NULL,               -- JSON array
    comment      TEXT,
    opened_at    TEXT    NOT NULL,
    opened_day   TEXT    NOT NULL,               -- hall date of opened_at
    callback_due TEXT    NOT NULL,               -- last hall date the callback is on time
    rectify_due  TEXT    NOT NULL
);

CREATE INDEX cases_by_day ON cases (opened_day, counter);

CREATE TABLE case_steps (
    case_id TEXT    NOT NULL REFERENCES cases (id),
    n       INTEGER NOT NULL,                    -- 1, 2, … in the order recorded
    kind    TEXT    NOT NULL,                    -- CaseStep.Kind name
    at      TEXT    NOT NULL,
    actor   TEXT    NOT NULL,
    note    TEXT,
    PRIMARY KEY (case_id, n)
);
