package org.juiceledger.query.verification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects mismatches: every one is counted per projection, only the first {@code limit} are kept. */
final class Mismatches {

    private final int limit;
    private final List<Mismatch> kept = new ArrayList<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    Mismatches(int limit) {
        this.limit = limit;
    }

    void add(Mismatch mismatch) {
        counts.merge(mismatch.projection(), 1L, Long::sum);
        if (kept.size() < limit) {
            kept.add(mismatch);
        }
    }

    List<Mismatch> kept() {
        return Collections.unmodifiableList(kept);
    }

    Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
