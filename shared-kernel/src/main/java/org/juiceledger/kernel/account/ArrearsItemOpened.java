package org.juiceledger.kernel.account;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * A new arrears item (a debt) was opened on an account by an Arrears transaction. Payments
 * collect {@code collectionPercent} of each payment towards it until it is paid.
 */
@Revision("1")
public record ArrearsItemOpened(String accountNumber, String itemId, long transactionNumber,
                                BigDecimal collectionPercent, String description) implements AccountEvent {
}
