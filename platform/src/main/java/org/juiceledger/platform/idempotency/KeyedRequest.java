package org.juiceledger.platform.idempotency;

/** A request under an Idempotency-Key: whose key it is, the key, and the fingerprint of the request. */
record KeyedRequest(String login, String key, String requestHash) {
}
