package org.juiceledger.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.juiceledger.query.audit.PersonalDataMask;

import java.util.Locale;
import java.util.Map;

/**
 * A dead letter's payload as the audit API masks it for readers without the right to personal data
 * ({@link PersonalDataMask}: names of account holders, phones, emails), and PIN material too
 * ({@code pin}, {@code pinHash}...): dead letters are read by admins and auditors alike.
 */
final class DeadLetterMask {

    private DeadLetterMask() {
    }

    static JsonNode payload(String payloadType, JsonNode payload) {
        JsonNode masked = PersonalDataMask.masked(payloadType, payload);
        maskPins(masked);
        return masked;
    }

    static JsonNode metadata(JsonNode metadata) {
        return PersonalDataMask.maskedMetadata(metadata);
    }

    private static void maskPins(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : object.properties().stream().map(Map.Entry::getKey).toList()) {
                if (field.toLowerCase(Locale.ROOT).startsWith("pin") && !object.get(field).isNull()) {
                    object.put(field, PersonalDataMask.MASK);
                } else {
                    maskPins(object.get(field));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(DeadLetterMask::maskPins);
        }
    }
}
