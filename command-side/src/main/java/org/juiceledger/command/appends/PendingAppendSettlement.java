package org.juiceledger.command.appends;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.juiceledger.command.config.CommandSideAxonConfiguration;
import org.juiceledger.command.config.LookupRepair;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.idempotency.RecoveredAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Settles one {@code pending_append} row, in the caller's transaction and with the row locked:
 * when its events are stored, the lookup handlers write the rows they imply from the stored events
 * (and a keyed request's retries get {@code OUTCOME_RECOVERED}); when they are not, the row goes,
 * once it is old enough that the append cannot still be on its way. A committed row (its rows are
 * there, a keyed request's answer is not) only gets that answer kept.
 */
class PendingAppendSettlement {

    /** What became of a pending append. */
    enum Outcome { APPLIED, NOT_STORED, UNDECIDED }

    /** The outcome, and the transaction numbers of the events when they were applied. */
    record Settled(Outcome outcome, List<Long> transactionNumbers) {
    }

    /** What a keyed request's retries get when its first attempt took effect but its answer was lost. */
    static DomainException recoveredAnswer(Collection<Long> transactionNumbers) {
        return new DomainException(ErrorCode.OUTCOME_RECOVERED, "The first request under this Idempotency-Key "
                + "took effect, but a failure lost its answer" + (transactionNumbers.isEmpty() ? ""
                : ": transaction " + transactionNumbers.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                + ". Look it up instead of sending it again.");
    }

    private static final Logger log = LoggerFactory.getLogger(PendingAppendSettlement.class);

    private final PendingAppends pending;
    private final EventStore events;
    private final EventProcessingConfiguration processing;
    private final RecoveredAnswers answers;
    private final Clock clock;
    private final Duration settleAfter;

    PendingAppendSettlement(PendingAppends pending, EventStore events, EventProcessingConfiguration processing,
                            RecoveredAnswers answers, Clock clock, Duration settleAfter) {
        this.pending = pending;
        this.events = events;
        this.processing = processing;
        this.answers = answers;
        this.clock = clock;
        this.settleAfter = settleAfter;
    }

    /**
     * @param keyHeld the caller holds the keyed request's key (its retry), so no attempt under it
     *                is still running: a committed row's answer is lost for certain
     */
    Settled settle(PendingAppend append, boolean keyHeld) {
        boolean young = append.createdAt().plus(settleAfter).isAfter(clock.instant());
        if (append.committed()) {
            return young && !keyHeld ? new Settled(Outcome.UNDECIDED, List.of()) : answerLost(append);
        }
        List<DomainEventMessage<?>> stored = storedEvents(append);
        if (stored.isEmpty()) {
            if (young) {
                return new Settled(Outcome.UNDECIDED, List.of());
            }
            pending.remove(append.id());
            log.info("Pending append {} of node {}: its events were never stored; nothing to settle",
                    append.id(), append.nodeId());
            return new Settled(Outcome.NOT_STORED, List.of());
        }
        EventHandlerInvoker lookups = lookupHandlers();
        stored.forEach(event -> applyLookups(lookups, event));
        pending.remove(append.id());
        Settled settled = new Settled(Outcome.APPLIED, transactionNumbers(stored));
        keepRecoveredAnswer(append, settled);
        log.warn("Pending append {} of node {}: its {} events were stored but its database transaction did not "
                        + "commit; their rows were written from the stored events (transactions {})",
                append.id(), append.nodeId(), stored.size(), settled.transactionNumbers());
        return settled;
    }

    /** The command committed with its rows; only its keyed request's answer was lost. */
    private Settled answerLost(PendingAppend append) {
        List<DomainEventMessage<?>> stored = storedEvents(append);
        if (stored.isEmpty()) {
            throw new IllegalStateException("Pending append " + append.id() + " committed, but its events are not stored");
        }
        pending.remove(append.id());
        Settled settled = new Settled(Outcome.APPLIED, transactionNumbers(stored));
        keepRecoveredAnswer(append, settled);
        log.warn("Pending append {} of node {}: its command committed but the answer of keyed request {} was lost "
                + "(transactions {})", append.id(), append.nodeId(), append.requestKey(), settled.transactionNumbers());
        return settled;
    }

    private void keepRecoveredAnswer(PendingAppend append, Settled settled) {
        if (append.keyed()) {
            answers.keep(append.login(), append.requestKey(), append.requestHash(),
                    recoveredAnswer(settled.transactionNumbers()));
        }
    }

    /** Every event the row names, in stream order; empty when its first event is not stored. */
    private List<DomainEventMessage<?>> storedEvents(PendingAppend append) {
        List<DomainEventMessage<?>> stored = new ArrayList<>();
        for (AppendedStream stream : append.streams()) {
            List<DomainEventMessage<?>> ofStream = read(stream);
            if (stored.isEmpty() && (ofStream.isEmpty() || !ofStream.get(0).getIdentifier().equals(append.firstEvent()))) {
                return List.of();
            }
            if (ofStream.size() != stream.last() - stream.first() + 1) {
                throw new IllegalStateException("Pending append " + append.id() + ": stream " + stream.id()
                        + " holds " + ofStream.size() + " of events " + stream.first() + " to " + stream.last());
            }
            stored.addAll(ofStream);
        }
        return stored;
    }

    private List<DomainEventMessage<?>> read(AppendedStream stream) {
        List<DomainEventMessage<?>> read = new ArrayList<>();
        DomainEventStream all = events.readEvents(stream.id(), stream.first());
        while (all.hasNext()) {
            DomainEventMessage<?> event = all.next();
            if (event.getSequenceNumber() > stream.last()) {
                break;
            }
            if (event.getSequenceNumber() >= stream.first()) {
                read.add(event);
            }
        }
        return read;
    }

    private EventHandlerInvoker lookupHandlers() {
        return processing.eventProcessor(CommandSideAxonConfiguration.LOOKUPS, AbstractEventProcessor.class)
                .orElseThrow().eventHandlerInvoker();
    }

    private static void applyLookups(EventHandlerInvoker lookups, DomainEventMessage<?> event) {
        DefaultUnitOfWork<DomainEventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        LookupRepair.mark(unitOfWork);
        unitOfWork.execute(() -> {
            try {
                lookups.handle(event, Segment.ROOT_SEGMENT);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<Long> transactionNumbers(List<DomainEventMessage<?>> stored) {
        TreeSet<Long> numbers = new TreeSet<>();
        for (DomainEventMessage<?> event : stored) {
            if (event.getPayload() instanceof TransactionRecorded recorded) {
                numbers.add(recorded.transactionNumber());
            } else if (event.getPayload() instanceof CardsSold sold) {
                numbers.add(sold.transactionNumber());
            }
        }
        return List.copyOf(numbers);
    }
}
