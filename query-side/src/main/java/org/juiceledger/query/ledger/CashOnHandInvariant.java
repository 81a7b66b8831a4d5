package org.juiceledger.query.ledger;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fifth invariant: each cashier's cash on hand per tender in the ledger equals what their open
 * batch collected (the cashier totals projection, net of reversals). Closing a batch credits exactly
 * what that batch collected, so whatever is left on a till belongs to the open batch.
 */
@Component
@Order(50)
class CashOnHandInvariant implements LedgerInvariant {

    static final String NAME = "cashOnHandEqualsOpenBatch";
    private final LedgerBalanceRepository balances;
    private final JdbcTemplate jdbc;

    CashOnHandInvariant(LedgerBalanceRepository balances, JdbcTemplate jdbc) {
        this.balances = balances;
        this.jdbc = jdbc;
    }

    @Override
    public List<InvariantCheck> check() {
        Map<String, BigDecimal> openBatches = new TreeMap<>();
        jdbc.query("""
                select a.cashier, a.tender, sum(a.amount) from cashier_activity a
                where a.batch_number = (select count(*) + 1 from settlement_view s where s.cashier = a.cashier)
                group by a.cashier, a.tender""", row -> {
            openBatches.put(ChartOfAccounts.cashOnHand(row.getString(1), row.getString(2)), row.getBigDecimal(3));
        });
        Map<String, BigDecimal> tills = new TreeMap<>();
        balances.findAll().stream().filter(b -> b.getLedgerAccount().startsWith(ChartOfAccounts.CASH_ON_HAND + ":"))
                .forEach(b -> tills.put(b.getLedgerAccount(), b.net()));
        List<InvariantCheck> checks = new ArrayList<>();
        Set<String> accounts = new TreeSet<>(openBatches.keySet());
        accounts.addAll(tills.keySet());
        for (String account : accounts) {
            checks.add(InvariantCheck.of(NAME + "[" + account + "]", account + " against the open batch's collections (cashier totals)",
                    openBatches.getOrDefault(account, BigDecimal.ZERO), tills.getOrDefault(account, BigDecimal.ZERO)));
        }
        return checks;
    }
}
