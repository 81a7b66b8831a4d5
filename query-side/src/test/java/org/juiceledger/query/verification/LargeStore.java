package org.juiceledger.query.verification;

import org.juiceledger.kernel.account.AccountOpened;
import org.juiceledger.kernel.account.MeterKind;
import org.juiceledger.kernel.account.MeterRegistered;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a large, consistent store: per account, AccountOpened, MeterRegistered (AMI) and four
 * cash wallet deposits of 10.00 (TransactionRecorded + WalletCredited): ten events. It writes the
 * projection rows the application would have written alongside (accounts, meters, transactions,
 * cashier activity, journal and ledger balances), so a correct verification finds nothing.
 */
final class LargeStore {

    static final int EVENTS_PER_ACCOUNT = 10;
    private static final String CASHIER = "gen-cashier";
    private static final String TILL = "CASH_ON_HAND:" + CASHIER + ":CASH";
    private static final Money TEN = Money.of("10.00");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private final Connection connection;
    private final StoredEvents events;
    private final Rows accounts = new Rows("account_view", "account_number, name, tariff_id, wallet_balance,"
            + " arrears_balance, opened_at, opened_by", 7);
    private final Rows meters = new Rows("meter_view", "meter_number, account_number, kind, registered_at", 4);
    private final Rows transactions = new Rows("transaction_view", "transaction_number, account_number, recorded_at,"
            + " type, original_type, status, units, unit_type, amount, arrears_amount, total, wallet_change, tender,"
            + " change_given, cashier, channel", 16);
    private final Rows activity = new Rows("cashier_activity", "id, cashier, batch_number, business_day, happened_at,"
            + " transaction_number, type, tender, amount", 9);
    private final Rows entries = new Rows("journal_entry", "id, event_id, global_position, source_key, event_type,"
            + " description, transaction_number, account_number, who, posted_at", 10);
    private final Rows lines = new Rows("journal_line", "id, entry_id, line_no, ledger_account, debit, credit,"
            + " running_balance, global_position, posted_at", 9, entries);
    private long deposits;
    private long millis;

    LargeStore(Connection connection) {
        this.connection = connection;
        this.events = new StoredEvents(connection, 0);
    }

    void generate(int accountCount) throws SQLException {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < accountCount; i++) {
            String account = String.format("G%09d", i);
            String meter = String.format("M%09d", i);
            Instant opened = next();
            events.append(account, 0, new AccountOpened(account, "Customer " + i, null, null, "T1"), opened, CASHIER);
            accounts.add(account, "Customer " + i, "T1", new BigDecimal("40.00"), zero, time(opened), CASHIER);
            Instant registered = next();
            events.append(account, 1, new MeterRegistered(account, meter, MeterKind.AMI, null), registered, CASHIER);
            meters.add(meter, account, "AMI", time(registered));
            for (int d = 0; d < 4; d++) {
                deposit(account, 2 + 2 * d, d);
            }
        }
        events.flush();
        for (Rows rows : List.of(accounts, meters, transactions, activity, lines)) {
            rows.flush();
        }
        try (PreparedStatement balances = connection.prepareStatement("insert into ledger_balance (ledger_account,"
                + " debit_total, credit_total, line_count) values (?, ?, 0, ?), (?, 0, ?, ?)")) {
            BigDecimal total = new BigDecimal("10.00").multiply(BigDecimal.valueOf(deposits));
            balances.setString(1, TILL);
            balances.setBigDecimal(2, total);
            balances.setLong(3, deposits);
            balances.setString(4, "WALLET_LIABILITY");
            balances.setBigDecimal(5, total);
            balances.setLong(6, deposits);
            balances.executeUpdate();
        }
    }

    private void deposit(String account, long sequence, int index) {
        long number = 1_000_001 + deposits;
        Instant at = next();
        Money balance = Money.of(new BigDecimal(10 * (index + 1)));
        TransactionRecorded recorded = new TransactionRecorded(account, number, TransactionType.CASH, Tender.CASH, null,
                TEN, null, Money.ZERO, List.of(), Money.ZERO, Money.ZERO, Money.ZERO, TEN, new BigDecimal("10.00"),
                UnitType.CURRENCY, null, null, null, null, null);
        String eventId = events.append(account, sequence, recorded, at, CASHIER);
        long position = events.position();
        events.append(account, sequence + 1, new WalletCredited(account, number, TEN, balance), at, CASHIER);
        deposits++;
        BigDecimal ten = TEN.amount();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        transactions.add(number, account, time(at), "Cash", "Cash", "OK", ten, "currency", ten, zero, ten, ten,
                "CASH", zero, CASHIER, "REST");
        activity.add(deposits, CASHIER, 1L, LocalDate.ofInstant(at, ZoneOffset.UTC), time(at), number, "Cash", "CASH", ten);
        entries.add(deposits, eventId, position, "TX:" + number + ":" + account, "TransactionRecorded", "Cash", number,
                account, CASHIER, time(at));
        BigDecimal running = ten.multiply(BigDecimal.valueOf(deposits));
        lines.add(2 * deposits - 1, deposits, 1, TILL, ten, zero, running, position, time(at));
        lines.add(2 * deposits, deposits, 2, "WALLET_LIABILITY", zero, ten, running.negate(), position, time(at));
    }

    private Instant next() {
        return START.plusMillis(millis++);
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Rows of one table, written many per statement. */
    private final class Rows {
        private static final int PER_STATEMENT = 500;
        private final String table;
        private final String columns;
        private final int width;
        private final List<Object[]> pending = new ArrayList<>();
        private final Rows referenced;

        Rows(String table, String columns, int width) {
            this(table, columns, width, null);
        }

        /** {@code referenced} holds the rows these refer to: it is written first. */
        Rows(String table, String columns, int width, Rows referenced) {
            this.table = table;
            this.columns = columns;
            this.width = width;
            this.referenced = referenced;
        }

        void add(Object... values) {
            pending.add(values);
            if (pending.size() == PER_STATEMENT) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            if (referenced != null) {
                referenced.flush();
            }
            String one = "(" + "?, ".repeat(width - 1) + "?)";
            StringBuilder sql = new StringBuilder("insert into " + table + " (" + columns + ") values ");
            for (int i = 0; i < pending.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(one);
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int index = 1;
                for (Object[] row : pending) {
                    for (Object value : row) {
                        insert.setObject(index++, value);
                    }
                }
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            pending.clear();
        }
    }
}
