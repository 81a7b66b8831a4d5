-- The card projection writes its history lines with JDBC batches (CardRows), not through
-- Hibernate's pooled id allocation: the database numbers them, one by one, in the order written.
ALTER SEQUENCE card_history_seq INCREMENT BY 1;
ALTER TABLE card_history ALTER COLUMN id SET DEFAULT nextval('card_history_seq');
