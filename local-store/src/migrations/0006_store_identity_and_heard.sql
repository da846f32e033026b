-- The store's own identity: a random id made once, from which the engine derives its
-- default MQTT client id, so two stores on one broker never share a session.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('store_id', lower(hex(randomblob(8))));

-- When the device last spoke about its current command (any status for it, applied or
-- not). A device is timed out after this long a silence, not after this long a job.
ALTER TABLE jobs ADD COLUMN heard_ms INTEGER;

-- The engine looks up the offline devices every tick: few, among many.
CREATE INDEX devices_offline ON devices(id) WHERE presence = 'offline';
