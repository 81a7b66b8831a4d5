package org.juiceledger.query.ledger;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.card.CardSaleReversed;
import org.juiceledger.kernel.card.CardState;
import org.juiceledger.kernel.card.CardVoided;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juiceledger.query.ledger.ChartOfAccounts.ARREARS_RECEIVABLE;
import static org.juiceledger.query.ledger.ChartOfAccounts.CARD_FLOAT;
import static org.juiceledger.query.ledger.ChartOfAccounts.CASH_OVER_SHORT;
import static org.juiceledger.query.ledger.ChartOfAccounts.ENERGY_REVENUE;
import static org.juiceledger.query.ledger.ChartOfAccounts.TREASURY;
import static org.juiceledger.query.ledger.ChartOfAccounts.WALLET_LIABILITY;
import static org.juiceledger.query.ledger.ChartOfAccounts.WALLET_TRANSFER_CLEARING;
import static org.juiceledger.query.ledger.PostingRulesTest.cr;
import static org.juiceledger.query.ledger.PostingRulesTest.dr;
import static org.juiceledger.query.ledger.Tx.tx;

/** The projection's handlers against an in-memory journal: what they record, mirrors, idempotency, reset. */
class LedgerProjectionTest {

    static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");
    final InMemoryJournal journal = new InMemoryJournal();
    final LedgerProjection ledger = new LedgerProjection(journal);
    long position = 100;

