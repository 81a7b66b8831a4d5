package org.juiceledger.query.verification;

import java.util.List;

import static org.juiceledger.query.verification.ExpectedTable.bigint;
import static org.juiceledger.query.verification.ExpectedTable.bool;
import static org.juiceledger.query.verification.ExpectedTable.date;
import static org.juiceledger.query.verification.ExpectedTable.decimal;
import static org.juiceledger.query.verification.ExpectedTable.instant;
import static org.juiceledger.query.verification.ExpectedTable.integer;
import static org.juiceledger.query.verification.ExpectedTable.money;
import static org.juiceledger.query.verification.ExpectedTable.text;

/**
 * The expected state, written while the events are read. Most tables record facts as they happened
 * (one row per event); the final state (balances, card states, current tariff versions) is worked out
 * from them in SQL when the projections are compared ({@link ProjectionComparisons}).
 */
final class ExpectedTables {

    static final ExpectedTable ACCOUNTS = new ExpectedTable("verify_account", List.of(
            text("account_number"), text("name"), text("phone"), text("email"),
            text("tariff_id"), instant("opened_at"), text("opened_by")), List.of());

    /** Every wallet move, signed, with the balance the event itself states. */
    static final ExpectedTable WALLET_MOVES = new ExpectedTable("verify_wallet_move", List.of(
            text("account_number"), bigint("position"), bigint("transaction_number"), money("amount"),
            money("event_balance")), List.of("account_number", "position"));

    static final ExpectedTable METERS = new ExpectedTable("verify_meter", List.of(
            text("meter_number"), bigint("position"), text("account_number"), text("kind"),
            text("supply_group_code"), text("tariff_index"), integer("key_revision"), integer("key_type"),
            integer("base_date"), text("algorithm"), instant("registered_at")), List.of());

    static final ExpectedTable TRANSACTIONS = new ExpectedTable("verify_transaction", List.of(
            bigint("transaction_number"), text("account_number"), instant("recorded_at"), text("type"),
            text("meter_number"), text("token"), decimal("units", 19, 2), text("unit_type"),
            money("amount"), money("arrears_amount"), money("total"), money("wallet_change"), text("tender"),
            money("tendered"), money("change_given"), text("cashier"), text("channel"),
            bigint("reversal_of"), text("counterparty"), text("note"), money("arrears_change")), List.of());

    static final ExpectedTable REVERSALS = new ExpectedTable("verify_reversal", List.of(
            bigint("transaction_number"), text("account_number"), bigint("reversal_number"), bigint("position")),
            List.of());

    /** One row per card event: the state it leads to (null: state unchanged) and the fields it sets. */
    static final ExpectedTable CARD_EVENTS = new ExpectedTable("verify_card_event", List.of(
            text("serial"), bigint("position"), text("kind"), text("state"), instant("happened_at"),
            text("batch_id"), money("denomination"), text("custodian"), bigint("sale_number"),
            bigint("redeemed_by"), text("account_number"), text("meter_number")), List.of());

    static final ExpectedTable CARD_HISTORY = new ExpectedTable("verify_card_history", List.of(
            text("serial"), bigint("position"), instant("happened_at"), text("event"), text("detail"),
            text("who"), text("channel")), List.of());

    static final ExpectedTable TARIFFS = new ExpectedTable("verify_tariff", List.of(
            text("tariff_id"), integer("version"), bigint("position"), text("name"),
            decimal("price_per_kwh", 19, 6), decimal("tax_percent", 5, 2), date("effective_from"),
            instant("published_at"), text("published_by")), List.of());

    static final ExpectedTable CASHIER_ACTIVITY = new ExpectedTable("verify_cashier_activity", List.of(
            text("cashier"), bigint("batch_number"), date("business_day"), instant("happened_at"),
            bigint("transaction_number"), text("type"), text("tender"), money("amount"), bigint("position")),
            List.of("transaction_number"));

    static final ExpectedTable SETTLEMENTS = new ExpectedTable("verify_settlement", List.of(
            text("cashier"), bigint("batch_number"), instant("opened_at"), instant("closed_at"),
            text("closed_by"), money("expected_cash"), money("expected_cc"), money("expected_check"),
            money("expected_dc"), money("declared_cash"), money("over_short")), List.of());

    static final ExpectedTable JOURNAL_ENTRIES = new ExpectedTable("verify_journal_entry", List.of(
            text("event_id"), bigint("global_position"), text("source_key"), text("event_type"),
            text("description"), bigint("transaction_number"), text("account_number"), text("who"),
            instant("posted_at"), text("mirror_of")), List.of());

    static final ExpectedTable JOURNAL_LINES = new ExpectedTable("verify_journal_line", List.of(
            text("event_id"), text("source_key"), integer("line_no"), text("ledger_account"),
            money("debit"), money("credit"), money("running_balance"), bigint("global_position"),
            instant("posted_at")), List.of("source_key"));

    static final ExpectedTable LEDGER_BALANCES = new ExpectedTable("verify_ledger_balance", List.of(
            text("ledger_account"), money("debit_total"), money("credit_total"), bigint("line_count")),
            List.of());

    static final List<ExpectedTable> ALL = List.of(ACCOUNTS, WALLET_MOVES, METERS, TRANSACTIONS, REVERSALS,
            CARD_EVENTS, CARD_HISTORY, TARIFFS, CASHIER_ACTIVITY, SETTLEMENTS, JOURNAL_ENTRIES, JOURNAL_LINES,
            LEDGER_BALANCES);

    private ExpectedTables() {
    }
}
