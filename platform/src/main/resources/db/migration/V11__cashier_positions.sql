-- Command side: what each cashier's open batch has collected and what they owe, kept in the
-- transaction of the events (subscribing processor) so limits are checked against committed truth.
CREATE TABLE cashier_position (
    cashier       VARCHAR(64)    NOT NULL,
    batch_number  BIGINT         NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    owed          NUMERIC(19, 2) NOT NULL,
    special_used  NUMERIC(19, 2) NOT NULL,
    cash          NUMERIC(19, 2) NOT NULL,
    cc            NUMERIC(19, 2) NOT NULL,
    check_amount  NUMERIC(19, 2) NOT NULL,
    dc            NUMERIC(19, 2) NOT NULL,
    CONSTRAINT cashier_position_pkey PRIMARY KEY (cashier)
);

-- Which cashier's batch each counted transaction went to, so a reversal takes it back from there.
CREATE TABLE cashier_entry (
    transaction_number BIGINT         NOT NULL,
    cashier            VARCHAR(64)    NOT NULL,
    tender             VARCHAR(5),
    collected          NUMERIC(19, 2) NOT NULL,
    special            NUMERIC(19, 2) NOT NULL,
    CONSTRAINT cashier_entry_pkey PRIMARY KEY (transaction_number, cashier)
);

-- Query side: settlements, for the cashier totals report.
CREATE TABLE settlement_view (
    cashier       VARCHAR(64)    NOT NULL,
    batch_number  BIGINT         NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by     VARCHAR(64)    NOT NULL,
    expected_cash NUMERIC(19, 2) NOT NULL,
    expected_cc   NUMERIC(19, 2) NOT NULL,
    expected_check NUMERIC(19, 2) NOT NULL,
    expected_dc   NUMERIC(19, 2) NOT NULL,
    declared_cash NUMERIC(19, 2) NOT NULL,
    over_short    NUMERIC(19, 2) NOT NULL,
    CONSTRAINT settlement_view_pkey PRIMARY KEY (cashier, batch_number)
);
