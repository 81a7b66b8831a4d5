package org.juiceledger.platform.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revision 2 of {@code TransactionRecorded} has {@code cardRefund}: on the Reversal of a Juice Card
 * redemption, the card's value credited to the wallet while the card stays used. Under revision 1
 * such a Reversal gave the value back to the card (Activated again), so every revision-1 event
 * gets {@code cardRefund: null} explicitly and keeps that meaning.
 */
@Component
@Order(1)
public class TransactionRecorded1to2Upcaster extends SingleEventUpcaster {

    static final String TYPE = "org.juiceledger.kernel.account.TransactionRecorded";
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return REVISION_1.equals(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("cardRefund");
            return payload;
        });
    }
}
