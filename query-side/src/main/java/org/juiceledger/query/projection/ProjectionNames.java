package org.juiceledger.query.projection;

import java.util.List;

/** The query side's projections: each is one processing group and one pooled streaming processor of that name. */
public final class ProjectionNames {

    public static final String ACCOUNTS = "account-projection";
    public static final String CARDS = "card-projection";
    public static final String CASHIER_TOTALS = "cashier-projection";
    public static final String LEDGER = "ledger-projection";
    public static final String TARIFFS = "tariff-projection";
    public static final List<String> ALL = List.of(ACCOUNTS, CARDS, CASHIER_TOTALS, LEDGER, TARIFFS);

    private ProjectionNames() {
    }
}
