package org.juiceledger.standalone.console.support;

import org.juiceledger.query.projection.ProjectionHealth;
import org.juiceledger.query.projection.ProjectionProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Read your writes on console pages, as the API's {@code ReadYourWrites} does for its GETs: before a
 * page reads a projection, wait (at most {@code juice.query.consistency-wait}) until it has processed
 * every event stored when the page was asked for, never for one that is rebuilt or stalled. A
 * cashier who sells and is sent back to the account sees the sale. Says which one is still behind.
 */
@Component
public class ConsoleReads {

    private static final long POLL_MILLIS = 5;
    private final ProjectionHealth projections;
    private final Duration wait;

    ConsoleReads(ProjectionHealth projections, @Value("${juice.query.consistency-wait:PT2S}") Duration wait) {
        this.projections = projections;
        this.wait = wait;
    }

    /** Waits for these projections; answers the names of those still not current (empty when all are). */
    public List<String> await(String... names) {
        Set<String> read = Set.of(names);
        long written = projections.headPosition();
        Instant deadline = Instant.now().plus(wait);
        List<ProjectionProgress> progress = projections.progress(read::contains);
        while (progress.stream().anyMatch(p -> p.worthWaitingFor(written)) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            progress = projections.progress(read::contains);
        }
        return progress.stream().filter(p -> p.stalled() || p.behind(written) > 0).map(ProjectionProgress::name).toList();
    }
}
