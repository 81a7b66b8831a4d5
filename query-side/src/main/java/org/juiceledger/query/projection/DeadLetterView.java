package org.juiceledger.query.projection;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One dead letter as admins and auditors see it: which event, where it waits, why, and the event's
 * payload and metadata with personal data and PIN hashes masked. {@code cause} is null for an event
 * that did not fail itself but waits behind an earlier dead letter of its {@code sequence}.
 */
public record DeadLetterView(String projection, String sequence, long index, String eventId, String eventType,
                             Long position, String aggregateId, Long aggregateSequence, Instant occurredAt,
                             Instant enqueuedAt, Instant lastTouched, Cause cause, JsonNode payload, JsonNode metadata) {

    public record Cause(String type, String message) {
    }
}
