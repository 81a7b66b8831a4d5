package org.juiceledger.query.verification;

import org.juiceledger.kernel.account.AccountOpened;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionReversed;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletDebited;
import org.juiceledger.kernel.card.CardActivated;
import org.juiceledger.kernel.card.CardIssued;
import org.juiceledger.kernel.card.CardRedeemed;
import org.juiceledger.kernel.card.CardRedemptionReversed;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Juice Card redemption reversed before card refunds existed: a revision-1 Reversal (no
 * {@code cardRefund}) and a {@code CardRedemptionReversed} made the card Activated again and mirrored
 * the whole entry, card float included. Stored that way, it verifies under that old rule, and the
 * new rule's reading of it (card still Redeemed) is a mismatch.
 */
class OldCardRedemptionReversalPostgresTest {

    private static final Instant DAY = Instant.parse("2026-03-01T08:00:00Z");
    private static final String ACCOUNT = "10000001";
    private static final String SERIAL = "0000000001";
    private static final long SALE = 1000001;
    private static final long REDEMPTION = 1000002;
    private static final long REVERSAL = 1000003;
    private static final String CASHIER = "cashier1";
    private static final String SUPERVISOR = "supervisor1";
    private static final String TILL = "CASH_ON_HAND:cashier1:CASH";
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
            statement.execute("truncate domainevententry, account_view, transaction_view, card_view, card_history,"
                    + " cashier_activity, journal_line, journal_entry, ledger_balance");
        }
    }

    @Test
    void aRevisionOneReversalWithCardRedemptionReversedVerifiesCleanUnderTheOldRule() throws Exception {
        storeOldHistoryWithItsProjectionRows();

        VerificationReport report = verify();

        assertThat(report.eventsReplayed()).isEqualTo(11);
        assertThat(report.mismatches()).isEmpty();
        assertThat(report.mismatchCount()).isZero();
        assertThat(report.rowsCompared()).containsAllEntriesOf(Map.of("account_view", 1L, "transaction_view", 2L,
                "card_view", 1L, "card_history", 4L, "cashier_activity", 1L, "journal_entry", 3L, "journal_line", 6L,
                "ledger_balance", 3L));
    }

    @Test
    void readingTheOldReversalByTheNewRuleLeavesTheCardRedeemedAndIsAMismatch() throws Exception {
        storeOldHistoryWithItsProjectionRows();
        try (Connection connection = database.dataSource().getConnection()) {
            new ProjectionRows(connection).update("update card_view set state = 'REDEEMED', redeemed_by = " + REDEMPTION
                    + ", account_number = '" + ACCOUNT + "' where serial = '" + SERIAL + "'");
        }

        VerificationReport report = verify();

        assertThat(report.mismatches()).containsExactlyInAnyOrder(
                new Mismatch("card_view", SERIAL, "state", "ACTIVATED", "REDEEMED"),
                new Mismatch("card_view", SERIAL, "redeemed_by", null, String.valueOf(REDEMPTION)),
                new Mismatch("card_view", SERIAL, "account_number", null, ACCOUNT));
    }

    private static VerificationReport verify() throws InterruptedException {
        ProcessorPositions caughtUp = () -> List.of(new ProcessorPositions.Position("card-projection", true, false, 11));
        return Verifiers.on(database.dataSource(), caughtUp, Duration.ofSeconds(5)).verify(new VerificationProgress());
    }

    /**
     * A 50.00 card sold for cash and redeemed to a wallet, then the redemption reversed the old way;
     * the rows are what the projections made of it then: the card Activated again with no redemption,
     * the wallet back to zero, the card float again holding the card's 50.00.
     */
    private static void storeOldHistoryWithItsProjectionRows() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            StoredEvents events = new StoredEvents(connection, 0);
            events.append(ACCOUNT, 0, new AccountOpened(ACCOUNT, "Thandi", null, null, "T1"), at(1), CASHIER);
            events.append(SERIAL, 0, new CardIssued(SERIAL, "B1", money("50.00"), "hash"), at(2), "cardadmin");
            events.append(SERIAL, 1, new CardActivated(SERIAL, SALE, money("50.00")), at(3), CASHIER);
            String sold = events.append("S1", 0, new CardsSold("S1", SALE, List.of(SERIAL), money("50.00"), null,
                    Tender.CASH), at(4), CASHIER);
            String redeemed = events.appendRevision1(ACCOUNT, 1, new TransactionRecorded(ACCOUNT, REDEMPTION,
                    TransactionType.JC, null, null, money("50.00"), null, money("0.00"), List.of(), money("0.00"),
                    money("0.00"), money("0.00"), money("50.00"), new BigDecimal("50.00"), UnitType.CURRENCY, null,
                    null, null, null, SERIAL), at(5), CASHIER);
            events.append(ACCOUNT, 2, new WalletCredited(ACCOUNT, REDEMPTION, money("50.00"), money("50.00")), at(6), CASHIER);
            events.append(SERIAL, 2, new CardRedeemed(SERIAL, REDEMPTION, ACCOUNT, null, money("50.00")), at(7), CASHIER);
            String reversed = events.appendRevision1(ACCOUNT, 3, new TransactionRecorded(ACCOUNT, REVERSAL,
                    TransactionType.REVERSAL, null, null, money("-50.00"), null, money("0.00"), List.of(),
                    money("0.00"), money("0.00"), money("0.00"), money("-50.00"), new BigDecimal("-50.00"),
                    UnitType.CURRENCY, null, null, REDEMPTION, "wrong account", SERIAL), at(8), SUPERVISOR);
            events.append(ACCOUNT, 4, new WalletDebited(ACCOUNT, REVERSAL, money("50.00"), money("0.00")), at(9), SUPERVISOR);
            events.append(ACCOUNT, 5, new TransactionReversed(ACCOUNT, REDEMPTION, REVERSAL, "wrong account"), at(10),
                    SUPERVISOR);
            events.append(SERIAL, 3, new CardRedemptionReversed(SERIAL, REVERSAL, money("50.00")), at(11), SUPERVISOR);
            events.flush();

            ProjectionRows rows = new ProjectionRows(connection);
            rows.insert("account_view", "account_number", ACCOUNT, "name", "Thandi", "tariff_id", "T1",
                    "wallet_balance", money("0.00").amount(), "arrears_balance", money("0.00").amount(),
                    "opened_at", at(1), "opened_by", CASHIER);
            transaction(rows, REDEMPTION, at(5), "Credit", "JC", "REVERSED", "50.00", CASHIER, null, REVERSAL, null);
            transaction(rows, REVERSAL, at(8), "Reversal", "Reversal", "OK", "-50.00", SUPERVISOR, REDEMPTION, null,
                    "wrong account");
            rows.insert("card_view", "serial", SERIAL, "batch_id", "B1", "denomination", new BigDecimal("50.00"),
                    "state", "ACTIVATED", "sale_number", SALE, "updated_at", at(11));
            history(rows, 1, at(2), "CardIssued", "batch B1, 50.00", "cardadmin");
            history(rows, 2, at(3), "CardActivated", "sold by transaction " + SALE, CASHIER);
            history(rows, 3, at(7), "CardRedeemed", "transaction " + REDEMPTION + ", account " + ACCOUNT, CASHIER);
            history(rows, 4, at(11), "CardRedemptionReversed", "redemption reversed by " + REVERSAL, SUPERVISOR);
            rows.insert("cashier_activity", "id", 1L, "cashier", CASHIER, "batch_number", 1L, "business_day",
                    LocalDate.of(2026, 3, 1), "happened_at", at(4), "transaction_number", SALE, "type", "Card sale",
                    "tender", "CASH", "amount", new BigDecimal("50.00"));

            entry(rows, 1, sold, 4, "SALE:" + SALE, "CardsSold", "Card sale of 1", SALE, null, CASHIER, null);
            line(rows, 1, 1, 1, TILL, "50.00", "0.00", "50.00", 4);
            line(rows, 2, 1, 2, "CARD_FLOAT", "0.00", "50.00", "-50.00", 4);
            entry(rows, 2, redeemed, 5, "TX:" + REDEMPTION + ":" + ACCOUNT, "TransactionRecorded", "JC", REDEMPTION,
                    ACCOUNT, CASHIER, null);
            line(rows, 3, 2, 1, "CARD_FLOAT", "50.00", "0.00", "0.00", 5);
            line(rows, 4, 2, 2, "WALLET_LIABILITY", "0.00", "50.00", "-50.00", 5);
            entry(rows, 3, reversed, 8, "TX:" + REVERSAL + ":" + ACCOUNT, "TransactionRecorded",
                    "Reversal of " + REDEMPTION, REVERSAL, ACCOUNT, SUPERVISOR, "TX:" + REDEMPTION + ":" + ACCOUNT);
            line(rows, 5, 3, 1, "CARD_FLOAT", "0.00", "50.00", "-50.00", 8);
            line(rows, 6, 3, 2, "WALLET_LIABILITY", "50.00", "0.00", "0.00", 8);
            balance(rows, TILL, "50.00", "0.00", 1);
            balance(rows, "CARD_FLOAT", "50.00", "100.00", 3);
            balance(rows, "WALLET_LIABILITY", "50.00", "50.00", 2);
        }
    }

    private static void transaction(ProjectionRows rows, long number, Instant at, String type, String originalType,
                                    String status, String amount, String who, Long reversalOf, Long reversedBy,
                                    String note) {
        BigDecimal figure = new BigDecimal(amount);
        rows.insert("transaction_view", "transaction_number", number, "account_number", ACCOUNT, "recorded_at", at,
                "type", type, "original_type", originalType, "status", status, "units", figure, "unit_type", "currency",
                "amount", figure, "arrears_amount", new BigDecimal("0.00"), "total", figure, "wallet_change", figure,
                "change_given", new BigDecimal("0.00"), "cashier", who, "channel", "REST", "reversal_of", reversalOf,
                "reversed_by", reversedBy, "note", note);
    }

    private static void history(ProjectionRows rows, long id, Instant at, String event, String detail, String who) {
        rows.insert("card_history", "id", id, "serial", SERIAL, "happened_at", at, "event", event, "detail", detail,
                "who", who, "channel", "REST");
    }

    private static void entry(ProjectionRows rows, long id, String eventId, long position, String sourceKey,
                              String eventType, String description, long transactionNumber, String account,
                              String who, String mirrorOf) {
        rows.insert("journal_entry", "id", id, "event_id", eventId, "global_position", position, "source_key",
                sourceKey, "event_type", eventType, "description", description, "transaction_number",
                transactionNumber, "account_number", account, "who", who, "posted_at", at(position), "mirror_of",
                mirrorOf);
    }

    private static void line(ProjectionRows rows, long id, long entryId, int lineNo, String ledgerAccount,
                             String debit, String credit, String runningBalance, long position) {
        rows.insert("journal_line", "id", id, "entry_id", entryId, "line_no", lineNo, "ledger_account", ledgerAccount,
                "debit", new BigDecimal(debit), "credit", new BigDecimal(credit), "running_balance",
                new BigDecimal(runningBalance), "global_position", position, "posted_at", at(position));
    }

    private static void balance(ProjectionRows rows, String ledgerAccount, String debit, String credit, long lines) {
        rows.insert("ledger_balance", "ledger_account", ledgerAccount, "debit_total", new BigDecimal(debit),
                "credit_total", new BigDecimal(credit), "line_count", lines);
    }

    private static Instant at(long position) {
        return DAY.plusSeconds(position);
    }

    private static Money money(String amount) {
        return Money.of(amount);
    }
}
