package org.juiceledger.platform.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;

/**
 * The example of how an event changes shape: revision 0 of {@code TariffPublished} (written by the
 * pilot) had no {@code effectiveFrom}; such a tariff took effect the day it was published, so
 * revision 1 gets that date (UTC) from the event's own timestamp. See docs/events-versioning.md.
 */
@Component
@Order(0)
public class TariffPublished0to1Upcaster extends SingleEventUpcaster {

    static final String TYPE = "org.juiceledger.kernel.tariff.TariffPublished";
    private static final SimpleSerializedType REVISION_0 = new SimpleSerializedType(TYPE, "0");
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return REVISION_0.equals(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        String publishedOn = event.getTimestamp().atZone(ZoneOffset.UTC).toLocalDate().toString();
        return event.upcastPayload(REVISION_1, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("effectiveFrom", publishedOn);
            return payload;
        });
    }
}
