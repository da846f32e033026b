-- Multipart uploads in progress, so an interrupted upload resumes on the next run.
CREATE TABLE uploads (
    object_key  TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    upload_id   TEXT NOT NULL,
    parts       TEXT NOT NULL DEFAULT '{}',   -- JSON object: part number -> ETag
    started_ms  INTEGER NOT NULL,
    PRIMARY KEY (object_key, file_sha256)
) WITHOUT ROWID;
