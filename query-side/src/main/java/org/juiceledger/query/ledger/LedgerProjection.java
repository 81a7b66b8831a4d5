package org.juiceledger.query.ledger;

import org.juiceledger.kernel.Metadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.card.CardSaleReversed;
import org.juiceledger.kernel.card.CardVoided;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.query.projection.ProjectionNames;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The general ledger: one balanced journal entry per value-moving event, by the rules of
 * {@link PostingRules}; a reversal posts the exact mirror of what its original posted on the same
 * account (or card sale). Runs in one segment, in the order of the event stream, so an original is
 * always posted before its reversal and every running balance follows the stream. An event the
 * rules cannot post, or an unbalanced entry, stops the ledger (see {@link LedgerProcessingConfiguration}):
 * skipping it would leave every balance after it wrong.
 */
@Component
@ProcessingGroup(LedgerProjection.GROUP)
public class LedgerProjection {

    public static final String GROUP = ProjectionNames.LEDGER;
    static final String UNKNOWN = "unknown";
    private final Journal journal;

    public LedgerProjection(Journal journal) {
        this.journal = journal;
    }

    @EventHandler
    void on(TransactionRecorded t, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue(Metadata.WHO) String who) {
        String key = EntrySource.transactionKey(t.transactionNumber(), t.accountNumber());
        if (t.type() == TransactionType.REVERSAL) {
            String originalKey = EntrySource.transactionKey(reversalOf(t), t.accountNumber());
            Optional<List<JournalLine>> original = journal.linesOf(originalKey);
            if (original.isEmpty()) {
                if (PostingRules.movesValue(t)) {
                    throw new UnbalancedEntryException("Reversal " + t.transactionNumber() + " on account "
                            + t.accountNumber() + " moves money, but its original " + originalKey + " posted nothing");
                }
                return;
            }
            Posting posting = t.cardRefund() == null ? PostingRules.mirror(original.get())
                    : PostingRules.cardRedemptionReversal(original.get(), t.cardRefund(), key);
            post(message, at, who, key, "Reversal of " + t.reversalOf()
                            + (t.cardRefund() == null ? "" : ", card value to the wallet"), t.transactionNumber(),
                    t.accountNumber(), originalKey, posting);
            return;
        }
        post(message, at, who, key, t.type().label(), t.transactionNumber(), t.accountNumber(), null,
                PostingRules.transaction(t, orUnknown(who)));
    }

    @EventHandler
    void on(CardsSold sale, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue(Metadata.WHO) String who) {
        post(message, at, who, EntrySource.saleKey(sale.transactionNumber()), "Card sale of " + sale.serials().size(),
                sale.transactionNumber(), null, null, PostingRules.cardsSold(sale, orUnknown(who)));
    }

    @EventHandler
    void on(CardSaleReversed reversal, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue(Metadata.WHO) String who) {
        String originalKey = EntrySource.saleKey(reversal.transactionNumber());
        List<JournalLine> original = journal.linesOf(originalKey).orElseThrow(() -> new UnbalancedEntryException(
                "Card sale reversal " + reversal.reversalNumber() + ": the sale " + originalKey + " posted nothing"));
        post(message, at, who, EntrySource.saleKey(reversal.reversalNumber()),
                "Reversal of card sale " + reversal.transactionNumber(), reversal.reversalNumber(), null, originalKey,
                PostingRules.mirror(original));
    }

    @EventHandler
    void on(CardVoided voided, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue(Metadata.WHO) String who) {
        post(message, at, who, "VOID:" + voided.serial(), "Card " + voided.serial() + " voided", null, null, null,
                PostingRules.cardVoided(voided));
    }

    @EventHandler
    void on(CashierBatchClosed closed, EventMessage<?> message, @Timestamp Instant at, @MetaDataValue(Metadata.WHO) String who) {
        post(message, at, who, "CLOSE:" + closed.cashier() + ":" + closed.batchNumber(),
                "Batch " + closed.batchNumber() + " of " + closed.cashier() + " closed", null, null, null,
                PostingRules.batchClosed(closed));
    }

    @ResetHandler
    void reset() {
        journal.clear();
    }

    private void post(EventMessage<?> message, Instant at, String who, String sourceKey, String description,
                      Long transactionNumber, String accountNumber, String mirrorOf, Posting posting) {
        if (posting.isEmpty() || journal.hasEntryFor(message.getIdentifier())) {
            return;
        }
        EntrySource source = new EntrySource(message.getIdentifier(), positionOf(message), sourceKey,
                message.getPayloadType().getSimpleName(), description, transactionNumber, accountNumber,
                orUnknown(who), at, mirrorOf);
        journal.post(source, posting.assertBalanced(sourceKey));
    }

    private static long reversalOf(TransactionRecorded reversal) {
        if (reversal.reversalOf() == null) {
            throw new UnbalancedEntryException("Reversal " + reversal.transactionNumber() + " names no original");
        }
        return reversal.reversalOf();
    }

    private static long positionOf(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken().position().orElse(-1L);
        }
        return -1L;
    }

    private static String orUnknown(String who) {
        return who == null || who.isBlank() ? UNKNOWN : who;
    }
}
