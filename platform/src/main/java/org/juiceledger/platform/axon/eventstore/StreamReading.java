package org.juiceledger.platform.axon.eventstore;

import java.util.HashSet;
import java.util.Set;

/**
 * What a processor's stream tells the storage engine that reads for it, and what the engine notes
 * for the stream. The engine reads lazily, on the thread that asks the stream for its next event,
 * so the stream names itself for the length of each such call ({@link #whileReading}).
 * <ul>
 * <li>The payload types the processor has no handler for: the engine leaves those rows out
 * ({@link SkippingSpliterator}). The engine keeps the set it was handed: the processor names more
 * types as it meets them. It compares the stored payload type's name, so upcasters here change
 * revisions and content, never names (docs/events-versioning.md).</li>
 * <li>Whether the store can hold anything this stream has not read. After a read that had all there
 * was ({@link PrefetchingEventStorageEngine#fetchTrackedEvents}), until {@link AppendSignal} wakes
 * the processors again (every append commits before the wake that follows it), the engine answers
 * "nothing new" without a query. Axon's coordinator asks again and again each time it runs, and at
 * the head of the store each ask was a transaction of four statements: begin, the read, Axon's look
 * past a gap when the read is empty, commit.</li>
 * <li>Whether the stream is far behind the head: its last read filled its whole range with rows
 * too old for a gap before them to be filled. The engine then reads the rows the processor skips
 * without their payloads ({@link PrefetchingEventStorageEngine#fetchTrackedEvents}).</li>
 * </ul>
 */
final class StreamReading {

    private static final ThreadLocal<StreamReading> READING_FOR = new ThreadLocal<>();
    private static final long UNKNOWN = -1;

    private final Set<String> skippedTypeNames = new HashSet<>();
    private final AppendSignal signal;
    /** The signal's wakes when a read of this stream last had all there was. */
    private long hadAllAt = UNKNOWN;
    private boolean behind;

    StreamReading(AppendSignal signal) {
        this.signal = signal;
    }

    interface Read<T> {
        T read() throws InterruptedException;
    }

    /** Runs a read of the stream with this stream known to the engine. */
    <T> T whileReading(Read<T> read) throws InterruptedException {
        StreamReading outer = READING_FOR.get();
        READING_FOR.set(this);
        try {
            return read.read();
        } finally {
            if (outer == null) {
                READING_FOR.remove();
            } else {
                READING_FOR.set(outer);
            }
        }
    }

    /** The stream reading on this thread, or null outside such a read. */
    static StreamReading ofThisThread() {
        return READING_FOR.get();
    }

    void skip(String payloadTypeName) {
        skippedTypeNames.add(payloadTypeName);
    }

    Set<String> skippedTypeNames() {
        return skippedTypeNames;
    }

    /** The signal's wakes now, to be handed to {@link #read} after a read that starts now. */
    long wakes() {
        return signal.wakes();
    }

    /** Whether the store may hold events this stream has not read: false only until the next wake after it had all. */
    boolean mayHaveNew(long wakes) {
        return wakes != hadAllAt;
    }

    boolean behind() {
        return behind;
    }

    void behind(boolean behind) {
        this.behind = behind;
    }

    /** Notes a read that started when the signal said {@code wakes}, and whether it had all there was. */
    void read(boolean hadAll, long wakes) {
        hadAllAt = hadAll ? wakes : UNKNOWN;
    }
}
