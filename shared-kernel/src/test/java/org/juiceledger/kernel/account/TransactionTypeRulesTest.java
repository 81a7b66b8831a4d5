package org.juiceledger.kernel.account;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules both sides follow per transaction type, each decided once in {@link TransactionType}. */
class TransactionTypeRulesTest {

    @Test
    void aCashierTakesOnTenderedMoneySpecialsAndReversalsOnly() {
        for (Tender tender : Tender.values()) {
            assertThat(tender.transactionType().cashierTake()).as(tender.name()).isEqualTo(CashierTake.TENDER);
        }
        assertThat(TransactionType.CREDIT.cashierTake()).isEqualTo(CashierTake.SPECIAL);
        assertThat(TransactionType.WRITEOFF.cashierTake()).isEqualTo(CashierTake.SPECIAL);
        assertThat(TransactionType.REVERSAL.cashierTake()).isEqualTo(CashierTake.TAKE_BACK);
        for (TransactionType type : EnumSet.of(TransactionType.ADJ, TransactionType.ARREARS, TransactionType.FREE,
                TransactionType.JC, TransactionType.MGMT, TransactionType.WALLET)) {
            assertThat(type.cashierTake()).as(type.name()).isEqualTo(CashierTake.NOTHING);
        }
    }

    @Test
    void vendsAreTheTypesThatSellEnergyOrGiveItFree() {
        assertThat(EnumSet.allOf(TransactionType.class).stream().filter(TransactionType::isVend).toList())
                .containsExactlyInAnyOrder(TransactionType.CASH, TransactionType.CASH_CC, TransactionType.CASH_CHECK,
                        TransactionType.CASH_DC, TransactionType.JC, TransactionType.WALLET, TransactionType.FREE);
    }

    @Test
    void aReversedTransactionsReceiptReadsCredit() {
        assertThat(TransactionType.CASH.receiptLabel(false)).isEqualTo("Cash");
        assertThat(TransactionType.CASH.receiptLabel(true)).isEqualTo("Credit");
        assertThat(TransactionType.JC.receiptLabel(true)).isEqualTo(TransactionType.CREDIT.label());
    }
}
