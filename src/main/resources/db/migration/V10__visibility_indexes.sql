-- What anyone may list is a matter of status and archiving (AccessPolicy: published statuses, not
-- archived), so the count of a connection for anonymous callers (its totalCount) is
-- `status IN (...) AND archived_at IS NULL`. With (status, id) alone the database reads the table's
-- rows for archived_at: at SF 10 a full scan of cross_border_project (93 MiB), 0.34-0.42 s alone on
-- MariaDB 10.11 with its default 128 MiB buffer pool; with (status, archived_at) it scans this small
-- index instead (under 0.02 s). Measured on the benchmark's SF 10 data (BENCHMARKS.md, issue 16).
CREATE INDEX ix_joint_lab_visible ON joint_lab (status, archived_at);
CREATE INDEX ix_project_visible ON cross_border_project (status, archived_at);
CREATE INDEX ix_event_visible ON investment_event (status, archived_at);
CREATE INDEX ix_arrangement_visible ON talent_arrangement (status, archived_at);
