-- The printer's OpenPGP public key a batch named: its print file is encrypted to it on download.
ALTER TABLE card_print_file ADD COLUMN printer_public_key VARCHAR(20000);
