package org.juiceledger.command.card;

/** Take a batch's print file, once. Internal to the command side: the result holds plaintext PINs. */
public record DownloadPrintFile(String batchId) {
}
