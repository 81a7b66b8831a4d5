package org.juiceledger.command.card;

/**
 * Take a batch's print file, once. Internal to the command side: the result holds plaintext PINs as
 * a stream, so it is sent only to this node's handlers ({@code ThisNodeCommands}), never over a bus.
 */
public record DownloadPrintFile(String batchId) {
}
