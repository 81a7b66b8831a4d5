package org.juiceledger.platform.web;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.juiceledger.platform.transaction.ConcurrentModification;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way a lost race reaches the web layer answers 409 CONCURRENT_MODIFICATION, never a 500. */
class ConcurrentModificationResponsesTest {

    private final ProblemResponses responses = new ProblemResponses();

    @Test
    void axonsDeadlockExceptionIsAConflictNotADefect() {
        assertConflict(responses.unexpected(new DeadlockException("An imminent deadlock was detected")));
        assertConflict(responses.concurrent(new DeadlockException("An imminent deadlock was detected")));
    }

    @Test
    void aConflictWrappedInACommandFailureIsUnwrapped() {
        assertConflict(responses.commandFailed(new CommandExecutionException("failed",
                new DeadlockException("deadlock"))));
        assertConflict(responses.commandFailed(new CommandExecutionException("failed",
                new IllegalStateException("rolled back", new ConcurrencyException("sequence 7 taken")))));
        assertConflict(responses.unexpected(new RuntimeException("commit failed",
                new CannotAcquireLockException("row lock timeout"))));
    }

    @Test
    void axonServersRefusedSequenceIsAConflict() {
        assertConflict(responses.unexpected(new RuntimeException("append failed",
                new StatusRuntimeException(Status.OUT_OF_RANGE.withDescription("[AXONIQ-2000] Invalid sequence number")))));
        assertThat(ConcurrentModification.isCause(new StatusRuntimeException(Status.INTERNAL))).isFalse();
    }

    @Test
    void aGenuineDefectIsStillA500() {
        ResponseEntity<ProblemDetail> defect = responses.unexpected(new IllegalStateException("bug"));
        assertThat(defect.getStatusCode().value()).isEqualTo(500);
        assertThat(defect.getBody().getProperties()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(ConcurrentModification.isCause(new RuntimeException("bug", new IllegalStateException()))).isFalse();
    }

    private static void assertConflict(ResponseEntity<ProblemDetail> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().getProperties()).containsEntry("code", "CONCURRENT_MODIFICATION");
    }
}
