package org.juiceledger.command.card;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.juiceledger.kernel.card.CardIssued;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.transaction.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Issues a batch's cards in bounded memory, in the command's one transaction. A unit of work that
 * created a million Card aggregates would hold each with its event until commit, and Axon's
 * repository checks each against all the others there (quadratic). Instead each chunk's
 * {@code CardIssued} events (the first of each card's stream, with the command's correlation data as
 * an applied event has) are staged in a temporary table and their PIN hashes go into card_pin.
 * <p>
 * {@link #finish} copies them into the event store under an EXCLUSIVE lock on domainevententry
 * (reads go on, other appends wait for the copy). Without it, the other commands' events committed
 * meanwhile would carry higher global indexes than this batch's uncommitted ones, and the streaming
 * processors, which remember at most 10,000 such gaps, would skip most of the batch for ever.
 */
final class CardIssuance {

    private static final Logger log = LoggerFactory.getLogger(CardIssuance.class);
    static final String STAGE = "card_issue_stage";
    private static final int CHUNK = 2_000;
    private static final String COLUMNS = "eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, "
            + "payloadtype, payloadrevision, payload, metadata";
    private final JdbcTemplate jdbc;
    private final EventStorageEngine staging;
    private final CardLookups lookups;
    private final String batchId;
    private final Money denomination;
    private final MetaData metaData;
    private final List<DomainEventMessage<?>> events = new ArrayList<>(CHUNK);

    private CardIssuance(JdbcTemplate jdbc, EventStorageEngine staging, CardLookups lookups, String batchId,
                         Money denomination) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.lookups = lookups;
        this.batchId = batchId;
        this.denomination = denomination;
        this.metaData = MetaData.from(CurrentUnitOfWork.get().getCorrelationData());
    }

    static CardIssuance start(JdbcTemplate jdbc, EventStorageEngine staging, CardLookups lookups, String batchId,
                              Money denomination) {
        jdbc.execute("create temporary table " + STAGE + " (eventidentifier varchar(255) not null, "
                + "aggregateidentifier varchar(255) not null, sequencenumber bigint not null, type varchar(255), "
                + "timestamp varchar(255) not null, payloadtype varchar(255) not null, payloadrevision varchar(255), "
                + "payload bytea not null, metadata bytea) on commit drop");
        return new CardIssuance(jdbc, staging, lookups, batchId, denomination);
    }

    void issue(String serial, String pinHash) {
        events.add(new GenericDomainEventMessage<>(Card.class.getSimpleName(), serial, 0L,
                new CardIssued(serial, batchId, denomination, pinHash), metaData));
        if (events.size() == CHUNK) {
            flush();
        }
    }

    /**
     * Appends every staged event to the event store, in serial order, and has PostgreSQL count the
     * store again once that commits: with the statistics of a store of few aggregates, each with many
     * events, the planner took a million new one-event streams for a few and read a card range's
     * events (activation) with a parallel scan, 200-650 ms for 100 cards instead of 0.3 ms.
     * Autovacuum would do it some time later, or never where it is switched off.
     */
    void finish() {
        flush();
        jdbc.execute("lock table domainevententry in exclusive mode");
        jdbc.update("insert into domainevententry (" + COLUMNS + ") select " + COLUMNS + " from " + STAGE
                + " order by aggregateidentifier");
        AfterCommit.run(this::analyzeStore);
    }

    private void analyzeStore() {
        try {
            jdbc.execute("analyze domainevententry");
        } catch (RuntimeException e) {
            log.warn("Could not renew the event store's statistics after a card batch: {}", e.toString());
        }
    }

    private void flush() {
        if (events.isEmpty()) {
            return;
        }
        staging.appendEvents(events);
        lookups.insertPins(events.stream().map(e -> (CardIssued) e.getPayload()).toList());
        events.clear();
    }
}
