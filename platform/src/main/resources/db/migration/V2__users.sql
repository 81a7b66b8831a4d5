-- People and gateways that may sign in. Passwords are bcrypt hashes; limits are in currency units.
CREATE TABLE app_user (
    login         VARCHAR(64)    NOT NULL,
    name          VARCHAR(100)   NOT NULL,
    password_hash VARCHAR(100)   NOT NULL,
    vendor_limit  NUMERIC(19, 2) NOT NULL,
    special_limit NUMERIC(19, 2) NOT NULL,
    enabled       BOOLEAN        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(64)    NOT NULL,
    CONSTRAINT app_user_pkey PRIMARY KEY (login)
);

CREATE TABLE app_user_role (
    login VARCHAR(64) NOT NULL,
    role  VARCHAR(20) NOT NULL,
    CONSTRAINT app_user_role_pkey PRIMARY KEY (login, role),
    CONSTRAINT app_user_role_user_fk FOREIGN KEY (login) REFERENCES app_user (login)
);
