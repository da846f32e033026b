-- The publisher reads pending rows in id order after a cursor. Indexed by
-- (state, next_try_ms, id), SQLite had to read and sort every pending row per call; by
-- (state, id) it walks the pending rows in order and stops at the limit, and never
-- touches rows already sent.
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox(state, id);
