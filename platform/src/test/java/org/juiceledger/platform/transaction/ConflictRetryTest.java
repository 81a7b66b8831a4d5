package org.juiceledger.platform.transaction;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.web.ErrorDetails;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lost race is run again whether it was lost here or on another node behind Axon Server (where it
 * arrives as a {@link CommandExecutionException} carrying {@code CONCURRENT_MODIFICATION} details, the
 * original exception left behind); a refusal carried the same way is not.
 */
class ConflictRetryTest {

    private final ConflictRetry retry = new ConflictRetry(3);

    @Test
    void aRaceLostOnAnotherNodeIsRetriedLikeOneLostHere() {
        assertThat(retries(new ConcurrencyException("sequence 7 taken"))).isEqualTo(3);
        assertThat(retries(remote(new ErrorDetails(ErrorCode.CONCURRENT_MODIFICATION, "try again")))).isEqualTo(3);
        assertThat(retries(new RuntimeException("append failed",
                new StatusRuntimeException(Status.OUT_OF_RANGE.withDescription("[AXONIQ-2000]"))))).isEqualTo(3);
    }

    @Test
    void aRefusalOrADefectFromAnotherNodeIsNotRetried() {
        assertThat(retries(remote(new ErrorDetails(ErrorCode.ALREADY_EXISTS, "exists")))).isZero();
        assertThat(retries(remote(new ErrorDetails(ErrorCode.INSUFFICIENT_WALLET_BALANCE, "no")))).isZero();
        assertThat(retries(remote("not our details"))).isZero();
        assertThat(retries(new CommandExecutionException("bug", new IllegalStateException()))).isZero();
    }

    /** How often the retry scheduler runs the command again when every try fails this way. */
    private int retries(RuntimeException failure) {
        AtomicInteger dispatched = new AtomicInteger();
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        // Axon's retry scheduler takes arrays of Class<? extends Throwable>, which Java makes only raw
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<? extends Throwable>[] chain = new Class[]{failure.getClass()};
        failures.add(chain);
        while (retry.scheduleRetry(GenericCommandMessage.asCommandMessage("command"), failure, failures,
                dispatched::incrementAndGet)) {
            failures.add(chain);
        }
        return dispatched.get();
    }

    private static CommandExecutionException remote(Object details) {
        return new CommandExecutionException("failed on another node", null, details);
    }
}
