-- Search moves to a search engine (Hibernate Search: an embedded Lucene index, or OpenSearch; see
-- docs/search.md). The home-made index of character pairs goes. search_index_state stays: its
-- version tells the application whether the engine's index was built by the current mapping, and a
-- load of data outside the application (demo data, the benchmark's generator) empties it so that the
-- next start-up builds the index again.
DROP TABLE search_token;
DROP TABLE search_text;
DELETE FROM search_index_state;

-- Hibernate Search's outbox-polling coordination (gba.search.backend=opensearch): each write's
-- transaction adds its changes to hsearch_outbox_event; the agents of the instances (hsearch_agent)
-- share the events by entity_id_hash and index them. UUIDs are kept as text (uuid_type CHAR in
-- SearchConfiguration), one column type on every database. Unused with the Lucene backend.
CREATE TABLE hsearch_outbox_event (
    id             CHAR(36)     NOT NULL,
    entity_name    VARCHAR(256) NOT NULL,
    entity_id      VARCHAR(256) NOT NULL,
    entity_id_hash INTEGER      NOT NULL,
    payload        LONGBLOB     NOT NULL,
    retries        INTEGER      NOT NULL,
    process_after  DATETIME(6)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    tenant_id      VARCHAR(255),
    PRIMARY KEY (id)
);
CREATE INDEX ix_hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after);
CREATE INDEX ix_hsearch_outbox_event_entity_id_hash ON hsearch_outbox_event (entity_id_hash);

CREATE TABLE hsearch_agent (
    id                   CHAR(36)     NOT NULL,
    type                 VARCHAR(64)  NOT NULL,
    name                 VARCHAR(255) NOT NULL,
    expiration           DATETIME(6)  NOT NULL,
    state                VARCHAR(16)  NOT NULL,
    total_shard_count    INTEGER,
    assigned_shard_index INTEGER,
    payload              LONGBLOB,
    tenant_id            VARCHAR(255),
    PRIMARY KEY (id)
);
