package org.juiceledger.query.support;

import org.juiceledger.query.projection.ProjectionProgress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The response header that says a read is not current: one entry per projection read that trails the
 * events stored when the request arrived, is stalled, stopped or rebuilding, or holds dead letters
 * (then some of its rows miss events even if it is up to date otherwise), e.g.
 * {@code X-Projection-Stale: account-projection; behind=0; dead-letters=2, ledger-projection; behind=7; stalled}.
 */
final class StaleProjections {

    static final String HEADER = "X-Projection-Stale";

    private StaleProjections() {
    }

    static Optional<String> describe(List<ProjectionProgress> progress, long written, ToLongFunction<String> deadLetters) {
        List<String> stale = new ArrayList<>();
        for (ProjectionProgress projection : progress) {
            long letters = deadLetters.applyAsLong(projection.name());
            long behind = projection.behind(written);
            if (behind == 0 && letters == 0 && !projection.stalled() && !projection.rebuilding() && projection.running()) {
                continue;
            }
            StringBuilder entry = new StringBuilder(projection.name()).append("; behind=").append(behind);
            if (letters > 0) {
                entry.append("; dead-letters=").append(letters);
            }
            if (projection.stalled()) {
                entry.append("; stalled");
            }
            if (projection.rebuilding()) {
                entry.append("; rebuilding");
            }
            if (!projection.running()) {
                entry.append("; stopped");
            }
            stale.add(entry.toString());
        }
        return stale.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", stale));
    }
}
