package org.juiceledger.query.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.query.replay.ProjectionReplay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reports read what was written before they were asked for: a query waits (at most
 * {@code juice.query.consistency-wait}, default 2 s; {@code 0} turns it off) until every projection
 * has processed the events stored when the request arrived. A cashier who records a sale and then
 * opens the account sees the sale. While projections are being rebuilt, or one has stopped on an
 * error, nobody waits: the replay status says so. The audit and replay endpoints read the event store itself and never wait.
 */
@Component
public class ReadYourWrites implements HandlerInterceptor {

    private static final String QUERY_PACKAGE = "org.juiceledger.query";
    private static final List<String> NEVER_WAIT = List.of("org.juiceledger.query.audit",
            "org.juiceledger.query.replay", "org.juiceledger.query.verification");
    private static final long POLL_MILLIS = 5;

    private final ProjectionReplay projections;
    private final Duration wait;

    ReadYourWrites(ProjectionReplay projections, @Value("${juice.query.consistency-wait:PT2S}") Duration wait) {
        this.projections = projections;
        this.wait = wait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        if (!wait.isZero() && "GET".equals(request.getMethod()) && readsProjections(handler)) {
            awaitProjections();
        }
        return true;
    }

    private void awaitProjections() throws InterruptedException {
        ProjectionReplay.Status status = projections.status();
        long written = status.headPosition();
        Instant deadline = Instant.now().plus(wait);
        while (!status.rebuilding() && !stopped(status) && !caughtUp(status, written)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(POLL_MILLIS);
            status = projections.status();
        }
    }

    private static boolean caughtUp(ProjectionReplay.Status status, long position) {
        return status.processors().stream().allMatch(p -> p.position() >= position);
    }

    private static boolean stopped(ProjectionReplay.Status status) {
        return status.processors().stream().anyMatch(p -> p.failing() || !p.running());
    }

    private static boolean readsProjections(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return false;
        }
        String owner = method.getBeanType().getPackageName();
        return owner.startsWith(QUERY_PACKAGE) && NEVER_WAIT.stream().noneMatch(owner::startsWith);
    }
}
