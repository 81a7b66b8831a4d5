package org.juiceledger.platform.idempotency;

import java.util.Optional;

/** The keyed request this thread is running, for what must name it in records of its own. */
public final class KeyedRequests {

    private static final ThreadLocal<RequestKey> CURRENT = new ThreadLocal<>();

    /** A login, its Idempotency-Key and the fingerprint of the request sent under it. */
    public record RequestKey(String login, String key, String requestHash) {
    }

    private KeyedRequests() {
    }

    public static Optional<RequestKey> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void runningNow(KeyedRequest keyed) {
        CURRENT.set(new RequestKey(keyed.login(), keyed.key(), keyed.requestHash()));
    }

    static void finished() {
        CURRENT.remove();
    }
}
