package org.juiceledger.platform.transaction;

import java.util.function.Predicate;

/** A failure and its causes, walked to a bounded depth (a cause chain can loop). */
public final class Causes {

    private static final int DEPTH_MAX = 20;

    private Causes() {
    }

    /** Whether the failure or one of its causes passes the test. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        return first(failure, test) != null;
    }

    /** The failure itself or its first cause of that type, or null. */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable found = first(failure, type::isInstance);
        return found == null ? null : type.cast(found);
    }

    private static Throwable first(Throwable failure, Predicate<Throwable> test) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH_MAX; depth++, cause = cause.getCause()) {
            if (test.test(cause)) {
                return cause;
            }
        }
        return null;
    }
}
