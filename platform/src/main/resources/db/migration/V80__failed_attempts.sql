-- Command side: failed attempts to redeem a card (PIN guessing), one row per attempt, kept for
-- audit and for the limit on failures per source (FailedAttemptLimiter). A source is a kind and
-- an id: CLIENT_ADDRESS (web page), PHONE_NUMBER (SMS), CALLER_ID (IVR), CASHIER, TARGET. Never
-- the PIN. An attempt is claimed (PENDING) before it runs, so attempts in parallel are counted
-- too; it then becomes FAILED (counted: the PIN redeemed no card), REFUSED (recorded, not
-- counted: an unknown meter, say), or is removed (it succeeded, or was no attempt after all).
CREATE TABLE failed_attempt (
    attempt_id   VARCHAR(36)  NOT NULL,
    source_kind  VARCHAR(20)  NOT NULL,
    source_id    VARCHAR(128) NOT NULL,
    channel      VARCHAR(10)  NOT NULL,
    via          VARCHAR(64),
    target       VARCHAR(64),
    outcome      VARCHAR(10)  NOT NULL,
    reason       VARCHAR(40),
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT failed_attempt_pkey PRIMARY KEY (attempt_id),
    CONSTRAINT failed_attempt_outcome_check CHECK (outcome IN ('PENDING', 'FAILED', 'REFUSED'))
);
CREATE INDEX failed_attempt_source_idx ON failed_attempt (source_kind, source_id, attempted_at);
CREATE INDEX failed_attempt_time_idx ON failed_attempt (attempted_at);
