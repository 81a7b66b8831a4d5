package org.juiceledger.command.card;

/** A batch's print file as it leaves: the CSV, or the CSV encrypted to the printer's OpenPGP key. */
public record PrintFile(byte[] content, boolean encryptedToPrinter) {
}
