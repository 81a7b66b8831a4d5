package org.juiceledger.command.appends;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.juiceledger.platform.cluster.NodeId;
import org.juiceledger.kernel.Metadata;
import org.axonframework.messaging.MetaData;
import org.juiceledger.platform.time.IdSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Watches the events each unit of work publishes and, while it prepares to commit, commits a
 * {@code pending_append} row naming them, then deletes it again in the unit of work's own
 * transaction. Both happen before Axon Server commits the events (commit phase), so a row left
 * behind marks a unit of work whose database transaction did not commit after its events may have
 * been stored. A keyed request's row is marked committed instead, and goes with the request's
 * answer ({@link KeyedRetrySettlement#answered}). A transaction that ends without committing asks
 * for its row to be settled at once.
 */
class AppendRecording implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String RESOURCE = AppendRecording.class.getName();

    private final PendingAppends pending;
    private final PendingAppendSweeper sweeper;
    private final NodeId node;
    private final Clock clock;
    private final IdSource ids;

    AppendRecording(EventBus events, PendingAppends pending, PendingAppendSweeper sweeper, NodeId node,
                    Clock clock, IdSource ids) {
        this.ids = ids;
        this.pending = pending;
        this.sweeper = sweeper;
        this.node = node;
        this.clock = clock;
        events.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            Recorded recorded = root.getOrComputeResource(RESOURCE, key -> start(root));
            messages.forEach(recorded::add);
        }
        return (index, message) -> message;
    }

    private Recorded start(UnitOfWork<?> root) {
        Recorded recorded = new Recorded();
        root.onPrepareCommit(u -> record(recorded));
        return recorded;
    }

    private void record(Recorded recorded) {
        if (recorded.firstEvent == null) {
            return;
        }
        MetaData command = CurrentUnitOfWork.get().root().getMessage().getMetaData();
        String login = (String) command.get(Metadata.KEYED_LOGIN);
        PendingAppend append = new PendingAppend(ids.newId(), node.value(), clock.instant(),
                recorded.firstEvent, List.copyOf(recorded.streams.values()), login,
                login == null ? null : (String) command.get(Metadata.IDEMPOTENCY_KEY),
                login == null ? null : (String) command.get(Metadata.REQUEST_HASH), false);
        pending.record(append);
        if (append.keyed()) {
            pending.markCommittedWithRunningTransaction(append.id());
        } else {
            pending.removeWithRunningTransaction(append.id());
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    sweeper.settleSoon();
                }
            }
        });
    }

    /** The events of one unit of work, by stream, in the order the streams first appeared. */
    private static final class Recorded {
        private final Map<String, AppendedStream> streams = new LinkedHashMap<>();
        private String firstEvent;

        void add(EventMessage<?> event) {
            if (!(event instanceof DomainEventMessage<?> domain) || domain.getAggregateIdentifier() == null) {
                throw new IllegalStateException("An event outside any aggregate cannot be settled after a failure: "
                        + event.getPayloadType().getSimpleName());
            }
            if (firstEvent == null) {
                firstEvent = event.getIdentifier();
            }
            long sequence = domain.getSequenceNumber();
            streams.merge(domain.getAggregateIdentifier(),
                    new AppendedStream(domain.getType(), domain.getAggregateIdentifier(), sequence, sequence),
                    (known, added) -> known.including(sequence));
        }
    }
}
