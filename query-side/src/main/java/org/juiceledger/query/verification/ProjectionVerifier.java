package org.juiceledger.query.verification;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.juiceledger.query.replay.ProjectionReplay;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Replays the whole event store into a fresh, separate in-memory set of expectations (see
 * {@link ExpectedState}), waits until the live projections have processed the same events, and
 * compares them row by row: every missing, extra or different row is a mismatch. Run it on a quiet
 * system; events arriving during the run show up as mismatches of the rows they touch.
 */
@Component
public class ProjectionVerifier {

    private static final Duration CATCH_UP_MAX = Duration.ofSeconds(60);
    private final EventStore eventStore;
    private final ProjectionReplay replay;
    private final JdbcTemplate jdbc;

    ProjectionVerifier(EventStore eventStore, ProjectionReplay replay, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.replay = replay;
        this.jdbc = jdbc;
    }

    public Report verify() throws InterruptedException {
        long head = replay.status().headPosition();
        ExpectedState expected = replayInto(head);
        awaitProjections(head);
        List<Mismatch> mismatches = new ArrayList<>();
        compare("account_view", expected.accounts, live("select account_number as k, name, wallet_balance, arrears_balance from account_view"), mismatches);
        compare("transaction_view", expected.transactions, live("select transaction_number || '/' || account_number as k, type, status, "
                + "total, arrears_amount, amount, token, units from transaction_view"), mismatches);
        compare("card_view", expected.cards, live("select serial as k, state, denomination, custodian from card_view"), mismatches);
        compare("tariff_version_view", expected.tariffs, live("select tariff_id || '/' || version as k, tariff_id, price_per_kwh, "
                + "tax_percent, current_version from tariff_version_view"), mismatches);
        int rows = expected.accounts.size() + expected.transactions.size() + expected.cards.size() + expected.tariffs.size();
        return new Report(expected.events, head, rows, mismatches);
    }

    private ExpectedState replayInto(long head) {
        ExpectedState expected = new ExpectedState();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (event.trackingToken().position().orElse(Long.MAX_VALUE) > head) {
                    break;
                }
                expected.apply(event.getPayload());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Verification was interrupted", e);
        }
        return expected;
    }

    private void awaitProjections(long head) throws InterruptedException {
        Instant deadline = Instant.now().plus(CATCH_UP_MAX);
        while (!replay.caughtUpTo(head) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private Map<String, Map<String, Object>> live(String sql) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (Map<String, Object> row : jdbc.queryForList(sql)) {
            Map<String, Object> values = new HashMap<>(row);
            rows.put(String.valueOf(values.remove("k")), values);
        }
        return rows;
    }

    private static void compare(String projection, Map<String, Map<String, Object>> expected,
                                Map<String, Map<String, Object>> live, List<Mismatch> mismatches) {
        expected.forEach((key, row) -> {
            Map<String, Object> actual = live.get(key);
            if (actual == null) {
                mismatches.add(new Mismatch(projection, key, "(row)", "present", "missing"));
                return;
            }
            row.forEach((field, value) -> {
                Object liveValue = actual.get(field);
                if (!same(value, liveValue)) {
                    mismatches.add(new Mismatch(projection, key, field, String.valueOf(value), String.valueOf(liveValue)));
                }
            });
        });
        live.keySet().stream().filter(key -> !expected.containsKey(key))
                .forEach(key -> mismatches.add(new Mismatch(projection, key, "(row)", "absent", "present")));
    }

    private static boolean same(Object expected, Object actual) {
        if (expected instanceof BigDecimal e && actual instanceof BigDecimal a) {
            return e.compareTo(a) == 0;
        }
        return Objects.equals(expected, actual);
    }

    /** What verification found. */
    public record Report(long eventsReplayed, long headPosition, int rowsCompared, List<Mismatch> mismatches) {
    }

    /** One live value that does not follow from the events. */
    public record Mismatch(String projection, String key, String field, String expected, String actual) {
    }
}
