package org.juiceledger.query.ledger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.List;

/**
 * The four invariants of docs/ledger.md, one bean each. The expected side comes from the other
 * projections' tables (card_view, account_view), read with plain SQL so the ledger depends on their
 * schema only, not on their code.
 */
@Configuration(proxyBeanMethods = false)
class LedgerInvariants {

    static final String TRIAL_BALANCE = "trialBalanceNetsToZero";
    static final String CARD_FLOAT = "cardFloatEqualsActivatedCards";
    static final String WALLETS = "walletLiabilityEqualsWalletBalances";
    static final String ARREARS = "arrearsReceivableEqualsArrearsBalances";

    @Bean
    @Order(10)
    LedgerInvariant trialBalanceNetsToZero(LedgerBalanceRepository balances) {
        return () -> List.of(InvariantCheck.of(TRIAL_BALANCE, "the debits of all ledger accounts minus their credits",
                BigDecimal.ZERO, balances.findAll().stream().map(LedgerBalance::net).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Bean
    @Order(20)
    LedgerInvariant cardFloatEqualsActivatedCards(LedgerBalances ledger, JdbcTemplate jdbc) {
        return () -> List.of(InvariantCheck.of(CARD_FLOAT,
                "CARD_FLOAT against the face value of activated, unredeemed cards (card_view)",
                sum(jdbc, "select sum(denomination) from card_view where state = 'ACTIVATED'"),
                ledger.onNormalSide(ChartOfAccounts.CARD_FLOAT)));
    }

    @Bean
    @Order(30)
    LedgerInvariant walletLiabilityEqualsWalletBalances(LedgerBalances ledger, JdbcTemplate jdbc) {
        return () -> List.of(InvariantCheck.of(WALLETS,
                "WALLET_LIABILITY against the sum of wallet balances (account_view)",
                sum(jdbc, "select sum(wallet_balance) from account_view"),
                ledger.onNormalSide(ChartOfAccounts.WALLET_LIABILITY)));
    }

    @Bean
    @Order(40)
    LedgerInvariant arrearsReceivableEqualsArrearsBalances(LedgerBalances ledger, JdbcTemplate jdbc) {
        return () -> List.of(InvariantCheck.of(ARREARS,
                "ARREARS_RECEIVABLE against the sum of arrears balances (account_view)",
                sum(jdbc, "select sum(arrears_balance) from account_view"),
                ledger.onNormalSide(ChartOfAccounts.ARREARS_RECEIVABLE)));
    }

    private static BigDecimal sum(JdbcTemplate jdbc, String sql) {
        BigDecimal sum = jdbc.queryForObject(sql, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
