package org.juiceledger.query.verification;

import org.axonframework.config.Configuration;
import org.juiceledger.kernel.account.AccountOpened;
import org.juiceledger.kernel.account.MeterRegistered;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionReversed;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletDebited;
import org.juiceledger.kernel.account.WalletOpened;
import org.juiceledger.kernel.card.CardActivated;
import org.juiceledger.kernel.card.CardActivationReversed;
import org.juiceledger.kernel.card.CardCustodyChanged;
import org.juiceledger.kernel.card.CardIssued;
import org.juiceledger.kernel.card.CardRedeemed;
import org.juiceledger.kernel.card.CardRedemptionReversed;
import org.juiceledger.kernel.card.CardRedemptionReversedToWallet;
import org.juiceledger.kernel.card.CardSaleReversed;
import org.juiceledger.kernel.card.CardVoided;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.tariff.TariffPublished;
import org.juiceledger.query.audit.EventReader;
import org.juiceledger.query.replay.ProjectionReplay;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recomputes every projection from the events with code of its own and compares it with the
 * projection tables row by row.
 *
 * <p>It first waits, bounded, for the projections to reach the newest event. Then, on one connection
 * in one repeatable-read snapshot, it reads the events up to the snapshot's head in pages by global
 * index, writes what each projection must hold into temporary tables, and compares those with the
 * projection tables in SQL. Memory holds one page of events and one insert batch per table, whatever
 * the size of the store; the database does the sorting and joining, spilling to disk if it must.
 * The snapshot is rolled back at the end, which also drops the temporary tables.
 */
