package org.juiceledger.command.account;

import org.juiceledger.kernel.money.Money;

/**
 * One account's side of a wallet transfer (transaction {@code transactionNumber}): {@code change} is
 * negative for the sender; {@code note} says why.
 */
public record TransferLeg(long transactionNumber, Money change, String otherAccount, String note) {

    /** A transfer leg noted as "transfer to …" or "transfer from …" the other account. */
    public static TransferLeg of(long transactionNumber, Money change, String otherAccount) {
        return new TransferLeg(transactionNumber, change, otherAccount,
                (change.isNegative() ? "transfer to " : "transfer from ") + otherAccount);
    }
}
