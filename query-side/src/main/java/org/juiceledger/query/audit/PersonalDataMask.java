package org.juiceledger.query.audit;

import org.juiceledger.kernel.Metadata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Customers' personal data in event payloads, shown only to supervisors and admins. The rule:
 * <ul>
 *   <li>{@code phone}, {@code email} and {@code customer} are personal in every event, at any depth;</li>
 *   <li>{@code name} is personal in customer account events ({@code org.juiceledger.kernel.account.*},
 *       the account holder's name); elsewhere a name names a tariff or a thing, not a person.</li>
 * </ul>
 * A personal value is replaced by {@code "***"}; a null stays null (whether it was given is not
 * personal). A payload that is not a JSON object or array is masked whole. In metadata only the
 * customer's own numbers are personal ({@code from}, {@code callerId} and {@code clientAddress},
 * which gateways and the web page record); {@code who} is a staff or gateway login.
 */
public final class PersonalDataMask {

    public static final String MASK = "***";
    static final Set<String> VIEWER_AUTHORITIES = Set.of("ROLE_SUPERVISOR", "ROLE_ADMIN");
    private static final Set<String> PERSONAL_EVERYWHERE = Set.of("phone", "email", "customer");
    private static final Set<String> PERSONAL_IN_CUSTOMER_EVENTS = Set.of("name");
    private static final String CUSTOMER_EVENTS = "org.juiceledger.kernel.account.";
    private static final Set<String> PERSONAL_METADATA = Metadata.PERSONAL;

    private PersonalDataMask() {
    }

    /** Whether a caller with these authorities may see personal data unmasked. */
    public static boolean mayView(Collection<String> authorities) {
        return authorities.stream().anyMatch(VIEWER_AUTHORITIES::contains);
    }

    /** A copy of the payload with personal values masked; the payload itself is not changed. */
    public static JsonNode masked(String payloadType, JsonNode payload) {
        if (payload == null || payload.isNull()) {
            return payload;
        }
        if (!payload.isContainerNode()) {
            return TextNode.valueOf(MASK);
        }
        boolean customerEvent = payloadType != null && payloadType.startsWith(CUSTOMER_EVENTS);
        JsonNode copy = payload.deepCopy();
        mask(copy, customerEvent);
        return copy;
    }

    /** A copy of the metadata with the customer's phone number, caller id and address masked. */
    public static JsonNode maskedMetadata(JsonNode metadata) {
        if (metadata == null || !metadata.isObject()) {
            return metadata;
        }
        ObjectNode copy = metadata.deepCopy();
        for (String key : PERSONAL_METADATA) {
            if (copy.hasNonNull(key)) {
                copy.put(key, MASK);
            }
        }
        return copy;
    }

    private static void mask(JsonNode node, boolean customerEvent) {
        if (node instanceof ObjectNode object) {
            for (String field : object.properties().stream().map(Map.Entry::getKey).toList()) {
                JsonNode value = object.get(field);
                if (isPersonal(field, customerEvent) && !value.isNull()) {
                    object.put(field, MASK);
                } else {
                    mask(value, customerEvent);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> mask(element, customerEvent));
        }
    }

    private static boolean isPersonal(String field, boolean customerEvent) {
        return PERSONAL_EVERYWHERE.contains(field) || (customerEvent && PERSONAL_IN_CUSTOMER_EVENTS.contains(field));
    }
}
