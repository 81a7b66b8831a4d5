-- Tamper evidence for the event store: a SHA-256 hash chain over domainevententry in global index
-- order, one link per event, extended by the query side's HashChainLinker (see docs/audit.md).
-- link_hash = SHA-256(previous link, every column of the event); payload_hash and metadata_hash are
-- only diagnostic (they let a verification say which part of a changed event changed).
-- Hashes are lowercase hex. Portable SQL: runs on PostgreSQL and on H2 (PostgreSQL mode).
CREATE TABLE event_hash_chain (
    global_index     BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    link_hash        VARCHAR(64)  NOT NULL,
    previous_hash    VARCHAR(64)  NOT NULL,
    payload_hash     VARCHAR(64)  NOT NULL,
    metadata_hash    VARCHAR(64),
    linked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT event_hash_chain_pkey PRIMARY KEY (global_index),
    CONSTRAINT event_hash_chain_event_key UNIQUE (event_identifier)
);

-- One row, locked (SELECT ... FOR UPDATE) by whichever node extends the chain, so that only one
-- writer at a time appends links even when several query-side nodes run the linker.
CREATE TABLE event_hash_chain_lock (
    id INTEGER NOT NULL,
    CONSTRAINT event_hash_chain_lock_pkey PRIMARY KEY (id)
);
INSERT INTO event_hash_chain_lock (id) VALUES (1);
