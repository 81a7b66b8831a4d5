-- Command side: numbers and lookup tables written in the same unit of work as the events.
CREATE SEQUENCE account_number_seq START WITH 10000001 INCREMENT BY 1 NO CYCLE;
CREATE SEQUENCE transaction_number_seq START WITH 1000001 INCREMENT BY 1 NO CYCLE;

-- A meter belongs to one account at a time. last_token_minute: the newest STS token's TID
-- (minutes since the meter's base date), so the next token takes a later minute.
CREATE TABLE meter_registry (
    meter_number      VARCHAR(20) NOT NULL,
    account_number    VARCHAR(20) NOT NULL,
    kind              VARCHAR(3)  NOT NULL,
    last_token_minute BIGINT,
    CONSTRAINT meter_registry_pkey PRIMARY KEY (meter_number)
);

-- Which aggregates a transaction number touched: accounts (a transfer or an adjustment touches
-- several) or a card sale.
CREATE TABLE transaction_index (
    transaction_number BIGINT      NOT NULL,
    owner_kind         VARCHAR(10) NOT NULL,
    owner_id           VARCHAR(40) NOT NULL,
    CONSTRAINT transaction_index_pkey PRIMARY KEY (transaction_number, owner_kind, owner_id)
);

-- Query side: the account overview and the transaction search.
CREATE TABLE account_view (
    account_number  VARCHAR(20)    NOT NULL,
    name            VARCHAR(100)   NOT NULL,
    phone           VARCHAR(20),
    email           VARCHAR(254),
    tariff_id       VARCHAR(40)    NOT NULL,
    wallet_balance  NUMERIC(19, 2) NOT NULL,
    arrears_balance NUMERIC(19, 2) NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by       VARCHAR(64)    NOT NULL,
    CONSTRAINT account_view_pkey PRIMARY KEY (account_number)
);

CREATE TABLE meter_view (
    meter_number      VARCHAR(20) NOT NULL,
    account_number    VARCHAR(20) NOT NULL,
    kind              VARCHAR(3)  NOT NULL,
    supply_group_code VARCHAR(6),
    tariff_index      VARCHAR(2),
    key_revision      INTEGER,
    key_type          INTEGER,
    base_date         INTEGER,
    algorithm         VARCHAR(4),
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT meter_view_pkey PRIMARY KEY (meter_number)
);
CREATE INDEX meter_view_account_idx ON meter_view (account_number);

CREATE TABLE transaction_view (
    transaction_number BIGINT         NOT NULL,
    account_number     VARCHAR(20)    NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    type               VARCHAR(12)    NOT NULL,
    original_type      VARCHAR(12)    NOT NULL,
    status             VARCHAR(8)     NOT NULL,
    meter_number       VARCHAR(20),
    token              VARCHAR(20),
    units              NUMERIC(19, 2) NOT NULL,
    unit_type          VARCHAR(8)     NOT NULL,
    amount             NUMERIC(19, 2) NOT NULL,
    arrears_amount     NUMERIC(19, 2) NOT NULL,
    total              NUMERIC(19, 2) NOT NULL,
    wallet_change      NUMERIC(19, 2) NOT NULL,
    tender             VARCHAR(5),
    tendered           NUMERIC(19, 2),
    change_given       NUMERIC(19, 2),
    cashier            VARCHAR(64)    NOT NULL,
    channel            VARCHAR(8)     NOT NULL,
    reversal_of        BIGINT,
    reversed_by        BIGINT,
    counterparty       VARCHAR(20),
    note               VARCHAR(200),
    CONSTRAINT transaction_view_pkey PRIMARY KEY (transaction_number, account_number)
);
CREATE INDEX transaction_view_account_idx ON transaction_view (account_number, transaction_number);
CREATE INDEX transaction_view_cashier_idx ON transaction_view (cashier, recorded_at);
CREATE INDEX transaction_view_recorded_idx ON transaction_view (recorded_at);