    EventMessage<?> message(Object payload, String who) {
        GenericEventMessage<?> message = new GenericEventMessage<>(payload, MetaData.with("who", who));
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(++position), message);
    }

    void on(TransactionRecorded t, String who) {
        ledger.on(t, message(t, who), AT, who);
    }

    @Test
    void anEntryRecordsTheEventItCameFrom() {
        TransactionRecorded purchase = tx("10000001", 1000001, TransactionType.CASH).tender(Tender.CASH).total("20.00")
                .energy("20.00", "0.00").build();
        EventMessage<?> message = message(purchase, "cashier-1");

        ledger.on(purchase, message, AT, "cashier-1");

        EntrySource source = journal.last().source();
        assertThat(source.eventId()).isEqualTo(message.getIdentifier());
        assertThat(source.globalPosition()).isEqualTo(position);
        assertThat(source.transactionNumber()).isEqualTo(1000001L);
        assertThat(source.accountNumber()).isEqualTo("10000001");
        assertThat(source.postedAt()).isEqualTo(AT);
        assertThat(source.who()).isEqualTo("cashier-1");
        assertThat(source.eventType()).isEqualTo("TransactionRecorded");
        assertThat(source.description()).isEqualTo("Cash");
        assertThat(source.sourceKey()).isEqualTo("TX:1000001:10000001");
    }

    @Test
    void aReversalMirrorsTheOriginalOnTheOriginalCashiersTillNotTheReversers() {
        TransactionRecorded purchase = tx("10000001", 1, TransactionType.CASH).tender(Tender.CASH).total("50.00")
                .arrears("25.00").energy("25.00", "0.00").build();
        on(purchase, "cashier-1");
        on(Tx.reversal(purchase, 2), "supervisor-1");

        assertThat(journal.entries).hasSize(2);
        assertThat(journal.last().lines()).containsExactly(cr("CASH_ON_HAND:cashier-1:CASH", "50.00"),
                dr(ARREARS_RECEIVABLE, "25.00"), dr(ENERGY_REVENUE, "25.00"));
        assertThat(journal.last().source().mirrorOf()).isEqualTo("TX:1:10000001");
        assertThat(journal.last().source().who()).isEqualTo("supervisor-1");
        assertThat(journal.balances().values()).allSatisfy(balance -> assertThat(balance).isZero());
    }

    @Test
    void aReversedTransferMirrorsBothSidesAndLeavesClearingAtZero() {
        TransactionRecorded sent = tx("10000001", 5, TransactionType.WALLET).total("30.00").wallet("-30.00")
                .counterparty("10000002").build();
        TransactionRecorded received = tx("10000002", 5, TransactionType.WALLET).total("30.00").wallet("30.00")
                .counterparty("10000001").build();
        on(sent, "cashier-1");
        on(received, "cashier-1");
        assertThat(journal.balance(WALLET_TRANSFER_CLEARING)).isZero();
        assertThat(journal.balance(WALLET_LIABILITY)).isZero();

        on(Tx.reversal(sent, 6), "supervisor-1");
        assertThat(journal.last().lines()).containsExactly(cr(WALLET_LIABILITY, "30.00"), dr(WALLET_TRANSFER_CLEARING, "30.00"));
        on(Tx.reversal(received, 6), "supervisor-1");
        assertThat(journal.last().lines()).containsExactly(dr(WALLET_LIABILITY, "30.00"), cr(WALLET_TRANSFER_CLEARING, "30.00"));
        assertThat(journal.entries).hasSize(4);
        assertThat(journal.balances().values()).allSatisfy(balance -> assertThat(balance).isZero());
    }

    @Test
    void reversingAFreeTokenPostsNothingAndDoesNotFail() {
        TransactionRecorded free = tx("10000001", 1, TransactionType.FREE).build();
        on(free, "supervisor-1");
        on(Tx.reversal(free, 2), "supervisor-2");

        assertThat(journal.entries).isEmpty();
    }

    @Test
    void aReversalWhoseOriginalPostedNothingButMovesMoneyStopsTheLedger() {
        TransactionRecorded unseen = tx("10000001", 1, TransactionType.CASH).tender(Tender.CASH).total("5.00")
                .energy("5.00", "0.00").build();

        assertThatThrownBy(() -> on(Tx.reversal(unseen, 2), "supervisor-1"))
                .isInstanceOf(UnbalancedEntryException.class).hasMessageContaining("posted nothing");
        assertThat(journal.entries).isEmpty();
    }

    @Test
    void aRedeliveredEventPostsOnce() {
        TransactionRecorded deposit = tx("10000001", 1, TransactionType.CASH).tender(Tender.CASH).total("10.00")
                .wallet("10.00").build();
        EventMessage<?> message = message(deposit, "cashier-1");

        ledger.on(deposit, message, AT, "cashier-1");
        ledger.on(deposit, message, AT, "cashier-1");

        assertThat(journal.entries).hasSize(1);
    }

    @Test
    void aCardSaleAndItsReversalMirrorOnTheSellersTill() {
        CardsSold sale = new CardsSold("SALE-7", 7, List.of("0000000001", "0000000002"), Money.of("100.00"), "cash", Tender.CASH);
        ledger.on(sale, message(sale, "cashier-2"), AT, "cashier-2");
        CardSaleReversed reversal = new CardSaleReversed("SALE-7", 7, 9, sale.serials(), sale.total(), Tender.CASH, "returned");
        ledger.on(reversal, message(reversal, "supervisor-1"), AT, "supervisor-1");

        assertThat(journal.entries.get(0).lines()).containsExactly(dr("CASH_ON_HAND:cashier-2:CASH", "100.00"),
                cr(CARD_FLOAT, "100.00"));
        assertThat(journal.last().lines()).containsExactly(cr("CASH_ON_HAND:cashier-2:CASH", "100.00"),
                dr(CARD_FLOAT, "100.00"));
        assertThat(journal.last().source().sourceKey()).isEqualTo("SALE:9");
        assertThat(journal.last().source().transactionNumber()).isEqualTo(9L);
    }

    @Test
    void aCardRedeemedAndReversedLeavesTheFloatWhereItWas() {
        CardsSold sale = new CardsSold("SALE-7", 7, List.of("0000000001"), Money.of("50.00"), "cash", Tender.CASH);
        ledger.on(sale, message(sale, "cashier-2"), AT, "cashier-2");
        TransactionRecorded redeemed = tx("10000001", 8, TransactionType.JC).card("0000000001").total("50.00")
                .wallet("50.00").build();
        on(redeemed, "gateway");
        assertThat(journal.balance(CARD_FLOAT)).isZero();

        on(Tx.reversal(redeemed, 10), "supervisor-1");

        assertThat(journal.balance(CARD_FLOAT)).isEqualByComparingTo("-50.00");
        assertThat(journal.balance(WALLET_LIABILITY)).isZero();
    }

    @Test
    void onlyVoidingAnActivatedCardPosts() {
        CardVoided available = new CardVoided("0000000001", CardState.AVAILABLE, Money.of("50.00"), "lost");
        CardVoided activated = new CardVoided("0000000002", CardState.ACTIVATED, Money.of("50.00"), "stolen");
        ledger.on(available, message(available, "card-admin"), AT, "card-admin");
        ledger.on(activated, message(activated, "card-admin"), AT, "card-admin");

        assertThat(journal.entries).hasSize(1);
        assertThat(journal.last().source().sourceKey()).isEqualTo("VOID:0000000002");
    }

    @Test
    void aBatchCloseEmptiesTheCashiersTillsIntoTreasury() {
        TransactionRecorded cash = tx("10000001", 1, TransactionType.CASH).tender(Tender.CASH).total("100.00")
                .wallet("100.00").build();
        TransactionRecorded card = tx("10000001", 2, TransactionType.CASH_CC).tender(Tender.CC).total("40.00")
                .wallet("40.00").build();
        on(cash, "cashier-1");
        on(card, "cashier-1");
        CashierBatchClosed closed = new CashierBatchClosed("cashier-1", 1, AT.minusSeconds(3600),
                Map.of("CASH", Money.of("100.00"), "CC", Money.of("40.00"), "CHECK", Money.ZERO, "DC", Money.ZERO),
                Money.of("99.00"), Money.of("-1.00"));

        ledger.on(closed, message(closed, "supervisor-1"), AT, "supervisor-1");

        assertThat(journal.balance("CASH_ON_HAND:cashier-1:CASH")).isZero();
        assertThat(journal.balance("CASH_ON_HAND:cashier-1:CC")).isZero();
        assertThat(journal.balance(TREASURY)).isEqualByComparingTo("139.00");
        assertThat(journal.balance(CASH_OVER_SHORT)).isEqualByComparingTo("1.00");
        assertThat(journal.last().source().sourceKey()).isEqualTo("CLOSE:cashier-1:1");
        assertThat(journal.balances().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isZero();
    }

    @Test
    void aResetForgetsTheJournal() {
        on(tx("10000001", 1, TransactionType.ARREARS).total("10.00").arrears("10.00").build(), "supervisor-1");

        ledger.reset();

        assertThat(journal.entries).isEmpty();
    }

    @Test
    void theJournalRefusesAnUnbalancedEntry() {
        Posting unbalanced = Posting.none().debit(CARD_FLOAT, new BigDecimal("1.00")).credit(WALLET_LIABILITY, new BigDecimal("0.99"));
        EntrySource source = new EntrySource("e1", 1, "TX:1:1", "TransactionRecorded", "Cash", 1L, "1", "x", AT, null);

        assertThatThrownBy(() -> journal.post(source, unbalanced)).isInstanceOf(UnbalancedEntryException.class);
        assertThatThrownBy(() -> Posting.none().debit(CARD_FLOAT, new BigDecimal("1.00")).assertBalanced("one line"))
                .isInstanceOf(UnbalancedEntryException.class);
        assertThatThrownBy(() -> JournalLine.debit(CARD_FLOAT, new BigDecimal("1.001")))
                .isInstanceOf(ArithmeticException.class);
    }
}
