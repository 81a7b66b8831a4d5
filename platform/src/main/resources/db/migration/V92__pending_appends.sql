-- With Axon Server as event store: a command's events and its rows here commit in two places.
-- Before its events go to Axon Server a command commits one row here naming them; its own
-- transaction deletes the row (or, for a keyed request, marks it committed, and the request's own
-- transaction deletes it with its record), so a row outlives its command only when a database
-- commit did not follow. See command-side's appends package and docs/architecture.md.
CREATE TABLE pending_append (
    id          VARCHAR(36)  NOT NULL,
    node_id     VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    first_event VARCHAR(255) NOT NULL,
    streams     TEXT         NOT NULL,
    login       VARCHAR(64),
    request_key VARCHAR(100),
    request_hash VARCHAR(64),
    committed   BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT pending_append_pkey PRIMARY KEY (id)
);
CREATE INDEX pending_append_request_idx ON pending_append (login, request_key);
CREATE INDEX pending_append_created_idx ON pending_append (created_at);
