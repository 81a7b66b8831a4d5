-- The limit per meter or account asked for counts every failed attempt at that target, whatever
-- the source: a PIN guesser who changes phone numbers still meets the target's limit.
CREATE INDEX failed_attempt_target_idx ON failed_attempt (target, attempted_at);
