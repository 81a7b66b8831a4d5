package org.juiceledger.query.audit;

import org.juiceledger.kernel.Metadata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.axon.EventJson;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The event history straight from the event store: one aggregate's events by sequence, or the
 * global stream by position; in pages, or exported page by page to a sink as they are read.
 */
@Component
public class AuditHistory {

    private static final int EXPORT_PAGE_SIZE = 1000;
    /** The event store's own reader: exact decimals, so a payload keeps the scale it was stored with. */
    private final ObjectMapper eventJson = EventJson.mapper();
    private final EventReader store;

    AuditHistory(EventReader store) {
        this.store = store;
    }

    /** Receives exported events one at a time. */
    public interface Sink {
        void accept(AuditEvent event) throws IOException;
    }

    /** A page of events; {@code nextAfter} is the last one's sequence or position, null when empty. */
    public record Page(List<AuditEvent> events, Long nextAfter) {
    }

    public Page ofAggregate(String aggregateId, long afterSequence, int limit, boolean personalData) {
        List<AuditEvent> events = views(store.ofAggregate(aggregateId, afterSequence, limit), personalData);
        if (events.isEmpty()) {
            requireAggregate(aggregateId);
        }
        return new Page(events, events.isEmpty() ? null : events.get(events.size() - 1).sequence());
    }

    /** The position before the first event: the default start of the global stream. */
    public long origin() {
        return store.origin();
    }

    public Page ofStream(long afterPosition, int limit, boolean personalData) {
        List<AuditEvent> events = views(store.after(afterPosition, limit), personalData);
        return new Page(events, events.isEmpty() ? null : events.get(events.size() - 1).position());
    }

    /** 404 when the aggregate has no events at all (a mistyped id, not the end of its history). */
    public void requireAggregate(String aggregateId) {
        if (!store.hasAggregate(aggregateId)) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No events for aggregate '" + aggregateId + "'.");
        }
    }

    public void exportAggregate(String aggregateId, long afterSequence, int limit, boolean personalData, Sink sink)
            throws IOException {
        export((after, size) -> store.ofAggregate(aggregateId, after, size), StoredEvent::sequence,
                afterSequence, limit, personalData, sink);
    }

    public void exportStream(long afterPosition, int limit, boolean personalData, Sink sink) throws IOException {
        export(store::after, StoredEvent::position, afterPosition, limit, personalData, sink);
    }

    private void export(KeysetPages.PageLoader<StoredEvent> loader, ToLongFunction<StoredEvent> key,
                        long after, int limit, boolean personalData, Sink sink) throws IOException {
        KeysetPages<StoredEvent> events = new KeysetPages<>(loader, key, after, Math.min(limit, EXPORT_PAGE_SIZE));
        for (int written = 0; written < limit && events.hasNext(); written++) {
            sink.accept(view(events.next(), personalData));
        }
    }

    private List<AuditEvent> views(List<StoredEvent> events, boolean personalData) {
        return events.stream().map(event -> view(event, personalData)).toList();
    }

    AuditEvent view(StoredEvent event, boolean personalData) {
        JsonNode payload = json(event.payload());
        JsonNode metadata = json(event.metadata());
        return new AuditEvent(event.positionKnown() ? event.position() : null, event.aggregateId(), event.sequence(), simpleName(event.payloadType()),
                event.payloadType(), event.revision(), event.eventId(), event.timestamp(),
                text(metadata, Metadata.WHO), text(metadata, Metadata.CHANNEL), text(metadata, Metadata.CORRELATION_ID),
                personalData ? payload : PersonalDataMask.masked(event.payloadType(), payload),
                personalData ? metadata : PersonalDataMask.maskedMetadata(metadata));
    }

    /** The stored JSON; bytes that are not JSON (never written by this system) are shown as text. */
    private JsonNode json(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            JsonNode json = eventJson.readTree(bytes);
            return json.isMissingNode() ? TextNode.valueOf("") : json;
        } catch (IOException notJson) {
            return TextNode.valueOf(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    static String simpleName(String payloadType) {
        return payloadType.substring(Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$')) + 1);
    }

    private static String text(JsonNode metadata, String field) {
        JsonNode value = metadata == null ? null : metadata.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
