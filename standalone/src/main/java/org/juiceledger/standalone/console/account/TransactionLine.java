package org.juiceledger.standalone.console.account;

import org.juiceledger.query.account.TransactionView;
import org.juiceledger.standalone.console.support.Tokens;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One row of the seed's Basic View, with the figures the API's Transaction object gives for the
 * same projection row: kWh to one decimal, change only when some was given.
 */
public record TransactionLine(long transactionNumber, Instant date, String type, String status, String meterNumber,
                       String token, BigDecimal units, String unitType, BigDecimal amount,
                       BigDecimal arrearsAmount, BigDecimal total, String tender, BigDecimal tendered,
                       BigDecimal change, String cashier, Long reversalOf, Long reversedBy, String note) {

    static TransactionLine of(TransactionView v) {
        BigDecimal units = "kWh".equals(v.getUnitType()) ? v.getUnits().setScale(1, RoundingMode.UNNECESSARY) : v.getUnits();
        BigDecimal change = v.getChangeGiven() == null || v.getChangeGiven().signum() == 0 ? null : v.getChangeGiven();
        return new TransactionLine(v.getTransactionNumber(), v.getRecordedAt(), v.getType(), v.getStatus(),
                v.getMeterNumber(), v.getToken(), units, v.getUnitType(), v.getAmount(),
                v.getArrearsAmount(), v.getTotal(), v.getTender(), v.getTendered(), change, v.getCashier(),
                v.getReversalOf(), v.getReversedBy(), v.getNote());
    }

    /** A Reversal cannot be reversed, nor can a transaction twice (the command says so too). */
    public boolean reversible() {
        return reversedBy == null && !"Reversal".equals(type) && !"REVERSED".equals(status);
    }

    /** The token in the groups of four a customer keys in: 1234 5678 9012 3456 7890. */
    public String groupedToken() {
        return Tokens.grouped(token);
    }
}
