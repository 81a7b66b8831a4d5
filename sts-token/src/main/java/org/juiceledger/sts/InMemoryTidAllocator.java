package org.juiceledger.sts;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe allocator for one process (tests, tools); applications keep the last TID in their
 * database. It can start from last minutes saved elsewhere, which is what a restart looks like.
 */
public final class InMemoryTidAllocator implements TidAllocator {

    private final ConcurrentHashMap<String, Integer> last = new ConcurrentHashMap<>();

    public InMemoryTidAllocator() {
    }

    /** Starts from the last minute granted to each meter before (e.g. read back after a restart). */
    public InMemoryTidAllocator(Map<String, Integer> lastGranted) {
        last.putAll(lastGranted);
    }

    @Override
    public int allocate(String meterNumber, int currentMinute) {
        // merge is atomic per key: concurrent callers for one meter each see the other's grant.
        return last.merge(meterNumber, currentMinute, (previous, now) -> Math.max(previous + 1, now));
    }

    /** The last minute granted to {@code meterNumber}, if any. */
    public OptionalInt lastGranted(String meterNumber) {
        Integer minute = last.get(meterNumber);
        return minute == null ? OptionalInt.empty() : OptionalInt.of(minute);
    }
}
