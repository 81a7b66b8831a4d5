package org.juiceledger.query.account.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.juiceledger.query.account.TransactionView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A transaction as docs/api.md shows it (the Transaction object). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TransactionRow(long transactionNumber, Instant date, String type, String status, String accountNumber,
                      String meterNumber, String token, BigDecimal units, String unitType, BigDecimal amount,
                      BigDecimal arrearsAmount, BigDecimal total, String tender, BigDecimal tendered,
                      BigDecimal change, String cashier, String channel, Long reversalOf, Long reversedBy,
                      String counterparty, String note) {

    static TransactionRow of(TransactionView v) {
        BigDecimal units = "kWh".equals(v.getUnitType()) ? v.getUnits().setScale(1, RoundingMode.UNNECESSARY) : v.getUnits();
        BigDecimal change = v.getChangeGiven() == null || v.getChangeGiven().signum() == 0 ? null : v.getChangeGiven();
        return new TransactionRow(v.getTransactionNumber(), v.getRecordedAt(), v.getType(), v.getStatus(),
                v.getAccountNumber(), v.getMeterNumber(), v.getToken(), units, v.getUnitType(), v.getAmount(),
                v.getArrearsAmount(), v.getTotal(), v.getTender(), v.getTendered(), change,
                v.getCashier(), v.getChannel(), v.getReversalOf(), v.getReversedBy(), v.getCounterparty(), v.getNote());
    }

}
