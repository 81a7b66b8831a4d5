package org.juiceledger.query.ledger;

import java.time.Instant;

/**
 * What a journal entry records about the event that posted it.
 *
 * @param eventId           the event's identifier (one entry per event at most)
 * @param globalPosition    the event's position in the event stream (the ledger's order)
 * @param sourceKey         what the entry is about, for finding it again to mirror it: {@code TX:<number>:<account>},
 *                          {@code SALE:<number>}, {@code VOID:<serial>} or {@code CLOSE:<cashier>:<batch>}
 * @param eventType         the event's type ({@code TransactionRecorded}, {@code CardsSold}, ...)
 * @param description       a short human description (transaction type, reversal of which number)
 * @param transactionNumber the transaction number, when there is one
 * @param accountNumber     the customer account, when there is one
 * @param who               who caused the event (its metadata "who")
 * @param postedAt          the event's timestamp (never the clock)
 * @param mirrorOf          the source key of the entry this one mirrors (reversals)
 */
public record EntrySource(String eventId, long globalPosition, String sourceKey, String eventType, String description,
                          Long transactionNumber, String accountNumber, String who, Instant postedAt, String mirrorOf) {

    public static String transactionKey(long transactionNumber, String accountNumber) {
        return "TX:" + transactionNumber + ":" + accountNumber;
    }

    public static String saleKey(long transactionNumber) {
        return "SALE:" + transactionNumber;
    }
}
