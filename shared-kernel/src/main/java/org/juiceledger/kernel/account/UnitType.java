package org.juiceledger.kernel.account;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a transaction's units count: energy on an STS token, or currency put in a wallet. */
public enum UnitType {
    KWH("kWh"), CURRENCY("currency");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
