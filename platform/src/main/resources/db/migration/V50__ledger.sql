-- Query side: the general ledger (docs/ledger.md). One balanced journal entry per value-moving
-- event; its lines with each ledger account's running balance; one balance row per ledger account.
CREATE TABLE journal_entry (
    id                 BIGINT       NOT NULL,
    event_id           VARCHAR(64)  NOT NULL,
    global_position    BIGINT       NOT NULL,
    source_key         VARCHAR(120) NOT NULL,
    event_type         VARCHAR(60)  NOT NULL,
    description        VARCHAR(160) NOT NULL,
    transaction_number BIGINT,
    account_number     VARCHAR(20),
    who                VARCHAR(64)  NOT NULL,
    posted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    mirror_of          VARCHAR(120),
    CONSTRAINT journal_entry_pkey PRIMARY KEY (id),
    CONSTRAINT journal_entry_event_key UNIQUE (event_id)
);
CREATE SEQUENCE journal_entry_seq START WITH 1 INCREMENT BY 50;
CREATE INDEX journal_entry_source_idx ON journal_entry (source_key);
CREATE INDEX journal_entry_transaction_idx ON journal_entry (transaction_number);

CREATE TABLE journal_line (
    id              BIGINT         NOT NULL,
    entry_id        BIGINT         NOT NULL,
    line_no         INTEGER        NOT NULL,
    ledger_account  VARCHAR(120)   NOT NULL,
    debit           NUMERIC(19, 2) NOT NULL,
    credit          NUMERIC(19, 2) NOT NULL,
    running_balance NUMERIC(19, 2) NOT NULL,
    global_position BIGINT         NOT NULL,
    posted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT journal_line_pkey PRIMARY KEY (id),
    CONSTRAINT journal_line_entry_fk FOREIGN KEY (entry_id) REFERENCES journal_entry (id),
    CONSTRAINT journal_line_one_side_check CHECK (debit >= 0 AND credit >= 0 AND (debit = 0 OR credit = 0))
);
CREATE SEQUENCE journal_line_seq START WITH 1 INCREMENT BY 50;
CREATE INDEX journal_line_entry_idx ON journal_line (entry_id, line_no);
CREATE INDEX journal_line_account_idx ON journal_line (ledger_account, posted_at, global_position);

CREATE TABLE ledger_balance (
    ledger_account VARCHAR(120)   NOT NULL,
    debit_total    NUMERIC(19, 2) NOT NULL,
    credit_total   NUMERIC(19, 2) NOT NULL,
    line_count     BIGINT         NOT NULL,
    CONSTRAINT ledger_balance_pkey PRIMARY KEY (ledger_account)
);
