-- Query-side nodes that run event processors, each with the time it last said it was alive. The
-- segment balancer counts the live ones to give each node its share of every processor's segments
-- (see docs/operations.md, "Several nodes on one PostgreSQL"). Portable SQL: PostgreSQL and H2.
CREATE TABLE processing_node (
    node_id      VARCHAR(255)             NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT processing_node_pkey PRIMARY KEY (node_id)
);
