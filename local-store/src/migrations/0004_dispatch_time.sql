-- When each job's current attempt was dispatched (its command written to the outbox).
-- The engine times a device out from this moment; `stage_ms` alone moves with every
-- stage and cannot tell how long the whole attempt has taken.
ALTER TABLE jobs ADD COLUMN dispatched_ms INTEGER;
