-- Writes: archiving, idempotent retries and the audit trail.

-- Archived records are kept (they are referred to) but hidden from everyone but coordinators.
ALTER TABLE organization ADD COLUMN archived_at DATETIME(6);
ALTER TABLE person ADD COLUMN archived_at DATETIME(6);
ALTER TABLE joint_lab ADD COLUMN archived_at DATETIME(6);
ALTER TABLE investment_event ADD COLUMN archived_at DATETIME(6);
ALTER TABLE talent_arrangement ADD COLUMN archived_at DATETIME(6);
ALTER TABLE cross_border_project ADD COLUMN archived_at DATETIME(6);

-- One row per successful mutation sent with an idempotency key: a retry with the same key (per
-- caller) and the same request returns the recorded result instead of writing again. The unique
-- key makes concurrent retries wait for, then read, the first one's row, across app instances.
CREATE TABLE idempotency_record (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    caller          VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    mutation        VARCHAR(60)  NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    result_id       VARCHAR(120),
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_idempotency_record UNIQUE (caller, idempotency_key)
);

-- Who changed what, when: one row per successful mutation and changed object. `changes` is a JSON
-- array of {"field", "before", "after"}.
CREATE TABLE audit_entry (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at      DATETIME(6)   NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    organization_id  BIGINT,
    object_type      VARCHAR(60)   NOT NULL,
    object_id        BIGINT        NOT NULL,
    action           VARCHAR(60)   NOT NULL,
    changes          VARCHAR(8000) NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_object ON audit_entry (object_type, object_id, occurred_at, id);
