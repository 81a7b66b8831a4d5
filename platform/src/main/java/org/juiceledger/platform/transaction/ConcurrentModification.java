package org.juiceledger.platform.transaction;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.juiceledger.platform.web.ErrorDetails;
import org.springframework.dao.PessimisticLockingFailureException;

import java.sql.SQLException;

/**
 * Recognises a failure that only says "someone else changed the same thing at that moment":
 * two appends to one aggregate (Axon's {@link ConcurrencyException}), a lock Axon could not take
 * or a lock cycle it broke ({@link LockAcquisitionFailedException}, the parent of its
 * {@code DeadlockException}, which is not a ConcurrencyException), or a row lock the database gave
 * up on. Nothing was changed; the same request may simply be sent again.
 */
public final class ConcurrentModification {

    private static final String DEADLOCK_DETECTED = "40P01";
    private static final String SERIALIZATION_FAILURE = "40001";

    private ConcurrentModification() {
    }

    /** Whether the failure, or one of its causes (a command's failure arrives wrapped), is such a conflict. */
    public static boolean isCause(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof ConcurrencyException
                || cause instanceof LockAcquisitionFailedException || cause instanceof PessimisticLockingFailureException
                || isLockCycle(cause) || isSequenceTaken(cause) || isCarriedConflict(cause));
    }

    /**
     * A handler on another node (through Axon Server) lost such a race: its node carried it as the
     * details of a {@link CommandExecutionException} (see {@code RefusalCarryingCommandBus}), since the
     * exception itself does not cross the bus.
     */
    private static boolean isCarriedConflict(Throwable cause) {
        return cause instanceof CommandExecutionException remote && remote.getDetails()
                .filter(details -> details instanceof ErrorDetails carried
                        && carried.code() == org.juiceledger.kernel.error.ErrorCode.CONCURRENT_MODIFICATION)
                .isPresent();
    }

    /**
     * Axon Server refused an append because another writer took that sequence number first
     * (AXONIQ-2000; the connector passes it on as the bare gRPC status OUT_OF_RANGE).
     */
    private static boolean isSequenceTaken(Throwable cause) {
        return cause instanceof AxonServerException axonServer
                && axonServer.errorCode() == ErrorCode.INVALID_EVENT_SEQUENCE
                || cause instanceof StatusRuntimeException grpc && grpc.getStatus().getCode() == Status.Code.OUT_OF_RANGE;
    }

    /**
     * PostgreSQL broke a lock cycle between two nodes' transactions (crossed appends to the same
     * aggregates); Axon's JDBC event store passes it on untranslated, inside an EventStoreException.
     */
    private static boolean isLockCycle(Throwable cause) {
        return cause instanceof SQLException sql
                && (DEADLOCK_DETECTED.equals(sql.getSQLState()) || SERIALIZATION_FAILURE.equals(sql.getSQLState()));
    }
}
