package org.juiceledger.query.ledger;

import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.card.CardState;
import org.juiceledger.kernel.card.CardVoided;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juiceledger.query.ledger.ChartOfAccounts.ADJUSTMENTS;
import static org.juiceledger.query.ledger.ChartOfAccounts.ARREARS_CHARGES;
import static org.juiceledger.query.ledger.ChartOfAccounts.ARREARS_RECEIVABLE;
import static org.juiceledger.query.ledger.ChartOfAccounts.BAD_DEBT_EXPENSE;
import static org.juiceledger.query.ledger.ChartOfAccounts.CARD_FLOAT;
import static org.juiceledger.query.ledger.ChartOfAccounts.CASH_OVER_SHORT;
import static org.juiceledger.query.ledger.ChartOfAccounts.CREDIT_NOTE_EXPENSE;
import static org.juiceledger.query.ledger.ChartOfAccounts.ENERGY_REVENUE;
import static org.juiceledger.query.ledger.ChartOfAccounts.TAX_PAYABLE;
import static org.juiceledger.query.ledger.ChartOfAccounts.TREASURY;
import static org.juiceledger.query.ledger.ChartOfAccounts.VOIDED_CARDS;
import static org.juiceledger.query.ledger.ChartOfAccounts.WALLET_LIABILITY;
import static org.juiceledger.query.ledger.ChartOfAccounts.WALLET_TRANSFER_CLEARING;
import static org.juiceledger.query.ledger.Tx.tx;

/** The posting rules of docs/ledger.md, one by one: plain JUnit, no Spring. */
class PostingRulesTest {

    static final String ACCOUNT = "10000001";
    static final String OTHER = "10000002";
    static final String CASHIER = "cashier-1";

    static JournalLine dr(String account, String amount) {
        return JournalLine.debit(account, new BigDecimal(amount));
    }

    static JournalLine cr(String account, String amount) {
        return JournalLine.credit(account, new BigDecimal(amount));
    }

    static List<JournalLine> post(TransactionRecorded t) {
        Posting posting = PostingRules.transaction(t, CASHIER);
        if (!posting.isEmpty()) {
            posting.assertBalanced("test");
        }
        return posting.lines();
    }

    @ParameterizedTest
    @EnumSource(Tender.class)
    void aPurchaseDebitsTheCashiersTillForItsTenderAndCreditsArrearsEnergyAndTax(Tender tender) {
        TransactionRecorded purchase = tx(ACCOUNT, 1, tender.transactionType()).tender(tender).total("50.00")
                .arrears("25.00").energy("21.74", "3.26").build();

        assertThat(post(purchase)).containsExactly(
                dr("CASH_ON_HAND:cashier-1:" + tender.name(), "50.00"),
                cr(ARREARS_RECEIVABLE, "25.00"), cr(ENERGY_REVENUE, "21.74"), cr(TAX_PAYABLE, "3.26"));
    }

    @Test
    void aPurchaseForAnAmiMeterPutsWhatIsLeftAfterArrearsIntoTheWallet() {
        TransactionRecorded purchase = tx(ACCOUNT, 1, TransactionType.CASH_DC).tender(Tender.DC).total("8.00")
                .arrears("4.00").wallet("4.00").build();

        assertThat(post(purchase)).containsExactly(dr("CASH_ON_HAND:cashier-1:DC", "8.00"),
                cr(ARREARS_RECEIVABLE, "4.00"), cr(WALLET_LIABILITY, "4.00"));
    }

    @Test
    void anArrearsPaymentCreditsArrearsReceivable() {
        TransactionRecorded payment = tx(ACCOUNT, 1, TransactionType.CASH_CHECK).tender(Tender.CHECK).total("30.00")
                .arrears("30.00").build();

        assertThat(post(payment)).containsExactly(dr("CASH_ON_HAND:cashier-1:CHECK", "30.00"),
                cr(ARREARS_RECEIVABLE, "30.00"));
    }

