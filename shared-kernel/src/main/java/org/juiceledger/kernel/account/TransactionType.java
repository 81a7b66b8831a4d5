package org.juiceledger.kernel.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** The transaction types of the seed text, shown by their Juice labels. */
public enum TransactionType {
    ADJ("Adj"),
    ARREARS("Arrears"),
    CASH("Cash"),
    CASH_CC("Cash-CC"),
    CASH_CHECK("Cash-Check"),
    CASH_DC("Cash-DC"),
    CREDIT("Credit"),
    FREE("Free"),
    JC("JC"),
    MGMT("Mgmt"),
    REVERSAL("Reversal"),
    WALLET("Wallet"),
    WRITEOFF("Writeoff");

    private final String label;

    TransactionType(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /**
     * What the cashier who records it takes on. Exhaustive on purpose (no default): a new type does
     * not compile until it says, and both sides follow this one answer.
     */
    public CashierTake cashierTake() {
        return switch (this) {
            case CASH, CASH_CC, CASH_CHECK, CASH_DC -> CashierTake.TENDER;
            case CREDIT, WRITEOFF -> CashierTake.SPECIAL;
            case REVERSAL -> CashierTake.TAKE_BACK;
            case ADJ, ARREARS, FREE, JC, MGMT, WALLET -> CashierTake.NOTHING;
        };
    }

    /**
     * Whether a transaction of this type, for a meter, is a vend: energy for the customer, whose
     * receipt goes out by SMS with {@code juice.notifications.auto-sms}. Exhaustive, as above.
     */
    public boolean isVend() {
        return switch (this) {
            case CASH, CASH_CC, CASH_CHECK, CASH_DC, JC, WALLET, FREE -> true;
            case ADJ, ARREARS, CREDIT, MGMT, REVERSAL, WRITEOFF -> false;
        };
    }

    /** The type a receipt shows: a reversed transaction reads Credit (the seed text's rule). */
    public String receiptLabel(boolean reversed) {
        return reversed ? CREDIT.label : label;
    }

    @JsonCreator
    public static TransactionType ofLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label) || t.name().equals(label))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown transaction type"));
    }
}
