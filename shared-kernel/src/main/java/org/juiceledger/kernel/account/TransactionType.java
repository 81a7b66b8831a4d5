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

    @JsonCreator
    public static TransactionType ofLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label) || t.name().equals(label))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown transaction type"));
    }
}
