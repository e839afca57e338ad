-- Bulk exports (docs/exports.md): one row per export, its status and progress; the file itself lives in
-- gba.export.directory. The row outlives the instance that runs the export: an export whose instance
-- stopped is found by its heartbeat and marked FAILED and retryable by another instance (or the next
-- start-up), never lost.
--
-- Subjects are opaque byte strings, compared byte for byte (VARBINARY, not the server's collation, which
-- ignores case on MariaDB and MySQL); the hashes are SHA-256 of the subject's UTF-8 bytes. The hash in
-- running_subject_hash is set while the export is CREATED or RUNNING and NULL otherwise: its unique key
-- lets each caller run one export at a time, across instances (NULLs never clash). Instants are epoch
-- milliseconds (UTC), read and written as numbers by plain JDBC on every database.
CREATE TABLE bulk_export (
    id                    BIGINT          NOT NULL AUTO_INCREMENT,
    subject               VARBINARY(1020) NOT NULL,
    subject_hash          BINARY(32)      NOT NULL,
    running_subject_hash  BINARY(32),
    query_document        TEXT            NOT NULL,
    format                VARCHAR(8)      NOT NULL,
    language              VARCHAR(16)     NOT NULL,
    status                VARCHAR(16)     NOT NULL,
    rows_written          BIGINT          NOT NULL DEFAULT 0,
    total_count           BIGINT,
    size_bytes            BIGINT          NOT NULL DEFAULT 0,
    field_errors          BIGINT          NOT NULL DEFAULT 0,
    error_code            VARCHAR(64),
    error_message         VARCHAR(1000),
    retryable             BOOLEAN         NOT NULL DEFAULT FALSE,
    file_name             VARCHAR(200),
    instance_id           VARCHAR(64)     NOT NULL,
    attempts              INT             NOT NULL DEFAULT 1,
    created_at_millis     BIGINT          NOT NULL,
    started_at_millis     BIGINT,
    completed_at_millis   BIGINT,
    heartbeat_at_millis   BIGINT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_bulk_export_running UNIQUE (running_subject_hash)
);
CREATE INDEX ix_bulk_export_subject ON bulk_export (subject_hash, id);
CREATE INDEX ix_bulk_export_status ON bulk_export (status, heartbeat_at_millis);
