package org.juiceledger.platform.axon;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The serializer reads what Axon's own reads, the same way, however often it reads it. */
class EventSerializerTest {

    record Issued(String serial, BigDecimal denomination) {
    }

    private final EventSerializer serializer = new EventSerializer(EventJson.mapper());
    private final JacksonSerializer axons = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();

    @Test
    void metadataReadsAsAxonReadsIt() {
        Map<String, Object> values = new HashMap<>();
        values.put("who", "cashier-1");
        values.put("channel", "REST");
        values.put("attempt", 3);
        values.put("amount", new BigDecimal("15.00"));
        values.put("replayed", true);
        values.put("nothing", null);
        values.put("path", List.of("a", "b"));
        values.put("origin", Map.of("node", "n1"));
        SerializedObject<byte[]> stored = axons.serialize(MetaData.from(values), byte[].class);

        for (int i = 0; i < 3; i++) {
            MetaData read = serializer.deserialize(stored);
            assertThat(read).isEqualTo(axons.<byte[], MetaData>deserialize(stored));
            assertThat(read.get("amount")).isEqualTo(new BigDecimal("15.00"));
            assertThat(read.get("path")).isEqualTo(List.of("a", "b"));
            assertThat(read).containsEntry("nothing", null).hasSize(8);
        }
    }

    @Test
    void payloadsReadAgainAndAgain() {
        SerializedObject<byte[]> stored = serializer.serialize(new Issued("0000000001", new BigDecimal("20.00")), byte[].class);
        for (int i = 0; i < 3; i++) {
            Issued read = serializer.deserialize(stored);
            assertThat(read).isEqualTo(new Issued("0000000001", new BigDecimal("20.00")));
        }
    }

    @Test
    void aTypeNoClassHasStaysUnknown() {
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>("{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType("org.example.Gone", null));
        for (int i = 0; i < 2; i++) {
            assertThat(serializer.classForType(stored.getType())).isEqualTo(UnknownSerializedType.class);
            Object read = serializer.deserialize(stored);
            assertThat(read).isInstanceOf(UnknownSerializedType.class);
        }
        assertThat(serializer.classForType(new SimpleSerializedType(Issued.class.getName(), null))).isEqualTo(Issued.class);
    }
}
