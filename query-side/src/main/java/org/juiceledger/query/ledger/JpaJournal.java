package org.juiceledger.query.ledger;

import org.juiceledger.query.projection.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The journal in the database: entries, their lines with each account's running balance, and one
 * balance row per ledger account. Written only by the ledger projection, in its one segment, inside
 * the processor's transaction (so an entry, its lines, the balances and the token move together).
 */
@Component
class JpaJournal implements Journal {

    private static final String POSTED_AMONG = "select event_id from journal_entry where event_id = any (?)";

    private final JournalEntryRepository entries;
    private final JournalLineRepository lines;
    private final LedgerBalanceRepository balances;
    private final JdbcTemplate jdbc;

    JpaJournal(JournalEntryRepository entries, JournalLineRepository lines, LedgerBalanceRepository balances,
               JdbcTemplate jdbc) {
        this.entries = entries;
        this.lines = lines;
        this.balances = balances;
        this.jdbc = jdbc;
    }

    /** Which of the batch's events already have an entry is asked once per batch, not once per event. */
    @Override
    public boolean hasEntryFor(String eventId) {
        return postedInThisBatch(eventId).contains(eventId);
    }

    @Override
    public Optional<List<JournalLine>> linesOf(String sourceKey) {
        return entries.findFirstBySourceKeyOrderByGlobalPositionAscIdAsc(sourceKey)
                .map(entry -> lines.findByEntryIdOrderByLineNo(entry.getId()).stream().map(JournalLineRow::line).toList());
    }

    @Override
    public void post(EntrySource source, Posting posting) {
        posting.assertBalanced(source.sourceKey());
        JournalEntry entry = entries.save(new JournalEntry(source));
        postedInThisBatch(source.eventId()).add(source.eventId());
        int lineNo = 0;
        // the few balance rows are read once per batch; each line then finds its row in the persistence context
        ProjectionBatch.once("ledger.balances", messages -> balances.loadAll());
        for (JournalLine line : posting.lines()) {
            LedgerBalance balance = balances.findById(line.ledgerAccount())
                    .orElseGet(() -> balances.save(new LedgerBalance(line.ledgerAccount())));
            BigDecimal running = balance.add(line);
            lines.save(new JournalLineRow(entry, ++lineNo, line, running));
        }
    }

    @Override
    public void clear() {
        lines.deleteAllInBatch();
        entries.deleteAllInBatch();
        balances.deleteAllInBatch();
    }

    /** The events of this batch (and {@code eventId}, outside a batch) that have an entry. */
    private Set<String> postedInThisBatch(String eventId) {
        return ProjectionBatch.once("ledger.posted", messages -> {
            Set<String> ids = new HashSet<>();
            ids.add(eventId);
            messages.forEach(message -> ids.add(message.getIdentifier()));
            // one array parameter: the same statement whatever the batch's size
            return new HashSet<>(jdbc.query(connection -> {
                PreparedStatement statement = connection.prepareStatement(POSTED_AMONG);
                statement.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
                return statement;
            }, (row, i) -> row.getString(1)));
        });
    }
}
