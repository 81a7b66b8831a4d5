package org.juiceledger.query.verification;

import org.juiceledger.kernel.account.AccountOpened;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier on a PostgreSQL database of its own, with events written straight into the store. */
class ProjectionVerifierPostgresTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00.123Z");
    private static FreshDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = new FreshDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyStore() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("truncate domainevententry, account_view");
        }
    }

    @Test
    void anEmptyStoreAnswersAtOnceEvenWithAProjectionThatNeverMoves() throws Exception {
        ProcessorPositions neverMoves = () -> List.of(new ProcessorPositions.Position("account-projection", true,
                false, -1));
        long started = System.nanoTime();

        VerificationReport report = Verifiers.on(database.dataSource(), neverMoves, Duration.ofSeconds(60))
                .verify(new VerificationProgress());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(report.eventsReplayed()).isZero();
        assertThat(report.headPosition()).isZero();
        assertThat(report.mismatchCount()).isZero();
        assertThat(report.mismatches()).isEmpty();
        assertThat(report.notCaughtUp()).isEmpty();
        assertThat(report.rowsCompared()).containsOnlyKeys("account_view", "meter_view", "transaction_view",
                "card_view", "card_history", "tariff_version_view", "cashier_activity", "settlement_view",
                "journal_entry", "journal_line", "ledger_balance").allSatisfy((table, rows) -> assertThat(rows).isZero());
    }

    @Test
    void aWalletEventWhoseBalanceDisagreesWithItsAmountsIsReportedAndTheViewIsCheckedAgainstTheAmounts()
            throws Exception {
        long second;
        try (Connection connection = database.dataSource().getConnection()) {
            StoredEvents events = new StoredEvents(connection, 0);
            events.append("A1", 0, new AccountOpened("A1", "Thandi", null, null, "T1"), AT, "cashier1");
            events.append("A1", 1, new WalletCredited("A1", 1000001, Money.of("10.00"), Money.of("10.00")), AT, "cashier1");
            events.append("A1", 2, new WalletCredited("A1", 1000002, Money.of("5.00"), Money.of("16.00")), AT, "cashier1");
            events.flush();
            second = events.position();
            account(connection, "A1", "15.00");
        }
        ProcessorPositions caughtUp = () -> List.of(new ProcessorPositions.Position("account-projection", true,
                false, 3));
        VerificationProgress progress = new VerificationProgress();

        VerificationReport report = Verifiers.on(database.dataSource(), caughtUp, Duration.ofSeconds(5)).verify(progress);

        assertThat(report.eventsReplayed()).isEqualTo(3);
        assertThat(progress.eventsRead()).isEqualTo(3);
        assertThat(report.mismatches()).containsExactly(new Mismatch(WalletBalanceCheck.PROJECTION,
                "A1/1000002@" + second, "balance", "15.00", "16.00"));
        assertThat(report.mismatchesByProjection()).containsExactly(
                java.util.Map.entry(WalletBalanceCheck.PROJECTION, 1L));
    }

    @Test
    void projectionsBehindTheHeadAreWaitedForABoundedTimeAndNamed() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            StoredEvents events = new StoredEvents(connection, 0);
            events.append("A2", 0, new AccountOpened("A2", "Sipho", null, null, "T1"), AT, "cashier1");
            events.flush();
            account(connection, "A2", "0.00");
        }
        ProcessorPositions stuck = () -> List.of(new ProcessorPositions.Position("account-projection", true, false, 0),
                new ProcessorPositions.Position("ledger-projection", true, false, 1));
        long started = System.nanoTime();

        VerificationReport report = Verifiers.on(database.dataSource(), stuck, Duration.ofMillis(300))
                .verify(new VerificationProgress());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
        assertThat(report.notCaughtUp()).containsExactly(new VerificationReport.Lagging("account-projection", 0));
        assertThat(report.mismatches()).isEmpty();
    }

    private static void account(Connection connection, String number, String wallet) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into account_view (account_number, name,"
                + " tariff_id, wallet_balance, arrears_balance, opened_at, opened_by) values (?, ?, 'T1', ?, 0, ?, 'cashier1')")) {
            insert.setString(1, number);
            insert.setString(2, number.equals("A1") ? "Thandi" : "Sipho");
            insert.setBigDecimal(3, new java.math.BigDecimal(wallet));
            insert.setObject(4, OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
