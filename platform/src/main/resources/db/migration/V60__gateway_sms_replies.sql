-- Command side: the reply to each text message a gateway delivered, by the gateway's login and
-- its message id, so that a retried delivery redeems nothing more and gets the same text. Written
-- in the transaction of the redemption (a refusal on its own). A reply never holds the PIN.
CREATE TABLE gateway_sms_reply (
    gateway            VARCHAR(64)  NOT NULL,
    message_id         VARCHAR(100) NOT NULL,
    reply              VARCHAR(500) NOT NULL,
    transaction_number BIGINT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gateway_sms_reply_pkey PRIMARY KEY (gateway, message_id)
);
CREATE INDEX gateway_sms_reply_created_idx ON gateway_sms_reply (created_at);
