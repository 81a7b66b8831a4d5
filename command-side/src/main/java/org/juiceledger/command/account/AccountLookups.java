package org.juiceledger.command.account;

import java.util.List;
import java.util.Optional;

/** The command side's lookup tables: which account a meter belongs to, what a transaction touched. */
public interface AccountLookups {

    Optional<String> accountOfMeter(String meterNumber);

    /** The aggregates a transaction number touched, accounts first in number order. */
    List<TransactionOwner> ownersOfTransaction(long transactionNumber);

    /** An aggregate a transaction was recorded on. */
    record TransactionOwner(Kind kind, String id) {

        public enum Kind { ACCOUNT, CARD_SALE }
    }
}
