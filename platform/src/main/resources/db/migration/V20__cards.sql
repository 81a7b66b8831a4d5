-- Command side: serial numbers, the PIN-hash lookup and the one-time print files.
CREATE TABLE card_serial_counter (
    id          INTEGER NOT NULL,
    next_serial BIGINT  NOT NULL,
    CONSTRAINT card_serial_counter_pkey PRIMARY KEY (id)
);
INSERT INTO card_serial_counter (id, next_serial) VALUES (1, 1);

-- Keyed HMAC-SHA-256 of each PIN (never the PIN). live: Available or Activated.
CREATE TABLE card_pin (
    pin_hash VARCHAR(64) NOT NULL,
    serial   VARCHAR(10) NOT NULL,
    live     BOOLEAN     NOT NULL,
    CONSTRAINT card_pin_pkey PRIMARY KEY (pin_hash),
    CONSTRAINT card_pin_serial_key UNIQUE (serial)
);
CREATE INDEX card_pin_live_idx ON card_pin (live);

-- The print file of a batch until its one download: AES-256-GCM ciphertext of the CSV.
CREATE TABLE card_print_file (
    batch_id   VARCHAR(40) NOT NULL,
    iv         BYTEA       NOT NULL,
    ciphertext BYTEA       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT card_print_file_pkey PRIMARY KEY (batch_id)
);

-- Query side: every card with its state, and its history.
CREATE TABLE card_view (
    serial        VARCHAR(10)    NOT NULL,
    batch_id      VARCHAR(40)    NOT NULL,
    denomination  NUMERIC(19, 2) NOT NULL,
    state         VARCHAR(10)    NOT NULL,
    custodian     VARCHAR(64),
    sale_number   BIGINT,
    redeemed_by   BIGINT,
    account_number VARCHAR(20),
    meter_number  VARCHAR(20),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT card_view_pkey PRIMARY KEY (serial)
);
CREATE INDEX card_view_state_idx ON card_view (denomination, state);

CREATE TABLE card_history (
    id          BIGINT       NOT NULL,
    serial      VARCHAR(10)  NOT NULL,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    event       VARCHAR(40)  NOT NULL,
    detail      VARCHAR(200),
    who         VARCHAR(64)  NOT NULL,
    channel     VARCHAR(8)   NOT NULL,
    CONSTRAINT card_history_pkey PRIMARY KEY (id)
);
CREATE SEQUENCE card_history_seq START WITH 1 INCREMENT BY 50;
CREATE INDEX card_history_serial_idx ON card_history (serial, id);
