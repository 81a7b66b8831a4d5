package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;

/** The batch's print file left the system, once; its plaintext PINs were destroyed. */
@Revision("1")
public record PrintFileDownloaded(String batchId, boolean encryptedToPrinter) {
}
