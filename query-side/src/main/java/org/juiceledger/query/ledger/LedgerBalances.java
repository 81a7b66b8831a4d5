package org.juiceledger.query.ledger;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** Reads a ledger account's balance on its normal side. */
@Component
public class LedgerBalances {

    private final LedgerBalanceRepository balances;

    LedgerBalances(LedgerBalanceRepository balances) {
        this.balances = balances;
    }

    /** Debit minus credit; zero for an account that has no lines. */
    public BigDecimal net(String ledgerAccount) {
        return balances.findById(ledgerAccount).map(LedgerBalance::net).orElse(BigDecimal.ZERO.setScale(2));
    }

    /** The balance on the side it normally stands on (credit minus debit for liabilities and income). */
    public BigDecimal onNormalSide(String ledgerAccount) {
        BigDecimal net = net(ledgerAccount);
        return ChartOfAccounts.normalSide(ledgerAccount) == ChartOfAccounts.NormalSide.CREDIT ? net.negate() : net;
    }
}
