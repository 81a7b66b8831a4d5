package org.juiceledger.query.ledger;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juiceledger.query.ledger.ChartOfAccounts.ARREARS_RECEIVABLE;
import static org.juiceledger.query.ledger.ChartOfAccounts.CARD_FLOAT;
import static org.juiceledger.query.ledger.ChartOfAccounts.ENERGY_REVENUE;
import static org.juiceledger.query.ledger.ChartOfAccounts.TAX_PAYABLE;
import static org.juiceledger.query.ledger.ChartOfAccounts.WALLET_LIABILITY;
import static org.juiceledger.query.ledger.PostingRulesTest.cr;
import static org.juiceledger.query.ledger.PostingRulesTest.dr;
import static org.juiceledger.query.ledger.Tx.tx;

/**
 * Reversing a Juice Card redemption leaves the card used: the entry mirrors where the redemption's
 * money went and credits the wallet liability, never the card float. A Reversal stored under the
 * former rule (no card refund) still mirrors onto the card float, as the card was Activated again.
 */
class CardRedemptionReversalLedgerTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");
    private static final String ACCOUNT = "10000001";
    private final InMemoryJournal journal = new InMemoryJournal();
    private final LedgerProjection ledger = new LedgerProjection(journal);
    private long position = 100;

    @Test
    void aReversedRedemptionToAMeterTakesBackArrearsEnergyAndTaxAndCreditsTheWallet() {
        sellOneCard();
        TransactionRecorded redemption = tx(ACCOUNT, 2, TransactionType.JC).card("0000000001").total("50.00")
                .arrears("10.00").energy("34.78", "5.22").build();
        on(redemption, "cashier-1");
        BigDecimal cardFloatAfterRedemption = journal.balance(CARD_FLOAT);

        on(Tx.cardRedemptionReversal(redemption, 3), "supervisor-1");

        assertThat(journal.last().lines()).containsExactly(dr(ARREARS_RECEIVABLE, "10.00"), dr(ENERGY_REVENUE, "34.78"),
                dr(TAX_PAYABLE, "5.22"), cr(WALLET_LIABILITY, "50.00"));
        assertThat(journal.last().source().mirrorOf()).isEqualTo("TX:2:" + ACCOUNT);
        assertThat(journal.balance(CARD_FLOAT)).isEqualByComparingTo(cardFloatAfterRedemption).isZero();
        assertThat(journal.balance(WALLET_LIABILITY)).isEqualByComparingTo("-50.00");
        assertThat(journal.balance(ENERGY_REVENUE)).isZero();
        assertTrialBalanceNetsToZero();
    }

    @Test
    void aReversedRedemptionToTheWalletTakesTheCreditBackAndGivesTheCardValueInstead() {
        sellOneCard();
        TransactionRecorded redemption = tx(ACCOUNT, 2, TransactionType.JC).card("0000000001").total("50.00")
                .wallet("50.00").build();
        on(redemption, "cashier-1");

        on(Tx.cardRedemptionReversal(redemption, 3), "supervisor-1");

        assertThat(journal.last().lines()).containsExactly(dr(WALLET_LIABILITY, "50.00"), cr(WALLET_LIABILITY, "50.00"));
        assertThat(journal.balance(CARD_FLOAT)).isZero();
        assertThat(journal.balance(WALLET_LIABILITY)).isEqualByComparingTo("-50.00");
        assertTrialBalanceNetsToZero();
    }

    @Test
    void aReversalStoredUnderTheFormerRuleStillGivesTheValueBackToTheCardFloat() {
        sellOneCard();
        TransactionRecorded redemption = tx(ACCOUNT, 2, TransactionType.JC).card("0000000001").total("50.00")
                .wallet("50.00").build();
        on(redemption, "cashier-1");

        on(Tx.reversal(redemption, 3), "supervisor-1");

        assertThat(journal.last().lines()).containsExactly(cr(CARD_FLOAT, "50.00"), dr(WALLET_LIABILITY, "50.00"));
        assertThat(journal.balance(CARD_FLOAT)).isEqualByComparingTo("-50.00");
        assertTrialBalanceNetsToZero();
    }

    @Test
    void aCardRefundThatDoesNotMatchWhatTheRedemptionTookFromTheFloatStopsTheLedger() {
        TransactionRecorded redemption = tx(ACCOUNT, 2, TransactionType.JC).card("0000000001").total("50.00")
                .wallet("50.00").build();
        on(redemption, "cashier-1");
        TransactionRecorded right = Tx.cardRedemptionReversal(redemption, 3);
        TransactionRecorded wrong = new TransactionRecorded(right.accountNumber(), 3, right.type(), null, null,
                right.total(), null, right.change(), List.of(), right.arrearsAmount(), right.energyAmount(),
                right.taxAmount(), right.walletChange(), right.units(), right.unitType(), null, null, 2L, "reason",
                right.cardSerial(), Money.of("40.00"));

        assertThatThrownBy(() -> on(wrong, "supervisor-1")).isInstanceOf(UnbalancedEntryException.class)
                .hasMessageContaining(CARD_FLOAT);
        assertThat(journal.entries).hasSize(1);
    }

    private void sellOneCard() {
        CardsSold sale = new CardsSold("SALE-1", 1, List.of("0000000001"), Money.of("50.00"), "cash", Tender.CASH);
        ledger.on(sale, message(sale, "cashier-1"), AT, "cashier-1");
    }

    private void assertTrialBalanceNetsToZero() {
        assertThat(journal.balances().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isZero();
    }

    private void on(TransactionRecorded t, String who) {
        ledger.on(t, message(t, who), AT, who);
    }

    private EventMessage<?> message(Object payload, String who) {
        GenericEventMessage<?> message = new GenericEventMessage<>(payload, MetaData.with("who", who));
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(++position), message);
    }
}
