package org.juiceledger.query.card;

import org.juiceledger.kernel.Metadata;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.juiceledger.kernel.card.CardActivated;
import org.juiceledger.kernel.card.CardActivationReversed;
import org.juiceledger.kernel.card.CardCustodyChanged;
import org.juiceledger.kernel.card.CardEvent;
import org.juiceledger.kernel.card.CardIssued;
import org.juiceledger.kernel.card.CardRedeemed;
import org.juiceledger.kernel.card.CardRedemptionReversed;
import org.juiceledger.kernel.card.CardRedemptionReversedToWallet;
import org.juiceledger.kernel.card.CardVoided;
import org.juiceledger.query.projection.ProjectionBatch;
import org.juiceledger.query.projection.ProjectionNames;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Consumer;

/** Every card's state and history, from the card events (never a PIN hash). */
@Component
@ProcessingGroup(CardProjection.GROUP)
class CardProjection {

    static final String GROUP = ProjectionNames.CARDS;
    private final CardViewRepository cards;
    private final CardHistoryRepository history;
    private final CardRows rows;
    private final EntityManager entities;

    CardProjection(CardViewRepository cards, CardHistoryRepository history, CardRows rows, EntityManager entities) {
        this.cards = cards;
        this.history = history;
        this.rows = rows;
        this.entities = entities;
    }

    @EventHandler
    void on(CardIssued event, EventMessage<?> message, @Timestamp Instant at) {
        rows.issued(event.serial(), event.batchId(), event.denomination().amount(), at);
        record(message, at, "batch " + event.batchId() + ", " + event.denomination());
    }

    @EventHandler
    void on(CardCustodyChanged event, EventMessage<?> message, @Timestamp Instant at) {
        update(event, card -> card.custodian(event.custodian(), at));
        record(message, at, event.custodian() == null ? "back to stock" : "to " + event.custodian());
    }

    @EventHandler
    void on(CardActivated event, EventMessage<?> message, @Timestamp Instant at) {
        update(event, card -> card.sold(event.transactionNumber(), at));
        record(message, at, "sold by transaction " + event.transactionNumber());
    }

    @EventHandler
    void on(CardRedeemed event, EventMessage<?> message, @Timestamp Instant at) {
        update(event, card -> card.redeemed(event.transactionNumber(), event.accountNumber(), event.meterNumber(), at));
        record(message, at, "transaction " + event.transactionNumber() + ", account " + event.accountNumber()
                + (event.meterNumber() == null ? "" : ", meter " + event.meterNumber()));
    }

    @EventHandler
    void on(CardVoided event, EventMessage<?> message, @Timestamp Instant at) {
        update(event, card -> card.state("VOID", at));
        record(message, at, "was " + event.previousState() + ": " + event.reason());
    }

    @EventHandler
    void on(CardActivationReversed event, EventMessage<?> message, @Timestamp Instant at) {
        update(event, card -> card.unsold(at));
        record(message, at, "sale reversed by " + event.reversalNumber());
    }

    @EventHandler
    void on(CardRedemptionReversed event, EventMessage<?> message, @Timestamp Instant at) {
        update(event, card -> card.unredeemed(at));
        record(message, at, "redemption reversed by " + event.reversalNumber());
    }

    /** The card stays Redeemed: only its history tells the redemption was reversed and where the value went. */
    @EventHandler
    void on(CardRedemptionReversedToWallet event, EventMessage<?> message, @Timestamp Instant at) {
        update(event, card -> card.state("REDEEMED", at));
        record(message, at, "redemption " + event.redemptionNumber() + " reversed by " + event.reversalNumber()
                + "; " + event.denomination() + " credited to the wallet of account " + event.accountNumber());
    }

    @ResetHandler
    void reset() {
        history.deleteAllInBatch();
        cards.deleteAllInBatch();
    }

    /**
     * The batch's cards are read in one query the first time one is changed; then each comes from
     * the persistence context. Hibernate's multi-load binds the serials as one array parameter, so
     * the statement is the same whatever the batch's size (an {@code in} list of each new length
     * was a new query plan, half of this projection's CPU).
     */
    private void update(CardEvent event, Consumer<CardView> change) {
        rows.write();
        ProjectionBatch.once("cards", messages -> entities.unwrap(Session.class).byMultipleIds(CardView.class)
                .multiLoad(messages.stream()
                        .map(EventMessage::getPayload)
                        .filter(payload -> payload instanceof CardEvent && !(payload instanceof CardIssued))
                        .map(payload -> ((CardEvent) payload).serial())
                        .distinct().toList()));
        cards.findById(event.serial()).ifPresent(change);
    }

    private void record(EventMessage<?> message, Instant at, String detail) {
        CardEvent event = (CardEvent) message.getPayload();
        rows.history(event.serial(), at, message.getPayloadType().getSimpleName(), detail,
                String.valueOf(message.getMetaData().getOrDefault(Metadata.WHO, "unknown")),
                String.valueOf(message.getMetaData().getOrDefault(Metadata.CHANNEL, "unknown")));
    }
}
