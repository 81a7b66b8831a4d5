package org.juiceledger.command.account;

import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.money.Money;

/** A payment for energy, and where its money came from: the transaction it makes names that. */
public sealed interface EnergyPayment {

    long transactionNumber();

    Money amount();

    TransactionType type();

    /** Marks the transaction with where the money came from. */
    TransactionBuilder describe(TransactionBuilder transaction);

    /** Paid at the counter by {@code tender}; {@code change} handed back from {@code tendered}. */
    record Tendered(long transactionNumber, Money amount, Tender tender, Money tendered, Money change)
            implements EnergyPayment {

        @Override
        public TransactionType type() {
            return tender.transactionType();
        }

        @Override
        public TransactionBuilder describe(TransactionBuilder transaction) {
            return transaction.tender(tender).tendered(tendered, change);
        }
    }

    /** Paid from the account's wallet. */
    record FromWallet(long transactionNumber, Money amount) implements EnergyPayment {

        @Override
        public TransactionType type() {
            return TransactionType.WALLET;
        }

        @Override
        public TransactionBuilder describe(TransactionBuilder transaction) {
            return transaction.paidFromWallet(amount);
        }
    }

    /** Paid with a Juice Card worth {@code amount} (the card has already taken the transaction number). */
    record ByCard(long transactionNumber, Money amount, String cardSerial) implements EnergyPayment {

        @Override
        public TransactionType type() {
            return TransactionType.JC;
        }

        @Override
        public TransactionBuilder describe(TransactionBuilder transaction) {
            return transaction.paidWithCard(cardSerial);
        }
    }
}
