package org.juiceledger.query.audit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.juiceledger.query.audit.AuditHistory;
import org.juiceledger.query.audit.EventFilter;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The event history as NDJSON, one JSON object a line, written to the response page by page as it is
 * read: {@code GET /api/audit/events} with {@code Accept: application/x-ndjson}, and the console's
 * download of the same filter.
 */
@Component
public class EventsNdjson {

    /** The most events one export writes (and its default). */
    public static final int LIMIT_MAX = 100_000;

    private final AuditHistory history;
    private final ObjectMapper json;

    EventsNdjson(AuditHistory history, ObjectMapper json) {
        this.history = history;
        this.json = json;
    }

    /** One aggregate's events after {@code after} (a sequence), or with no aggregate the stream after a position. */
    public void write(String aggregateId, long after, int limit, boolean personalData, EventFilter filter,
                      HttpServletResponse response) throws IOException {
        if (aggregateId != null) {
            history.requireAggregate(aggregateId);
        }
        response.setContentType(MediaType.APPLICATION_NDJSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        OutputStream out = response.getOutputStream();
        AuditHistory.Sink line = event -> {
            out.write(json.writeValueAsBytes(event));
            out.write('\n');
        };
        if (aggregateId != null) {
            history.exportAggregate(aggregateId, after, limit, personalData, filter, line);
        } else {
            history.exportStream(after, limit, personalData, filter, line);
        }
        out.flush();
    }
}
