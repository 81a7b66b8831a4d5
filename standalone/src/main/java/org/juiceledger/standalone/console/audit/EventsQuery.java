package org.juiceledger.standalone.console.audit;

import org.juiceledger.query.audit.EventFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The event history's search form: one aggregate or the whole stream, and the filter of
 * {@code GET /api/audit/events} ({@link EventFilter}); the times are UTC, {@code from} included,
 * {@code to} not.
 */
public record EventsQuery(String aggregateId, String type, String who, String channel, String correlationId,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to) {

    /** The aggregate asked for, or null for the whole stream. */
    public String aggregate() {
        return aggregateId == null || aggregateId.isBlank() ? null : aggregateId.strip();
    }

    EventFilter filter() {
        return new EventFilter(type, who, channel, correlationId, utc(from), utc(to));
    }

    /** This search as a query string (empty fields left out), continuing after {@code after} when given. */
    public String query(Long after) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        add(query, "aggregateId", aggregate());
        add(query, "type", type);
        add(query, "who", who);
        add(query, "channel", channel);
        add(query, "correlationId", correlationId);
        add(query, "from", from);
        add(query, "to", to);
        add(query, "after", after);
        String text = query.encode().build().getQuery();
        return text == null ? "" : text;
    }

    private static void add(UriComponentsBuilder query, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.queryParam(name, value.toString().strip());
        }
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
