package org.juiceledger.query.verification;

import jakarta.annotation.PreDestroy;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.time.IdSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs verifications in the background, one at a time on this node: starting one while another runs
 * is refused ({@code VERIFICATION_RUNNING}, naming the running one). Keeps the last few runs for their
 * status resource. The REST API ({@code VerificationController}) and the staff console start and poll
 * runs here alike.
 */
@Component
public class VerificationRuns {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationRuns.class);
    private static final int KEPT = 20;
    private final Verification verifier;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-verification");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Run> runs = new LinkedHashMap<>();
    private final Clock clock;
    private final IdSource ids;
    private Run running;

    VerificationRuns(Verification verifier, Clock clock, IdSource ids) {
        this.verifier = verifier;
        this.clock = clock;
        this.ids = ids;
    }

    /** Starts a run and waits up to {@code answerWithin} for it, so a small store answers with its result. */
    public VerificationStatus start(String startedBy, Duration answerWithin) throws InterruptedException {
        Run run;
        synchronized (this) {
            if (running != null && !running.finished()) {
                throw new DomainException(ErrorCode.VERIFICATION_RUNNING, "A verification is already running",
                        Map.of("runningId", running.id, "location", VerificationController.PATH + "/" + running.id));
            }
            run = new Run(ids.newId(), startedBy, clock.instant());
            running = run;
            runs.put(run.id, run);
            while (runs.size() > KEPT) {
                runs.remove(runs.keySet().iterator().next());
            }
            run.future = executor.submit(() -> execute(run));
        }
        try {
            run.future.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException stillRunningOrRecorded) {
            // the status says which
        }
        return run.status();
    }

    public synchronized Optional<VerificationStatus> status(String id) {
        return Optional.ofNullable(runs.get(id)).map(Run::status);
    }

    /** The run's status, or {@code VERIFICATION_NOT_FOUND} (runs live on the node that started them, the last 20). */
    public VerificationStatus required(String id) {
        return status(id).orElseThrow(() -> new DomainException(ErrorCode.VERIFICATION_NOT_FOUND,
                "No verification " + id + " on this node"));
    }

    public synchronized Optional<VerificationStatus> latest() {
        return runs.values().stream().reduce((first, second) -> second).map(Run::status);
    }

    private void execute(Run run) {
        try {
            run.result = verifier.verify(run.progress);
            run.progress.phase(VerificationProgress.Phase.DONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(run, "interrupted");
        } catch (RuntimeException e) {
            LOG.error("Verification {} failed", run.id, e);
            fail(run, e.getMessage());
        } finally {
            run.finishedAt = clock.instant();
        }
    }

    private static void fail(Run run, String why) {
        run.failure = why;
        run.progress.phase(VerificationProgress.Phase.FAILED);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static final class Run {
        final String id;
        final String startedBy;
        final Instant startedAt;
        final VerificationProgress progress = new VerificationProgress();
        volatile Future<?> future;
        volatile VerificationReport result;
        volatile String failure;
        volatile Instant finishedAt;

        Run(String id, String startedBy, Instant startedAt) {
            this.id = id;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        boolean finished() {
            return finishedAt != null;
        }

        VerificationStatus status() {
            VerificationProgress.Phase phase = progress.phase();
            Instant finished = finishedAt;
            String state = finished == null ? "RUNNING" : phase == VerificationProgress.Phase.DONE ? "DONE" : "FAILED";
            return new VerificationStatus(id, state, phase.name(), progress.comparing(), progress.eventsRead(),
                    progress.eventsTotal(), progress.percent(), startedBy, startedAt, finished,
                    finished == null ? null : result, failure);
        }
    }
}
