-- Idempotency keys and callers (token subjects) are opaque byte strings: compared byte for byte, not
-- by the server's collation (MariaDB's and MySQL's defaults ignore case, accents and trailing spaces;
-- the embedded H2 runs with IGNORECASE=TRUE). VARBINARY holds them as UTF-8 and compares bytes on
-- every database. A subject is at most 255 characters (OpenID Connect), so a caller (subject, '@' and
-- an organisation ID) at most 1,100 bytes, and a key at most 100 characters (400 bytes).
ALTER TABLE idempotency_record MODIFY COLUMN caller VARBINARY(1100) NOT NULL;
ALTER TABLE idempotency_record MODIFY COLUMN idempotency_key VARBINARY(400) NOT NULL;
ALTER TABLE audit_entry MODIFY COLUMN subject VARCHAR(255) NOT NULL;
