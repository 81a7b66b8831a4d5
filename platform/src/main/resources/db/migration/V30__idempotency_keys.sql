-- Idempotency-Key: one row per (user, key). Claimed (IN_PROGRESS) before the request runs, then
-- COMPLETED with the response to replay. The request is kept only as a SHA-256 of method, path
-- and body (bodies may hold PINs or passwords). Rows expire after juice.idempotency.retention.
CREATE TABLE idempotent_request (
    login         VARCHAR(64)  NOT NULL,
    request_key   VARCHAR(100) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    claim_id      VARCHAR(36)  NOT NULL,
    state         VARCHAR(11)  NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(255),
    response_body BYTEA,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotent_request_pkey PRIMARY KEY (login, request_key),
    CONSTRAINT idempotent_request_state_check CHECK (state IN ('IN_PROGRESS', 'COMPLETED'))
);
CREATE INDEX idempotent_request_created_idx ON idempotent_request (created_at);
