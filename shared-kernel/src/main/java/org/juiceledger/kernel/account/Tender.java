package org.juiceledger.kernel.account;

/** How a customer paid a cashier. Each tender gives a purchase its transaction type. */
public enum Tender {
    CASH(TransactionType.CASH), CC(TransactionType.CASH_CC), CHECK(TransactionType.CASH_CHECK), DC(TransactionType.CASH_DC);

    private final TransactionType type;

    Tender(TransactionType type) {
        this.type = type;
    }

    public TransactionType transactionType() {
        return type;
    }
}