    @Test
    void aWalletDepositCreditsTheWalletLiability() {
        TransactionRecorded deposit = tx(ACCOUNT, 1, TransactionType.CASH_CC).tender(Tender.CC).total("100.00")
                .wallet("100.00").build();

        assertThat(post(deposit)).containsExactly(dr("CASH_ON_HAND:cashier-1:CC", "100.00"),
                cr(WALLET_LIABILITY, "100.00"));
    }

    @Test
    void aCardRedemptionMovesTheCardFloatToEnergyOrToTheWallet() {
        TransactionRecorded toMeter = tx(ACCOUNT, 1, TransactionType.JC).card("0000000001").total("50.00")
                .energy("43.48", "6.52").build();
        TransactionRecorded toWallet = tx(ACCOUNT, 2, TransactionType.JC).card("0000000002").total("50.00")
                .wallet("50.00").build();

        assertThat(post(toMeter)).containsExactly(dr(CARD_FLOAT, "50.00"), cr(ENERGY_REVENUE, "43.48"),
                cr(TAX_PAYABLE, "6.52"));
        assertThat(post(toWallet)).containsExactly(dr(CARD_FLOAT, "50.00"), cr(WALLET_LIABILITY, "50.00"));
    }

    @Test
    void aWalletPurchaseDebitsTheWalletLiability() {
        TransactionRecorded purchase = tx(ACCOUNT, 1, TransactionType.WALLET).total("20.00").arrears("10.00")
                .energy("10.00", "0.00").wallet("-20.00").build();

        assertThat(post(purchase)).containsExactly(dr(WALLET_LIABILITY, "20.00"), cr(ARREARS_RECEIVABLE, "10.00"),
                cr(ENERGY_REVENUE, "10.00"));
    }

