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
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The event history straight from the event store: one aggregate's events by sequence, or the
 * global stream by position, optionally only those an {@link EventFilter} keeps; in pages, or exported
 * page by page to a sink as they are read.
 */
@Component
public class AuditHistory {

    private static final int EXPORT_PAGE_SIZE = 1000;
    /** A filtered page reads at most this many events, then answers with what it kept and where it stopped. */
    public static final int SCAN_MAX = 10_000;
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

    /**
     * A page of events; {@code nextAfter} is the sequence or position of the last event read, null when
     * none was read (the end). Unfiltered that is the last event shown; filtered it may be one passed
     * over, since a filtered page stops after {@value #SCAN_MAX} events read even with fewer kept.
     */
    public record Page(List<AuditEvent> events, Long nextAfter) {
    }

    public Page ofAggregate(String aggregateId, long afterSequence, int limit, boolean personalData) {
        return ofAggregate(aggregateId, afterSequence, limit, personalData, EventFilter.NONE);
    }

    public Page ofAggregate(String aggregateId, long afterSequence, int limit, boolean personalData, EventFilter filter) {
        Page page = page((after, size) -> store.ofAggregate(aggregateId, after, size), StoredEvent::sequence,
                afterSequence, limit, personalData, filter);
        if (page.nextAfter() == null) {
            requireAggregate(aggregateId);
        }
        return page;
    }

    /** The position before the first event: the default start of the global stream. */
    public long origin() {
        return store.origin();
    }

    public Page ofStream(long afterPosition, int limit, boolean personalData) {
        return ofStream(afterPosition, limit, personalData, EventFilter.NONE);
    }

    public Page ofStream(long afterPosition, int limit, boolean personalData, EventFilter filter) {
        return page(store::after, StoredEvent::position, afterPosition, limit, personalData, filter);
    }

    /** 404 when the aggregate has no events at all (a mistyped id, not the end of its history). */
    public void requireAggregate(String aggregateId) {
        if (!store.hasAggregate(aggregateId)) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No events for aggregate '" + aggregateId + "'.");
        }
    }

    public void exportAggregate(String aggregateId, long afterSequence, int limit, boolean personalData, Sink sink)
            throws IOException {
        exportAggregate(aggregateId, afterSequence, limit, personalData, EventFilter.NONE, sink);
    }

    public void exportAggregate(String aggregateId, long afterSequence, int limit, boolean personalData,
                                EventFilter filter, Sink sink) throws IOException {
        export((after, size) -> store.ofAggregate(aggregateId, after, size), StoredEvent::sequence,
                afterSequence, limit, personalData, filter, sink);
    }

    public void exportStream(long afterPosition, int limit, boolean personalData, Sink sink) throws IOException {
        exportStream(afterPosition, limit, personalData, EventFilter.NONE, sink);
    }

    public void exportStream(long afterPosition, int limit, boolean personalData, EventFilter filter, Sink sink)
            throws IOException {
        export(store::after, StoredEvent::position, afterPosition, limit, personalData, filter, sink);
    }

    private Page page(KeysetPages.PageLoader<StoredEvent> loader, ToLongFunction<StoredEvent> key, long after,
                      int limit, boolean personalData, EventFilter filter) {
        if (filter.isEmpty()) {
            List<StoredEvent> read = loader.load(after, limit);
            return new Page(views(read, personalData), read.isEmpty() ? null : key.applyAsLong(read.get(read.size() - 1)));
        }
        KeysetPages<StoredEvent> events = new KeysetPages<>(loader, key, after, EXPORT_PAGE_SIZE);
        List<AuditEvent> kept = new ArrayList<>();
        Long lastRead = null;
        for (int read = 0; read < SCAN_MAX && kept.size() < limit && events.hasNext(); read++) {
            StoredEvent event = events.next();
            lastRead = key.applyAsLong(event);
            if (filter.keeps(event, json(event.metadata()))) {
                kept.add(view(event, personalData));
            }
        }
        return new Page(kept, lastRead);
    }

    private void export(KeysetPages.PageLoader<StoredEvent> loader, ToLongFunction<StoredEvent> key,
                        long after, int limit, boolean personalData, EventFilter filter, Sink sink) throws IOException {
        int pageSize = filter.isEmpty() ? Math.min(limit, EXPORT_PAGE_SIZE) : EXPORT_PAGE_SIZE;
        KeysetPages<StoredEvent> events = new KeysetPages<>(loader, key, after, pageSize);
        int written = 0;
        while (written < limit && events.hasNext()) {
            StoredEvent event = events.next();
            if (filter.isEmpty() || filter.keeps(event, json(event.metadata()))) {
                sink.accept(view(event, personalData));
                written++;
            }
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
