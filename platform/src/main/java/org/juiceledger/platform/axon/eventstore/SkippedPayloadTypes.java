package org.juiceledger.platform.axon.eventstore;

import java.util.Set;

/**
 * The payload types a processor's stream leaves out, handed from the stream to the storage engine
 * that reads for it. The engine reads lazily, on the thread that asks the stream for its next
 * event, so the stream names its set for the length of each such call. The engine keeps the set
 * it was handed: the processor names more types as it meets them.
 * <p>
 * The engine compares the stored payload type's name. An upcaster that renamed a type would make
 * that comparison wrong, so upcasters here change revisions and content, never names
 * (docs/events-versioning.md).
 */
final class SkippedPayloadTypes {

    private static final ThreadLocal<Set<String>> READING_FOR = new ThreadLocal<>();

    private SkippedPayloadTypes() {
    }

    interface Read<T> {
        T read() throws InterruptedException;
    }

    /** Runs a read of the stream with its skipped type names known to the engine. */
    static <T> T whileReading(Set<String> typeNames, Read<T> read) throws InterruptedException {
        Set<String> outer = READING_FOR.get();
        READING_FOR.set(typeNames);
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

    /** The skipped type names of the stream reading on this thread, or null outside such a read. */
    static Set<String> ofTheStreamReading() {
        return READING_FOR.get();
    }
}
