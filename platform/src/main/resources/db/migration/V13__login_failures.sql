-- Failed sign-ins per login, for locking a login after too many in a window (never the password).
CREATE TABLE login_failure (
    login     VARCHAR(128) NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failure_login_idx ON login_failure (login, failed_at);
