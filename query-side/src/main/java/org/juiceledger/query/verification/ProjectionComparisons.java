package org.juiceledger.query.verification;

import java.util.List;

/**
 * Every projection table against its expected rows. The expected side works the final state out
 * of the facts written while reading the events: balances are sums of the signed moves, a card's
 * fields are those of the newest event that sets them, the current tariff version is the newest one
 * published. Tables whose rows have no natural key (card history, cashier activity) are keyed by
 * their order: the n-th row of a card (event order on one side, insertion order on the other).
 */
final class ProjectionComparisons {

    private static final String ZERO_TOKEN = "'00000000000000000000'";

    private ProjectionComparisons() {
    }

    static List<ProjectionComparison> all() {
        return List.of(accounts(), meters(), transactions(), cards(), cardHistory(), tariffs(), cashierActivity(),
                settlements(), journalEntries(), journalLines(), ledgerBalances());
    }

    static ProjectionComparison accounts() {
        List<String> values = List.of("name", "phone", "email", "tariff_id", "wallet_balance", "arrears_balance",
                "opened_at", "opened_by");
        String expected = "select o.account_number, o.name, o.phone, o.email, o.tariff_id,"
                + " coalesce(w.balance, 0) as wallet_balance, coalesce(t.arrears, 0) as arrears_balance,"
                + " o.opened_at, o.opened_by from verify_account o"
                + " left join (select account_number, sum(amount) as balance from verify_wallet_move"
                + " group by account_number) w on w.account_number = o.account_number"
                + " left join (select account_number, sum(arrears_change) as arrears from verify_transaction"
                + " group by account_number) t on t.account_number = o.account_number";
        return new ProjectionComparison("account_view", List.of("account_number"), values, expected,
                "select account_number, " + String.join(", ", values) + " from account_view");
    }

    static ProjectionComparison meters() {
        List<String> values = List.of("account_number", "kind", "supply_group_code", "tariff_index", "key_revision",
                "key_type", "base_date", "algorithm", "registered_at");
        String columns = String.join(", ", values);
        String expected = "select meter_number, " + columns + " from (select m.*, row_number() over"
                + " (partition by meter_number order by position desc) as newest from verify_meter m) x where newest = 1";
        return new ProjectionComparison("meter_view", List.of("meter_number"), values, expected,
                "select meter_number, " + columns + " from meter_view");
    }

    static ProjectionComparison transactions() {
        List<String> values = List.of("recorded_at", "type", "original_type", "status", "meter_number", "token",
                "units", "unit_type", "amount", "arrears_amount", "total", "wallet_change", "tender", "tendered",
                "change_given", "cashier", "channel", "reversal_of", "reversed_by", "counterparty", "note");
        String expected = "select t.transaction_number, t.account_number, t.recorded_at,"
                + " case when r.reversal_number is null then t.type else 'Credit' end as type, t.type as original_type,"
                + " case when r.reversal_number is null then 'OK' else 'REVERSED' end as status, t.meter_number,"
                + " case when r.reversal_number is not null and t.token is not null then " + ZERO_TOKEN
                + " else t.token end as token, t.units, t.unit_type, t.amount, t.arrears_amount, t.total,"
                + " t.wallet_change, t.tender, t.tendered, t.change_given, t.cashier, t.channel, t.reversal_of,"
                + " r.reversal_number as reversed_by, t.counterparty, t.note from verify_transaction t"
                + " left join (select transaction_number, account_number, reversal_number, row_number() over"
                + " (partition by transaction_number, account_number order by position desc) as newest"
                + " from verify_reversal) r on r.transaction_number = t.transaction_number"
                + " and r.account_number = t.account_number and r.newest = 1";
        return new ProjectionComparison("transaction_view", List.of("transaction_number", "account_number"), values,
                expected, "select transaction_number, account_number, " + String.join(", ", values)
                + " from transaction_view");
    }

    /** The newest event of each card that sets a field group, the issue included (it starts every group afresh). */
    private static String newest(String alias, String kinds) {
        return "(select * from (select ev.*, row_number() over (partition by serial order by position desc) as newest"
                + " from verify_card_event ev where kind in (" + kinds + ")) x where newest = 1) " + alias
                + " on " + alias + ".serial = i.serial";
    }

