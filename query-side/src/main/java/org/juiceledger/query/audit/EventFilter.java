package org.juiceledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.kernel.Metadata;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Which events of the history a page or an export keeps: by type (the simple name, {@code SaleRecorded},
 * or the full class name), who, channel, correlation id (exactly, as the metadata holds them) and
 * time ({@code from} included, {@code to} not). A null field keeps every event.
 */
public record EventFilter(String type, String who, String channel, String correlationId, Instant from, Instant to) {

    public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null);

    public EventFilter {
        type = blankToNull(type);
        who = blankToNull(who);
        channel = blankToNull(channel);
        correlationId = blankToNull(correlationId);
        if (from != null && to != null && !to.isAfter(from)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "'to' must be after 'from'.");
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether the stored event passes; {@code metadata} is its metadata as JSON (null when it has none). */
    boolean keeps(StoredEvent event, JsonNode metadata) {
        return (type == null || type.equals(event.payloadType()) || type.equals(AuditHistory.simpleName(event.payloadType())))
                && matches(who, metadata, Metadata.WHO)
                && matches(channel, metadata, Metadata.CHANNEL)
                && matches(correlationId, metadata, Metadata.CORRELATION_ID)
                && within(event.timestamp());
    }

    private boolean within(String timestamp) {
        if (from == null && to == null) {
            return true;
        }
        Instant at = instant(timestamp);
        return at != null && (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    private static boolean matches(String wanted, JsonNode metadata, String field) {
        if (wanted == null) {
            return true;
        }
        JsonNode value = metadata == null ? null : metadata.get(field);
        return value != null && !value.isNull() && wanted.equals(value.asText());
    }

    /** The stored ISO-8601 text as an instant; null when it is not one (never written by this system). */
    static Instant instant(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return Instant.parse(timestamp);
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(timestamp).toInstant();
            } catch (DateTimeParseException notIso) {
                return null;
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