    @Test
    void aTransferPassesThroughClearingWhichNetsToZeroOnceBothSidesArePosted() {
        TransactionRecorded sent = tx(ACCOUNT, 1, TransactionType.WALLET).total("30.00").wallet("-30.00")
                .counterparty(OTHER).build();
        TransactionRecorded received = tx(OTHER, 1, TransactionType.WALLET).total("30.00").wallet("30.00")
                .counterparty(ACCOUNT).build();

        assertThat(post(sent)).containsExactly(dr(WALLET_LIABILITY, "30.00"), cr(WALLET_TRANSFER_CLEARING, "30.00"));
        assertThat(post(received)).containsExactly(cr(WALLET_LIABILITY, "30.00"), dr(WALLET_TRANSFER_CLEARING, "30.00"));
        BigDecimal clearing = List.of(sent, received).stream().flatMap(t -> post(t).stream())
                .filter(line -> line.ledgerAccount().equals(WALLET_TRANSFER_CLEARING))
                .map(JournalLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(clearing).isZero();
    }

    @Test
    void aCreditNoteIsAnExpenseThatFundsTheWallet() {
        TransactionRecorded credit = tx(ACCOUNT, 1, TransactionType.CREDIT).total("15.00").wallet("15.00").build();

        assertThat(post(credit)).containsExactly(dr(CREDIT_NOTE_EXPENSE, "15.00"), cr(WALLET_LIABILITY, "15.00"));
    }

    @Test
    void newArrearsAreAReceivableAndAnArrearsCharge() {
        TransactionRecorded arrears = tx(ACCOUNT, 1, TransactionType.ARREARS).total("100.00").arrears("100.00").build();

        assertThat(post(arrears)).containsExactly(dr(ARREARS_RECEIVABLE, "100.00"), cr(ARREARS_CHARGES, "100.00"));
    }

    @Test
    void aWriteOffMovesArrearsReceivableToBadDebt() {
        TransactionRecorded writeOff = tx(ACCOUNT, 1, TransactionType.WRITEOFF).total("5.00").arrears("-5.00").build();

        assertThat(post(writeOff)).containsExactly(dr(BAD_DEBT_EXPENSE, "5.00"), cr(ARREARS_RECEIVABLE, "5.00"));
    }

    @Test
    void walletAdjustmentsGoAgainstAdjustmentsEitherWay() {
        TransactionRecorded up = tx(ACCOUNT, 1, TransactionType.ADJ).total("1.00").wallet("1.00").build();
        TransactionRecorded down = tx(ACCOUNT, 2, TransactionType.ADJ).total("-2.50").wallet("-2.50").build();

        assertThat(post(up)).containsExactly(dr(ADJUSTMENTS, "1.00"), cr(WALLET_LIABILITY, "1.00"));
        assertThat(post(down)).containsExactly(cr(ADJUSTMENTS, "2.50"), dr(WALLET_LIABILITY, "2.50"));
    }

    @Test
    void arrearsAdjustmentsGoAgainstAdjustmentsEitherWay() {
        TransactionRecorded more = tx(ACCOUNT, 1, TransactionType.ADJ).total("20.00").arrears("20.00").build();
        TransactionRecorded less = tx(ACCOUNT, 2, TransactionType.ADJ).total("-7.00").arrears("-7.00").build();

        assertThat(post(more)).containsExactly(dr(ARREARS_RECEIVABLE, "20.00"), cr(ADJUSTMENTS, "20.00"));
        assertThat(post(less)).containsExactly(cr(ARREARS_RECEIVABLE, "7.00"), dr(ADJUSTMENTS, "7.00"));
    }

    @Test
    void freeAndManagementTokensMoveNoMoney() {
        assertThat(post(tx(ACCOUNT, 1, TransactionType.FREE).build())).isEmpty();
        assertThat(post(tx(ACCOUNT, 2, TransactionType.MGMT).build())).isEmpty();
        assertThat(PostingRules.movesValue(tx(ACCOUNT, 1, TransactionType.FREE).build())).isFalse();
    }

    @Test
    void aReversalIsNotComputedFromItsFiguresButMirrored() {
        TransactionRecorded purchase = tx(ACCOUNT, 1, TransactionType.CASH).tender(Tender.CASH).total("50.00")
                .arrears("25.00").energy("25.00", "0.00").build();

        assertThatThrownBy(() -> PostingRules.transaction(Tx.reversal(purchase, 2), CASHIER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PostingRules.mirror(post(purchase)).lines()).containsExactly(cr("CASH_ON_HAND:cashier-1:CASH", "50.00"),
                dr(ARREARS_RECEIVABLE, "25.00"), dr(ENERGY_REVENUE, "25.00"));
    }

    @Test
    void everyMirrorCancelsItsOriginalLineByLine() {
        List<TransactionRecorded> originals = List.of(
                tx(ACCOUNT, 1, TransactionType.CASH).tender(Tender.CASH).total("50.00").arrears("25.00").energy("21.74", "3.26").build(),
                tx(ACCOUNT, 2, TransactionType.WALLET).total("30.00").wallet("-30.00").counterparty(OTHER).build(),
                tx(ACCOUNT, 3, TransactionType.ADJ).total("-2.50").wallet("-2.50").build(),
                tx(ACCOUNT, 4, TransactionType.WRITEOFF).total("5.00").arrears("-5.00").build());
        for (TransactionRecorded original : originals) {
            List<JournalLine> lines = post(original);
            Posting mirror = PostingRules.mirror(lines).assertBalanced("mirror");
            for (int i = 0; i < lines.size(); i++) {
                assertThat(mirror.lines().get(i).ledgerAccount()).isEqualTo(lines.get(i).ledgerAccount());
                assertThat(mirror.lines().get(i).net()).isEqualByComparingTo(lines.get(i).net().negate());
            }
        }
    }

    @Test
    void aCashTransactionWithoutATenderIsADefect() {
        assertThatThrownBy(() -> post(tx(ACCOUNT, 1, TransactionType.CASH).total("5.00").energy("5.00", "0.00").build()))
                .isInstanceOf(UnbalancedEntryException.class).hasMessageContaining("no tender");
    }

    @Test
    void figuresThatDoNotAddUpAreRefusedAsUnbalanced() {
        TransactionRecorded broken = tx(ACCOUNT, 1, TransactionType.CASH).tender(Tender.CASH).total("50.00")
                .energy("49.00", "0.00").build();

        assertThatThrownBy(() -> PostingRules.transaction(broken, CASHIER).assertBalanced("TX:1"))
                .isInstanceOf(UnbalancedEntryException.class)
                .hasMessageContaining("debits 50.00, credits 49.00");
    }

    @Test
    void aCardSaleMovesCashIntoTheCardFloat() {
        CardsSold sale = new CardsSold("SALE-7", 7, List.of("0000000001", "0000000002"), Money.of("100.00"), "cash", Tender.CC);

        assertThat(PostingRules.cardsSold(sale, CASHIER).assertBalanced("sale").lines())
                .containsExactly(dr("CASH_ON_HAND:cashier-1:CC", "100.00"), cr(CARD_FLOAT, "100.00"));
    }

    @Test
    void voidingAnActivatedCardTakesItsValueOutOfTheFloatAndAnAvailableOneNothing() {
        CardVoided activated = new CardVoided("0000000001", CardState.ACTIVATED, Money.of("50.00"), "stolen");
        CardVoided available = new CardVoided("0000000002", CardState.AVAILABLE, Money.of("50.00"), "lost");

        assertThat(PostingRules.cardVoided(activated).assertBalanced("void").lines())
                .containsExactly(dr(CARD_FLOAT, "50.00"), cr(VOIDED_CARDS, "50.00"));
        assertThat(PostingRules.cardVoided(available).isEmpty()).isTrue();
    }

    @Test
    void aShortBatchCloseEmptiesTheTillIntoTreasuryAndDebitsTheShortfall() {
        CashierBatchClosed closed = new CashierBatchClosed(CASHIER, 3, Instant.parse("2026-01-01T08:00:00Z"),
                Map.of("CASH", Money.of("100.00"), "CC", Money.of("40.00"), "CHECK", Money.ZERO, "DC", Money.of("10.00")),
                Money.of("90.00"), Money.of("-10.00"));

        assertThat(PostingRules.batchClosed(closed).assertBalanced("close").lines()).containsExactly(
                cr("CASH_ON_HAND:cashier-1:CASH", "100.00"), dr(TREASURY, "90.00"),
                cr("CASH_ON_HAND:cashier-1:CC", "40.00"), dr(TREASURY, "40.00"),
                cr("CASH_ON_HAND:cashier-1:DC", "10.00"), dr(TREASURY, "10.00"),
                dr(CASH_OVER_SHORT, "10.00"));
    }

    @Test
    void anOverBatchCloseCreditsTheSurplus() {
        CashierBatchClosed closed = new CashierBatchClosed(CASHIER, 1, Instant.parse("2026-01-01T08:00:00Z"),
                Map.of("CASH", Money.of("100.00")), Money.of("100.50"), Money.of("0.50"));

        assertThat(PostingRules.batchClosed(closed).assertBalanced("close").lines()).containsExactly(
                cr("CASH_ON_HAND:cashier-1:CASH", "100.00"), dr(TREASURY, "100.50"), cr(CASH_OVER_SHORT, "0.50"));
    }

    @Test
    void anExactBatchCloseHasNoOverShortLineAndAnEmptyOnePostsNothing() {
        CashierBatchClosed exact = new CashierBatchClosed(CASHIER, 1, Instant.parse("2026-01-01T08:00:00Z"),
                Map.of("CASH", Money.of("60.00"), "CC", Money.ZERO), Money.of("60.00"), Money.ZERO);
        CashierBatchClosed empty = new CashierBatchClosed(CASHIER, 2, Instant.parse("2026-01-01T08:00:00Z"),
                Map.of("CASH", Money.ZERO, "CC", Money.ZERO), Money.ZERO, Money.ZERO);

        assertThat(PostingRules.batchClosed(exact).lines()).containsExactly(
                cr("CASH_ON_HAND:cashier-1:CASH", "60.00"), dr(TREASURY, "60.00"));
        assertThat(PostingRules.batchClosed(empty).isEmpty()).isTrue();
    }
}
