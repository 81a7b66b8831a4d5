package org.juiceledger.query.audit;

import org.juiceledger.kernel.error.DomainException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The history's filter by type, who, channel, correlation id and time, on pages and in the export. */
class AuditHistoryFilterTest {

    private final List<StoredEvent> stored = new ArrayList<>();
    private final AuditHistory history = new AuditHistory(new ListReader(stored));

    @Test
    void keepsOnlyTheEventsThatMatchEveryGivenField() {
        add(1, "Tariff", "TariffPublished", "admin", "REST", "c-1", "2026-03-01T10:00:00Z");
        add(2, "A-1", "SaleRecorded", "till", "CONSOLE", "c-2", "2026-03-01T11:00:00Z");
        add(3, "A-1", "SaleRecorded", "till", "REST", "c-3", "2026-03-02T09:00:00Z");
        add(4, "A-2", "SaleRecorded", "other", "CONSOLE", "c-4", "2026-03-02T10:00:00Z");
        add(5, "A-1", "WalletDeposited", "till", "CONSOLE", "c-5", "2026-03-03T10:00:00Z");

        assertThat(positions(filter("SaleRecorded", null, null, null, null, null))).containsExactly(2L, 3L, 4L);
        assertThat(positions(filter("org.juiceledger.kernel.account.SaleRecorded", null, null, null, null, null)))
                .as("the full class name too").containsExactly(2L, 3L, 4L);
        assertThat(positions(filter(null, "till", "CONSOLE", null, null, null))).containsExactly(2L, 5L);
        assertThat(positions(filter(null, null, null, "c-4", null, null))).containsExactly(4L);
        assertThat(positions(filter(null, null, null, null, Instant.parse("2026-03-01T11:00:00Z"),
                Instant.parse("2026-03-02T10:00:00Z")))).as("from included, to not").containsExactly(2L, 3L);
        assertThat(positions(filter("SaleRecorded", "till", null, null, null, null))).containsExactly(2L, 3L);
        assertThat(positions(filter(" ", "", null, null, null, null))).as("blank is no filter").containsExactly(1L, 2L, 3L, 4L, 5L);

        AuditHistory.Page oneAggregate = history.ofAggregate("A-1", -1, 10, false, filter(null, null, "CONSOLE", null, null, null));
        assertThat(oneAggregate.events()).extracting(AuditEvent::position).containsExactly(2L, 5L);
        assertThat(oneAggregate.nextAfter()).as("the sequence of position 5").isEqualTo(2L);
    }

    @Test
    void aFilteredPageStopsAtItsLimitOrAfterReadingTheScanMaximumAndSaysWhereItStopped() {
        for (int p = 1; p <= AuditHistory.SCAN_MAX + 50; p++) {
            add(p, "A-1", "SaleRecorded", p % 2 == 0 ? "even" : "odd", "REST", "c-" + p, "2026-03-01T10:00:00Z");
        }
        add(AuditHistory.SCAN_MAX + 51, "A-1", "SaleRecorded", "late", "REST", "c-late", "2026-03-01T10:00:00Z");
        EventFilter even = filter(null, "even", null, null, null, null);

        AuditHistory.Page first = history.ofStream(0, 3, false, even);
        assertThat(first.events()).extracting(AuditEvent::position).containsExactly(2L, 4L, 6L);
        assertThat(first.nextAfter()).isEqualTo(6L);

        EventFilter late = filter(null, "late", null, null, null, null);
        AuditHistory.Page nothingYet = history.ofStream(0, 100, false, late);
        assertThat(nothingYet.events()).isEmpty();
        assertThat(nothingYet.nextAfter()).as("read the maximum, none kept").isEqualTo((long) AuditHistory.SCAN_MAX);
        AuditHistory.Page found = history.ofStream(nothingYet.nextAfter(), 100, false, late);
        assertThat(found.events()).extracting(AuditEvent::who).containsExactly("late");
        assertThat(found.nextAfter()).isEqualTo(AuditHistory.SCAN_MAX + 51L);
        assertThat(history.ofStream(found.nextAfter(), 100, false, late).nextAfter()).as("the end").isNull();
    }

    @Test
    void theExportWritesOnlyTheKeptEventsUpToItsLimit() throws IOException {
        for (int p = 1; p <= 2500; p++) {
            add(p, "A-1", p % 1000 == 0 ? "WalletDeposited" : "SaleRecorded", "till", "REST", "c-" + p, "2026-03-01T10:00:00Z");
        }
        List<Long> written = new ArrayList<>();
        history.exportStream(0, 100, false, filter("WalletDeposited", null, null, null, null, null),
                event -> written.add(event.position()));
        assertThat(written).containsExactly(1000L, 2000L);
        written.clear();
        history.exportStream(0, 1, false, filter("WalletDeposited", null, null, null, null, null),
                event -> written.add(event.position()));
        assertThat(written).containsExactly(1000L);
    }

    @Test
    void refusesATimeRangeThatEndsBeforeItStarts() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        assertThatThrownBy(() -> filter(null, null, null, null, at, at)).isInstanceOf(DomainException.class)
                .hasMessageContaining("'to' must be after 'from'");
    }

    private List<Long> positions(EventFilter filter) {
        return history.ofStream(0, 100, false, filter).events().stream().map(AuditEvent::position).toList();
    }

    private static EventFilter filter(String type, String who, String channel, String correlationId, Instant from, Instant to) {
        return new EventFilter(type, who, channel, correlationId, from, to);
    }

    private void add(long position, String aggregate, String type, String who, String channel, String correlationId,
                     String timestamp) {
        long sequence = stored.stream().filter(e -> e.aggregateId().equals(aggregate)).count();
        stored.add(new StoredEvent(position, aggregate, sequence, "Account", "event-" + position,
                "org.juiceledger.kernel.account." + type, "1", timestamp, Events.utf8("{}"),
                Events.utf8("{\"who\":\"" + who + "\",\"channel\":\"" + channel + "\",\"correlationId\":\"" + correlationId + "\"}")));
    }

    /** The store as a list in position order. */
    private record ListReader(List<StoredEvent> events) implements EventReader {

        @Override
        public long origin() {
            return 0;
        }

        @Override
        public long head() {
            return events.isEmpty() ? 0 : events.get(events.size() - 1).position();
        }

        @Override
        public long count(long upTo) {
            return events.stream().filter(e -> e.position() <= upTo).count();
        }

        @Override
        public List<StoredEvent> after(long afterPosition, int limit) {
            return events.stream().filter(e -> e.position() > afterPosition).limit(limit).toList();
        }

        @Override
        public List<StoredEvent> between(long afterPosition, long upTo, int limit) {
            return events.stream().filter(e -> e.position() > afterPosition && e.position() <= upTo).limit(limit).toList();
        }

        @Override
        public List<StoredEvent> ofAggregate(String aggregateId, long afterSequence, int limit) {
            return events.stream().filter(e -> e.aggregateId().equals(aggregateId) && e.sequence() > afterSequence)
                    .limit(limit).toList();
        }

        @Override
        public boolean hasAggregate(String aggregateId) {
            return events.stream().anyMatch(e -> e.aggregateId().equals(aggregateId));
        }

        @Override
        public EventReader on(Connection connection) {
            return this;
        }
    }
}
