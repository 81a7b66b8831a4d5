-- A print file is kept in parts, so a batch of a million cards is written and downloaded without
-- holding the whole file in memory. card_print_file then holds the file's own random data key,
-- wrapped under the key derived from the PIN key (iv, ciphertext), and how many parts it has; each
-- part is AES-256-GCM under that data key. The download deletes the key row in its transaction, so
-- the parts can never be read again even if deleting them after the stream fails.
-- A row with parts NULL is a file stored whole before this version (ciphertext is the file).
ALTER TABLE card_print_file ADD COLUMN parts INTEGER;

CREATE TABLE card_print_file_part (
    batch_id   VARCHAR(40) NOT NULL,
    part       INTEGER     NOT NULL,
    iv         BYTEA       NOT NULL,
    ciphertext BYTEA       NOT NULL,
    CONSTRAINT card_print_file_part_pkey PRIMARY KEY (batch_id, part)
);
