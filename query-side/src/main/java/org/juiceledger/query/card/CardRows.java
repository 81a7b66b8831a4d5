package org.juiceledger.query.card;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.juiceledger.kernel.card.CardState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The card projection's new rows: a card issued, and a line of a card's history. They are
 * gathered while a batch of events is handled and written as JDBC batches. A million-card batch is
 * a million rows of each, and Hibernate's persist, flush and dirty check cost more than the
 * inserts. The rows are written before the batch commits, and before the projection reads cards
 * ({@link #write}), so a read later in the same batch sees them.
 */
@Component
class CardRows {

    private static final String PENDING = CardRows.class.getName() + ".pending";
    private final JdbcTemplate jdbc;

    CardRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void issued(String serial, String batchId, BigDecimal denomination, Instant at) {
        add(pending -> pending.cards.add(new IssuedCard(serial, batchId, denomination, utc(at))));
    }

    void history(String serial, Instant at, String event, String detail, String who, String channel) {
        add(pending -> pending.history.add(new HistoryLine(serial, utc(at), event, detail, who, channel)));
    }

    /** Writes what this batch gathered so far. */
    void write() {
        if (CurrentUnitOfWork.isStarted()) {
            pending().write(jdbc);
        }
    }

    /** Outside a unit of work (a handler called by a test) the row is written at once. */
    private void add(Consumer<Pending> row) {
        if (CurrentUnitOfWork.isStarted()) {
            row.accept(pending());
        } else {
            Pending now = new Pending();
            row.accept(now);
            now.write(jdbc);
        }
    }

    private Pending pending() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            Pending pending = new Pending();
            root.onPrepareCommit(u -> pending.write(jdbc));
            return pending;
        });
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private record IssuedCard(String serial, String batchId, BigDecimal denomination, OffsetDateTime at) {
    }

    private record HistoryLine(String serial, OffsetDateTime at, String event, String detail, String who,
                               String channel) {
    }

    /**
     * A batch's rows, bound with the setter of each column's type: Spring's binding of untyped
     * values (it inspects each value to choose one) took more CPU than the driver's work in a replay.
     */
    private static final class Pending {

        private final List<IssuedCard> cards = new ArrayList<>();
        private final List<HistoryLine> history = new ArrayList<>();

        void write(JdbcTemplate jdbc) {
            if (!cards.isEmpty()) {
                jdbc.batchUpdate("insert into card_view (serial, batch_id, denomination, state, updated_at)"
                        + " values (?, ?, ?, '" + CardState.AVAILABLE.name() + "', ?)", cards, cards.size(), (row, card) -> {
                            row.setString(1, card.serial());
                            row.setString(2, card.batchId());
                            row.setBigDecimal(3, card.denomination());
                            row.setObject(4, card.at());
                        });
                cards.clear();
            }
            if (!history.isEmpty()) {
                jdbc.batchUpdate("insert into card_history (serial, happened_at, event, detail, who, channel)"
                        + " values (?, ?, ?, ?, ?, ?)", history, history.size(), (row, line) -> {
                            row.setString(1, line.serial());
                            row.setObject(2, line.at());
                            row.setString(3, line.event());
                            row.setString(4, line.detail());
                            row.setString(5, line.who());
                            row.setString(6, line.channel());
                        });
                history.clear();
            }
        }
    }
}
