-- V5: paired devices (CONTRACT §6). One row per device that holds a token; revoking deletes the row,
-- and the event log keeps who paired and revoked what, when. Only a hash of each token is kept.
CREATE TABLE device_pairings (
    device_id  TEXT NOT NULL PRIMARY KEY,   -- the hall file's device id
    kind       TEXT NOT NULL,               -- kiosk, pad, agent
    token_hash TEXT NOT NULL UNIQUE,        -- SHA-256 of the token, hex
    paired_at  TEXT NOT NULL,
    paired_by  TEXT                         -- the manager who approved
);
