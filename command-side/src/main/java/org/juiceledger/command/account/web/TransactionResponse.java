package org.juiceledger.command.account.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;

import java.math.BigDecimal;
import java.time.Instant;

/** A transaction as docs/api.md shows it; {@code amount} is the part of the total that was not arrears. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TransactionResponse(long transactionNumber, Instant date, TransactionType type, String status,
                           String accountNumber, String meterNumber, String token, BigDecimal units,
                           UnitType unitType, BigDecimal amount, BigDecimal arrearsAmount, BigDecimal total,
                           Tender tender, BigDecimal tendered, BigDecimal change, String cashier,
                           Long reversalOf, String counterparty, String note) {

    static TransactionResponse of(TransactionRecorded t, Instant date, String cashier) {
        return new TransactionResponse(t.transactionNumber(), date, t.type(), "OK", t.accountNumber(),
                t.meterNumber(), t.token(), t.units(), t.unitType(),
                t.total().minus(t.arrearsAmount()).amount(), t.arrearsAmount().amount(), t.total().amount(),
                t.tender(), t.tendered() == null ? null : t.tendered().amount(),
                t.change().isZero() ? null : t.change().amount(), cashier, t.reversalOf(), t.counterparty(), t.note());
    }
}
