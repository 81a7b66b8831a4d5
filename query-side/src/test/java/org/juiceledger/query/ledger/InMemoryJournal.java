package org.juiceledger.query.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The journal in memory, for unit tests of the projection without a database. */
final class InMemoryJournal implements Journal {

    record Entry(EntrySource source, List<JournalLine> lines) {
    }

    final List<Entry> entries = new ArrayList<>();

    @Override
    public boolean hasEntryFor(String eventId) {
        return entries.stream().anyMatch(e -> e.source().eventId().equals(eventId));
    }

    @Override
    public Optional<List<JournalLine>> linesOf(String sourceKey) {
        return entries.stream().filter(e -> e.source().sourceKey().equals(sourceKey)).findFirst().map(Entry::lines);
    }

    @Override
    public void post(EntrySource source, Posting posting) {
        posting.assertBalanced(source.sourceKey());
        entries.add(new Entry(source, List.copyOf(posting.lines())));
    }

    @Override
    public void clear() {
        entries.clear();
    }

    /** Debit minus credit per ledger account. */
    Map<String, BigDecimal> balances() {
        Map<String, BigDecimal> balances = new TreeMap<>();
        entries.forEach(entry -> entry.lines().forEach(line ->
                balances.merge(line.ledgerAccount(), line.net(), BigDecimal::add)));
        return balances;
    }

    BigDecimal balance(String account) {
        return balances().getOrDefault(account, BigDecimal.ZERO.setScale(2));
    }

    Entry last() {
        return entries.get(entries.size() - 1);
    }
}
