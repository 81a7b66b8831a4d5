package org.juiceledger.query.audit;

/** One stored link of the hash chain (a row of {@code event_hash_chain}); hashes in hex. */
public record LinkRow(long position, String eventId, String linkHash, String previousHash,
                      String payloadHash, String metadataHash) {
}
