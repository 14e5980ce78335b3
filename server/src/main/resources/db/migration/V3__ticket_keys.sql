-- V3: ticket keys. A ticket's id is public (boards, events); acting for its visitor needs its key.
-- Tickets stored before keys existed get a fresh random one (SQLite's randomblob draws from its
-- CSPRNG): no one outside holds it, so only staff can act on them, as before for cancel.
ALTER TABLE tickets ADD COLUMN ticket_key TEXT;
UPDATE tickets SET ticket_key = lower(hex(randomblob(16))) WHERE ticket_key IS NULL;
