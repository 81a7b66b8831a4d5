-- Query side: every amount a cashier collected (or gave back by a reversal), with the batch it
-- fell in, for the cashier totals report.
CREATE TABLE cashier_activity (
    id                 BIGINT         NOT NULL,
    cashier            VARCHAR(64)    NOT NULL,
    batch_number       BIGINT         NOT NULL,
    business_day       DATE           NOT NULL,
    happened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    transaction_number BIGINT         NOT NULL,
    type               VARCHAR(12)    NOT NULL,
    tender             VARCHAR(5)     NOT NULL,
    amount             NUMERIC(19, 2) NOT NULL,
    CONSTRAINT cashier_activity_pkey PRIMARY KEY (id)
);
CREATE SEQUENCE cashier_activity_seq START WITH 1 INCREMENT BY 50;
CREATE INDEX cashier_activity_cashier_idx ON cashier_activity (cashier, happened_at);
CREATE INDEX cashier_activity_transaction_idx ON cashier_activity (transaction_number);