@Component
public class ProjectionVerifier implements Verification {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionVerifier.class);

    static final Set<String> HANDLED_TYPES = Stream.of(AccountOpened.class, MeterRegistered.class,
            TransactionRecorded.class, TransactionReversed.class, WalletOpened.class, WalletCredited.class,
            WalletDebited.class,
            CardIssued.class, CardCustodyChanged.class, CardActivated.class, CardRedeemed.class, CardVoided.class,
            CardActivationReversed.class, CardRedemptionReversed.class, CardRedemptionReversedToWallet.class,
            CardsSold.class, CardSaleReversed.class, CashierBatchClosed.class, TariffPublished.class)
            .map(Class::getName).collect(Collectors.toUnmodifiableSet());

    private final DataSource dataSource;
    private final EventReader events;
    private final ProjectionCatchUp catchUp;
    private final Supplier<Serializer> serializer;
    private final Supplier<EventUpcaster> upcasters;
    private final Settings settings;

    /** How long to wait for the projections, how many events a page holds, how many mismatches to list. */
    record Settings(Duration catchUpWait, int pageSize, int maxMismatches) {
    }

    @Autowired
    ProjectionVerifier(DataSource dataSource, EventReader events, ProjectionReplay replay, Configuration axon,
                       VerificationProperties properties) {
        this(dataSource, events, () -> replay.status().processors().stream().map(p -> new ProcessorPositions.Position(
                        p.name(), p.running(), p.failing(), p.position())).toList(),
                axon::eventSerializer, axon::upcasterChain, properties.runSettings());
    }

    /** {@code serializer} and {@code upcasters} are asked for when a run starts (Axon's are ready by then). */
    ProjectionVerifier(DataSource dataSource, EventReader events, ProcessorPositions processors,
                       Supplier<Serializer> serializer, Supplier<EventUpcaster> upcasters, Settings settings) {
        this.dataSource = dataSource;
        this.events = events;
        this.catchUp = new ProjectionCatchUp(processors, events.origin());
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.settings = settings;
    }

    @Override
    public VerificationReport verify(VerificationProgress progress) throws InterruptedException {
        progress.phase(VerificationProgress.Phase.WAITING_FOR_PROJECTIONS);
        try (Connection connection = dataSource.getConnection()) {
            catchUp.await(events.on(connection).head(), settings.catchUpWait());
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (ExpectedRows rows = new ExpectedRows(connection)) {
                try {
                    return inSnapshot(connection, rows, progress);
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(autoCommit);
                    connection.setTransactionIsolation(isolation);
                    rows.dropTables();
                }
            }
        } catch (SQLException e) {
            throw new VerificationFailedException("Verification could not use the database", e);
        }
    }

    private VerificationReport inSnapshot(Connection connection, ExpectedRows rows, VerificationProgress progress)
            throws SQLException {
        // The snapshot starts with the first query. With Axon Server the events are elsewhere, so the head
        // is taken after it: every event a projection in the snapshot has seen is at or below that head.
        try (Statement start = connection.createStatement()) {
            start.execute("select 1");
        }
        EventReader snapshot = events.on(connection);
        long head = snapshot.head();
        List<VerificationReport.Lagging> lagging = catchUp.behind(head);
        progress.total(snapshot.count(head));
        rows.createTables();
        Mismatches mismatches = new Mismatches(settings.maxMismatches());
        long reading = System.nanoTime();
        long events = replay(connection, snapshot, rows, head, mismatches, progress);
        analyze(connection);
        long comparing = System.nanoTime();

        progress.phase(VerificationProgress.Phase.CHECKING_WALLETS);
        checkWalletBalances(connection, mismatches);
        Map<String, Long> rowsCompared = new LinkedHashMap<>();
        ComparisonRunner runner = new ComparisonRunner(connection);
        List<ProjectionComparison> comparisons = ProjectionComparisons.all();
        for (int i = 0; i < comparisons.size(); i++) {
            ProjectionComparison comparison = comparisons.get(i);
            progress.comparing(comparison.projection(), i, comparisons.size());
            long started = System.nanoTime();
            rowsCompared.put(comparison.projection(), runner.compare(comparison, mismatches));
            LOG.debug("Compared {} in {} ms", comparison.projection(), (System.nanoTime() - started) / 1_000_000);
        }
        LOG.info("Verified {} events up to position {}: read in {} ms, compared in {} ms, {} mismatches", events, head,
                (comparing - reading) / 1_000_000, (System.nanoTime() - comparing) / 1_000_000, mismatches.total());
        return new VerificationReport(events, head, rowsCompared, mismatches.total(), mismatches.counts(),
                mismatches.kept(), lagging);
    }

    private long replay(Connection connection, EventReader snapshot, ExpectedRows rows, long head,
                        Mismatches mismatches, VerificationProgress progress) {
        progress.phase(VerificationProgress.Phase.READING_EVENTS);
        List<Expectation> expectations = List.of(new AccountExpectation(rows), new CardExpectation(rows),
                new TariffExpectation(rows), new CashierExpectation(rows, connection),
                new LedgerExpectation(rows, connection, mismatches));
        EventPages pages = new EventPages(snapshot, serializer.get(), upcasters.get(), HANDLED_TYPES,
                settings.pageSize());
        long events = 0;
        long after = snapshot.origin();
        while (after < head) {
            EventPages.Page page = pages.read(after, head, event -> expectations.forEach(e -> e.apply(event)));
            page.unreadable().forEach(mismatches::add);
            if (page.events() == 0) {
                break;
            }
            events += page.events();
            after = page.lastPosition();
            progress.read(events);
        }
        expectations.forEach(Expectation::finish);
        rows.flush();
        return events;
    }

    private static void checkWalletBalances(Connection connection, Mismatches mismatches) throws SQLException {
        WalletBalanceCheck check = new WalletBalanceCheck(mismatches);
        try (PreparedStatement query = connection.prepareStatement("select account_number, position, "
                + "transaction_number, amount, event_balance from " + ExpectedTables.WALLET_MOVES.name()
                + " order by account_number, position")) {
            query.setFetchSize(1000);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    check.move(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5));
                }
            }
        }
    }

    /**
     * Fresh statistics, so the planner joins the large expected tables sensibly (PostgreSQL only).
     * Still it cannot tell how many rows a "newest event of each card" filter keeps ({@code
     * row_number() = 1}), guesses 2, and nests the card comparison's six such subqueries in loops:
     * 25 s for 300 cards, cubic in their number. Comparing whole tables wants hash or merge joins,
     * so nested loops are off for the rest of this transaction.
     */
    private static void analyze(Connection connection) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (ExpectedTable table : ExpectedTables.ALL) {
                statement.execute("ANALYZE " + table.name());
            }
            statement.execute("SET LOCAL enable_nestloop = off");
        }
    }
}
