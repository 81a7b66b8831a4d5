package org.juiceledger.platform.idempotency;

/** The response a keyed request got, as kept for its retries. */
record KeptResponse(int status, String contentType, byte[] body) {

    /**
     * A 5xx (nothing was done, or it is not known what) is not kept: its retry must run or find out.
     * Neither is an error that left no body (it went to the container's error page).
     */
    boolean worthKeeping() {
        return status < 500 && (status < 400 || body.length > 0);
    }
}
