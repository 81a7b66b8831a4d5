package org.juiceledger.query.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.query.projection.ProjectionHealth;
import org.juiceledger.query.projection.ProjectionProgress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reports read what was written before they were asked for: a query waits (at most
 * {@code juice.query.consistency-wait}, default 2 s; {@code 0} turns it off) until the projections it
 * reads ({@link ReadsProjections}; every one if not said) have processed the events stored when the
 * request arrived. A cashier who records a sale and then opens the account sees the sale.
 * Nobody waits for a projection that is being rebuilt, stopped, or stalled on a failure; instead the
 * response names every projection it read that is not current ({@link StaleProjections}). The audit,
 * replay, verification and dead-letter endpoints read the event store or the processors and never wait.
 */
@Component
@EnableConfigurationProperties(QueryProperties.class)
public class ReadYourWrites implements HandlerInterceptor {

    private static final String QUERY_PACKAGE = "org.juiceledger.query";
    private static final List<String> NEVER_WAIT = List.of("org.juiceledger.query.audit",
            "org.juiceledger.query.replay", "org.juiceledger.query.verification", "org.juiceledger.query.projection");
    private static final long POLL_MILLIS = 5;

    private final ProjectionHealth projections;
    private final Duration wait;

    ReadYourWrites(ProjectionHealth projections, QueryProperties settings) {
        this.projections = projections;
        this.wait = settings.consistencyWait();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        if ("GET".equals(request.getMethod()) && handler instanceof HandlerMethod method && readsProjections(method)) {
            Predicate<String> read = projectionsReadBy(method);
            long written = projections.headPosition();
            List<ProjectionProgress> progress = await(read, written);
            StaleProjections.describe(progress, written, projections::deadLetters)
                    .ifPresent(stale -> response.setHeader(StaleProjections.HEADER, stale));
        }
        return true;
    }

    /**
     * Waits, at most {@code juice.query.consistency-wait}, until the projections {@code read} names have
     * processed every event up to {@code written} (never for one rebuilt, stopped or stalled), and
     * answers their progress then. The staff console's pages wait through this too.
     */
    public List<ProjectionProgress> await(Predicate<String> read, long written) throws InterruptedException {
        // a wait measured, not a time of day: the monotonic clock
        long deadline = System.nanoTime() + wait.toNanos();
        List<ProjectionProgress> progress = projections.progress(read);
        while (progress.stream().anyMatch(p -> p.worthWaitingFor(written)) && System.nanoTime() - deadline < 0) {
            Thread.sleep(POLL_MILLIS);
            progress = projections.progress(read);
        }
        return progress;
    }

    private static Predicate<String> projectionsReadBy(HandlerMethod method) {
        ReadsProjections reads = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ReadsProjections.class);
        if (reads == null) {
            reads = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ReadsProjections.class);
        }
        if (reads == null) {
            return name -> true;
        }
        return Set.of(reads.value())::contains;
    }

    private static boolean readsProjections(HandlerMethod method) {
        String owner = method.getBeanType().getPackageName();
        return owner.startsWith(QUERY_PACKAGE) && NEVER_WAIT.stream().noneMatch(owner::startsWith);
    }
}
