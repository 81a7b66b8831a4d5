package org.juiceledger.kernel.cashier;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

import java.time.Instant;
import java.util.Map;

/**
 * A cashier closed their batch: they handed over what they collected. {@code expected} is what the
 * batch collected per tender (CASH, CC, CHECK, DC) net of reversals; cash is counted
 * ({@code declaredCash}), other tenders are handed over as recorded. {@code overShort} =
 * declaredCash − expected cash (negative: short). A new batch starts with nothing owed.
 */
@Revision("1")
public record CashierBatchClosed(String cashier, long batchNumber, Instant openedAt, Map<String, Money> expected,
                                 Money declaredCash, Money overShort) {

    public CashierBatchClosed {
        expected = Map.copyOf(expected);
    }
}
