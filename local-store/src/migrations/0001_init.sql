-- otactl store, schema version 1. Times are Unix milliseconds (UTC).
CREATE TABLE devices (
    id               TEXT PRIMARY KEY,
    hw               TEXT NOT NULL,
    tags             TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    firmware_version TEXT,
    counter          INTEGER NOT NULL DEFAULT 0,
    presence         TEXT,                         -- online | offline | NULL (unknown)
    last_seen_ms     INTEGER,
    source           TEXT NOT NULL DEFAULT 'import', -- import | inventory
    created_ms       INTEGER NOT NULL,
    updated_ms       INTEGER NOT NULL
);
CREATE INDEX devices_hw ON devices(hw);

CREATE TABLE artifacts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    version     TEXT NOT NULL,
    counter     INTEGER NOT NULL,
    hw          TEXT NOT NULL,          -- JSON array
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    key_id      TEXT NOT NULL,
    manifest    TEXT NOT NULL,          -- the trusted comment, verbatim
    minisig     TEXT NOT NULL,          -- the whole .minisig file
    path        TEXT,                   -- local file, when known
    object_key  TEXT,                   -- key in the bucket once uploaded
    expires_ms  INTEGER,
    created_ms  INTEGER NOT NULL,
    UNIQUE (name, version)
);

CREATE TABLE rollouts (
    id          TEXT PRIMARY KEY,
    artifact_id INTEGER NOT NULL REFERENCES artifacts(id),
    selector    TEXT NOT NULL,
    policy      TEXT NOT NULL,          -- JSON: thresholds, timeouts, windows, retries
    state       TEXT NOT NULL,          -- scheduled | running | paused | completed | aborted | failed | cancelled
    reason      TEXT,
    current_batch INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 0,
    created_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL
);

CREATE TABLE batches (
    rollout_id  TEXT NOT NULL REFERENCES rollouts(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    size        INTEGER NOT NULL,
    state       TEXT NOT NULL,          -- waiting | running | soaking | passed | failed
    started_ms  INTEGER,
    finished_ms INTEGER,
    PRIMARY KEY (rollout_id, idx)
) WITHOUT ROWID;

CREATE TABLE jobs (
    id             TEXT PRIMARY KEY,
    rollout_id     TEXT NOT NULL REFERENCES rollouts(id) ON DELETE CASCADE,
    device_id      TEXT NOT NULL,       -- no FK: history outlives a removed device
    batch          INTEGER NOT NULL DEFAULT 0,
    state          TEXT NOT NULL,
    attempt        INTEGER NOT NULL DEFAULT 0,
    command_id     TEXT,
    target_version TEXT NOT NULL,
    progress       INTEGER,
    reason         TEXT,                -- why it failed / was refused, e.g. version_mismatch
    version        INTEGER NOT NULL DEFAULT 0,  -- optimistic lock
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL,
    stage_ms       INTEGER NOT NULL,    -- when the current state was entered
    finished_ms    INTEGER,
    UNIQUE (rollout_id, device_id)
);
CREATE INDEX jobs_device ON jobs(device_id);


-- Keyed by (device_id, msg_id): a redelivery is a no-op at the primary key, and one
-- b-tree serves both dedupe and a device's history.
CREATE TABLE status_events (
    device_id        TEXT NOT NULL,
    msg_id           TEXT NOT NULL,
    job_id           TEXT NOT NULL,
    command_id       TEXT NOT NULL,
    status           TEXT NOT NULL,
    progress         INTEGER,
    seq              INTEGER,
    firmware_version TEXT,
    error_code       TEXT,
    error_message    TEXT,
    device_ts        TEXT,
    received_ms      INTEGER NOT NULL,
    outcome          TEXT NOT NULL,      -- applied | refused:<reason>
    PRIMARY KEY (device_id, msg_id)
) WITHOUT ROWID;

CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY,
    topic         TEXT NOT NULL,
    payload       BLOB NOT NULL,
    job_id        TEXT,
    command_id    TEXT,
    state         TEXT NOT NULL DEFAULT 'pending',  -- pending | sent | dead
    tries         INTEGER NOT NULL DEFAULT 0,
    next_try_ms   INTEGER NOT NULL,
    last_error    TEXT,
    created_ms    INTEGER NOT NULL,
    sent_ms       INTEGER
);
CREATE INDEX outbox_pending ON outbox(state, next_try_ms, id);

CREATE TABLE dead_letters (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,          -- ingest | outbox
    topic       TEXT,
    payload     BLOB,
    reason      TEXT NOT NULL,
    detail      TEXT,
    created_ms  INTEGER NOT NULL
);

CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    ts_ms       INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    command     TEXT NOT NULL,
    args        TEXT NOT NULL,          -- JSON array, secrets redacted
    outcome     TEXT NOT NULL DEFAULT 'ok'
);
