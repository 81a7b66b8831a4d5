package org.juiceledger.command.cashier;

import org.juiceledger.kernel.money.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/** The vendor and special limits an admin set for each user; someone without a user row has none to spend. */
@Component
public class CashierLimits {

    private final JdbcTemplate jdbc;

    CashierLimits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Limits of(String login) {
        List<Limits> found = jdbc.query("select vendor_limit, special_limit from app_user where login = ?",
                (row, i) -> new Limits(money(row.getBigDecimal(1)), money(row.getBigDecimal(2))), login);
        return found.isEmpty() ? new Limits(Money.ZERO, Money.ZERO) : found.get(0);
    }

    private static Money money(BigDecimal value) {
        return Money.of(value);
    }

    /** How much a cashier may hold (vendor) and give away (special) before closing their batch. */
    public record Limits(Money vendorLimit, Money specialLimit) {
    }
}
