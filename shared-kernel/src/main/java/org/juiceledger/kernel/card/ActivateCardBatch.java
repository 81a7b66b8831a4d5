package org.juiceledger.kernel.card;

import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.money.Money;

/**
 * Sell one card or a range: all or none. {@code anyCustody} is set for supervisors, who may sell
 * cards in anyone's custody; a cashier sells only cards in their own.
 */
public record ActivateCardBatch(String firstSerial, String lastSerial, String customer, Tender tender,
                                Money expectedTotal, boolean anyCustody) {
}
