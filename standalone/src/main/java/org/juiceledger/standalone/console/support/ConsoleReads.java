package org.juiceledger.standalone.console.support;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.query.projection.ProjectionHealth;
import org.juiceledger.query.projection.ProjectionProgress;
import org.juiceledger.query.support.ReadYourWrites;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Read your writes on console pages through the API's own {@link ReadYourWrites}: before a page
 * reads a projection, wait (at most {@code juice.query.consistency-wait}) until it has processed
 * every event stored when the page was asked for, never for one that is rebuilt or stalled. A
 * cashier who sells and is sent back to the account sees the sale. Says which one is still behind.
 */
@Component
public class ConsoleReads {

    private final ProjectionHealth projections;
    private final ReadYourWrites readYourWrites;

    ConsoleReads(ProjectionHealth projections, ReadYourWrites readYourWrites) {
        this.projections = projections;
        this.readYourWrites = readYourWrites;
    }

    /** Waits for these projections; answers the names of those still not current (empty when all are). */
    public List<String> await(String... names) {
        Set<String> read = Set.of(names);
        long written = projections.headPosition();
        List<ProjectionProgress> progress;
        try {
            progress = readYourWrites.await(read::contains, written);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress = projections.progress(read::contains);
        }
        return progress.stream().filter(p -> p.stalled() || p.behind(written) > 0).map(ProjectionProgress::name).toList();
    }

    /**
     * For a download, which cannot carry the page's warning: waits as {@link #await} does, and refuses
     * (503 {@code PROJECTION_STALE}) while a projection it reads is still not current.
     */
    public void requireCurrent(String... names) {
        List<String> stale = await(names);
        if (!stale.isEmpty()) {
            throw new DomainException(ErrorCode.PROJECTION_STALE, "Not current yet: " + String.join(", ", stale)
                    + ". The file would trail the newest events; download it again in a moment.");
        }
    }
}
