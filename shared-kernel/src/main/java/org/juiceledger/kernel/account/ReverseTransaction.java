package org.juiceledger.kernel.account;

/**
 * Undo what a transaction did, by a new Reversal transaction. {@code creditAccount} applies to a
 * Juice Card redemption only: whose wallet gets the card's value (null: the account it was
 * redeemed to).
 */
public record ReverseTransaction(long transactionNumber, String reason, String creditAccount) {

    public ReverseTransaction(long transactionNumber, String reason) {
        this(transactionNumber, reason, null);
    }
}
