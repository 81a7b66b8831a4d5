package org.juiceledger.query.verification;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class WalletBalanceCheckTest {

    private final Mismatches mismatches = new Mismatches(10);
    private final WalletBalanceCheck check = new WalletBalanceCheck(mismatches);

    @Test
    void balancesThatFollowFromTheAmountsPass() {
        check.move("A", 1, 100, money("10.00"), money("10.00"));
        check.move("A", 4, 101, money("-3.50"), money("6.50"));
        check.move("B", 2, 102, money("1.00"), money("1.00"));
        check.move("B", 3, 103, money("-1.00"), money("0"));

        assertThat(mismatches.total()).isZero();
    }

    @Test
    void anEventWhoseBalanceDisagreesWithTheRecomputedOneIsReported() {
        check.move("A", 1, 100, money("10.00"), money("10.00"));
        check.move("A", 4, 101, money("5.00"), money("16.00"));
        check.move("B", 7, 102, money("2.00"), money("2.00"));

        assertThat(mismatches.kept()).containsExactly(
                new Mismatch(WalletBalanceCheck.PROJECTION, "A/101@4", "balance", "15.00", "16.00"));
        assertThat(mismatches.counts()).containsEntry(WalletBalanceCheck.PROJECTION, 1L);
    }

    @Test
    void aTamperedAmountShowsInEveryLaterBalanceOfThatWalletOnly() {
        check.move("A", 1, 100, money("12.00"), money("10.00"));
        check.move("A", 2, 101, money("-4.00"), money("6.00"));
        check.move("B", 3, 102, money("4.00"), money("4.00"));

        assertThat(mismatches.kept()).extracting(Mismatch::key, Mismatch::expected, Mismatch::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A/100@1", "12.00", "10.00"),
                        org.assertj.core.groups.Tuple.tuple("A/101@2", "8.00", "6.00"));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
