package org.juiceledger.command.account;

/**
 * Account and transaction numbers: unique and increasing across nodes, assigned on the command
 * side when the account opens or the transaction happens. A refused command may leave a gap.
 */
public interface NumberSequences {

    long nextTransactionNumber();

    String nextAccountNumber();
}
