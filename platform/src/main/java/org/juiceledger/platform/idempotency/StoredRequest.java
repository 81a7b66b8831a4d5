package org.juiceledger.platform.idempotency;

/**
 * What the database holds for one key of one user: the fingerprint of the request (never the
 * request itself) and, once it has finished, its response.
 */
record StoredRequest(String requestHash, boolean completed, int status, String contentType, byte[] responseBody) {

    boolean sameRequestAs(String hash) {
        return requestHash.equals(hash);
    }
}
