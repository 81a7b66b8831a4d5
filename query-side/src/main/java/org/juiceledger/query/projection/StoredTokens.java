package org.juiceledger.query.projection;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every segment's token as the token store holds it, read without claiming (Axon's token store reads
 * a token only to claim it): how far the nodes that hold them have committed.
 */
@Component
class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Segment id → its token (empty before the segment's first event). */
    Map<Integer, Optional<TrackingToken>> of(String processor) {
        Map<Integer, Optional<TrackingToken>> segments = new HashMap<>();
        jdbc.query("select segment, token, tokentype from tokenentry where processorname = ?", row -> {
            segments.put(row.getInt(1), tokenOf(row.getBytes(2), row.getString(3)));
        }, processor);
        return segments;
    }

    private Optional<TrackingToken> tokenOf(byte[] token, String type) {
        if (token == null || type == null) {
            return Optional.empty();
        }
        return Optional.of(serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null)));
    }
}
