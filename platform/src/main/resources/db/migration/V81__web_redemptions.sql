-- Command side: what the customer web page showed for a redemption, by a keyed digest of the
-- form (its one-time number, the meter and the PIN; never the PIN itself). Claimed (RUNNING)
-- before the redemption is sent, DONE with the result afterwards, so a form sent twice (a double
-- click, a reload) shows the first result instead of redeeming again or reading as a failure.
-- Removed when the redemption was refused; rows are dropped after a day.
CREATE TABLE web_redemption (
    request_digest VARCHAR(64)   NOT NULL,
    state          VARCHAR(7)    NOT NULL,
    result         VARCHAR(2000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT web_redemption_pkey PRIMARY KEY (request_digest),
    CONSTRAINT web_redemption_state_check CHECK (state IN ('RUNNING', 'DONE'))
);
CREATE INDEX web_redemption_created_idx ON web_redemption (created_at);
