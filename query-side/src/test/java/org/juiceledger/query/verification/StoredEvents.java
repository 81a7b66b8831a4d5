package org.juiceledger.query.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.platform.axon.EventJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes well-formed events straight into {@code domainevententry}, as Axon's JDBC engine stores them
 * (Jackson JSON payload and metadata, ISO timestamp), many rows per statement.
 */
final class StoredEvents {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final int ROWS = 500;
    private final Connection connection;
    private final List<Object[]> pending = new ArrayList<>();
    private long position;

    StoredEvents(Connection connection, long lastPosition) {
        this.connection = connection;
        this.position = lastPosition;
    }

    /** Returns the event's identifier; its position is {@link #position()} right after. */
    String append(String aggregateId, long sequence, Object payload, Instant at, String who) {
        return append(aggregateId, sequence, payload.getClass().getName(),
                payload.getClass().getAnnotation(Revision.class).value(), JSON.valueToTree(payload), at, who);
    }

    /**
     * A {@code TransactionRecorded} as revision 1 stored it, before card refunds: no {@code cardRefund}
     * field at all.
     */
    String appendRevision1(String aggregateId, long sequence, TransactionRecorded payload, Instant at, String who) {
        ObjectNode revision1 = JSON.valueToTree(payload);
        revision1.remove("cardRefund");
        return append(aggregateId, sequence, TransactionRecorded.class.getName(), "1", revision1, at, who);
    }

    private String append(String aggregateId, long sequence, String payloadType, String revision, JsonNode payload,
                          Instant at, String who) {
        String eventId = UUID.randomUUID().toString();
        try {
            pending.add(new Object[]{++position, aggregateId, sequence, "Aggregate", eventId,
                    JSON.writeValueAsBytes(Map.of("who", who, "channel", "REST")), JSON.writeValueAsBytes(payload),
                    revision, payloadType, at.toString()});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (pending.size() == ROWS) {
            flush();
        }
        return eventId;
    }

    long position() {
        return position;
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into domainevententry (globalindex, aggregateidentifier, sequencenumber, type,"
                + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) values ");
        for (int i = 0; i < pending.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Object[] row : pending) {
                for (Object value : row) {
                    insert.setObject(index++, value);
                }
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        pending.clear();
    }
}