    static ProjectionComparison cards() {
        List<String> values = List.of("batch_id", "denomination", "state", "custodian", "sale_number", "redeemed_by",
                "account_number", "meter_number", "updated_at");
        String expected = "select i.serial, i.batch_id, i.denomination, s.state, c.custodian, sa.sale_number,"
                + " r.redeemed_by, r.account_number, r.meter_number, u.happened_at as updated_at from"
                + " (select * from (select ev.*, row_number() over (partition by serial order by position desc)"
                + " as newest from verify_card_event ev where kind = 'ISSUED') x where newest = 1) i"
                + " join " + newest("s", "'ISSUED', 'SOLD', 'UNSOLD', 'REDEEMED', 'UNREDEEMED', 'VOIDED'")
                + " join " + newest("c", "'ISSUED', 'CUSTODY'")
                + " join " + newest("sa", "'ISSUED', 'SOLD', 'UNSOLD'")
                + " join " + newest("r", "'ISSUED', 'REDEEMED', 'UNREDEEMED'")
                + " join " + newest("u", "'ISSUED', 'CUSTODY', 'SOLD', 'UNSOLD', 'REDEEMED', 'UNREDEEMED', 'VOIDED',"
                + " 'REVERSED_TO_WALLET'");
        return new ProjectionComparison("card_view", List.of("serial"), values, expected,
                "select serial, " + String.join(", ", values) + " from card_view");
    }

    static ProjectionComparison cardHistory() {
        List<String> values = List.of("happened_at", "event", "detail", "who", "channel");
        String columns = String.join(", ", values);
        return new ProjectionComparison("card_history", List.of("serial", "nth"), values,
                "select serial, row_number() over (partition by serial order by position) as nth, " + columns
                        + " from verify_card_history",
                "select serial, row_number() over (partition by serial order by id) as nth, " + columns
                        + " from card_history");
    }

    static ProjectionComparison tariffs() {
        List<String> values = List.of("name", "price_per_kwh", "tax_percent", "effective_from", "published_at",
                "published_by", "current_version");
        String expected = "select tariff_id, version, name, price_per_kwh, tax_percent, effective_from, published_at,"
                + " published_by, newest_of_tariff = 1 as current_version from (select t.*, row_number() over"
                + " (partition by tariff_id, version order by position desc) as newest_of_version, row_number() over"
                + " (partition by tariff_id order by position desc) as newest_of_tariff from verify_tariff t) x"
                + " where newest_of_version = 1";
        return new ProjectionComparison("tariff_version_view", List.of("tariff_id", "version"), values, expected,
                "select tariff_id, version, " + String.join(", ", values) + " from tariff_version_view");
    }

    static ProjectionComparison cashierActivity() {
        List<String> values = List.of("batch_number", "business_day", "happened_at", "type", "tender", "amount");
        String columns = String.join(", ", values);
        return new ProjectionComparison("cashier_activity", List.of("cashier", "transaction_number", "nth"), values,
                "select cashier, transaction_number, row_number() over (partition by cashier, transaction_number"
                        + " order by position) as nth, " + columns + " from verify_cashier_activity",
                "select cashier, transaction_number, row_number() over (partition by cashier, transaction_number"
                        + " order by id) as nth, " + columns + " from cashier_activity");
    }

    static ProjectionComparison settlements() {
        List<String> values = List.of("opened_at", "closed_at", "closed_by", "expected_cash", "expected_cc",
                "expected_check", "expected_dc", "declared_cash", "over_short");
        String columns = String.join(", ", values);
        return new ProjectionComparison("settlement_view", List.of("cashier", "batch_number"), values,
                "select cashier, batch_number, " + columns + " from verify_settlement",
                "select cashier, batch_number, " + columns + " from settlement_view");
    }

    static ProjectionComparison journalEntries() {
        List<String> values = List.of("global_position", "source_key", "event_type", "description",
                "transaction_number", "account_number", "who", "posted_at", "mirror_of");
        String columns = String.join(", ", values);
        return new ProjectionComparison(LedgerExpectation.ENTRY_PROJECTION, List.of("event_id"), values,
                "select event_id, " + columns + " from verify_journal_entry",
                "select event_id, " + columns + " from journal_entry");
    }

    static ProjectionComparison journalLines() {
        List<String> values = List.of("ledger_account", "debit", "credit", "running_balance", "global_position",
                "posted_at");
        return new ProjectionComparison("journal_line", List.of("event_id", "line_no"), values,
                "select event_id, line_no, " + String.join(", ", values) + " from verify_journal_line",
                "select e.event_id, l.line_no, l.ledger_account, l.debit, l.credit, l.running_balance,"
                        + " l.global_position, l.posted_at from journal_line l join journal_entry e on e.id = l.entry_id");
    }

    static ProjectionComparison ledgerBalances() {
        List<String> values = List.of("debit_total", "credit_total", "line_count");
        String columns = String.join(", ", values);
        return new ProjectionComparison("ledger_balance", List.of("ledger_account"), values,
                "select ledger_account, " + columns + " from verify_ledger_balance",
                "select ledger_account, " + columns + " from ledger_balance");
    }
}
