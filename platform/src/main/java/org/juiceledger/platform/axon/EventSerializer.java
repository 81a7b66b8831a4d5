package org.juiceledger.platform.axon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's Jackson serializer without its per-message lookups. For every payload and every metadata
 * it reads, Axon's serializer looks the class up by name through the class loader, builds a new
 * reader for it, and (for metadata) looks up Jackson's map deserializer again: in a replay that was
 * 7% of the CPU, more than reading the JSON. Here the classes found and the readers are kept, and
 * metadata is read by a deserializer that finds the map deserializer once. Names of classes not
 * found are left to Axon (an {@link UnknownSerializedType}, looked up again next time, as before).
 */
final class EventSerializer extends JacksonSerializer {

    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    EventSerializer(ObjectMapper mapper) {
        super(JacksonSerializer.builder().objectMapper(mapper));
        // registered after Axon's own MetaData deserializer, so it is the one Jackson uses
        mapper.registerModule(new SimpleModule("juice-metadata").addDeserializer(MetaData.class, new MetaDataReader()));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        Class<?> known = classes.get(type.getName());
        if (known != null) {
            return known;
        }
        Class<?> found = super.classForType(type);
        if (found != UnknownSerializedType.class && found != Void.class) {
            classes.put(type.getName(), found);
        }
        return found;
    }

    @Override
    protected ObjectReader getReader(Class<?> type) {
        return readers.computeIfAbsent(type, super::getReader);
    }

    /** Metadata as a map of names to plain JSON values, as Axon's own deserializer reads it. */
    static final class MetaDataReader extends StdDeserializer<MetaData> implements ResolvableDeserializer {

        private static final long serialVersionUID = 1L;
        private transient JsonDeserializer<Object> map;

        MetaDataReader() {
            super(MetaData.class);
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            map = context.findRootValueDeserializer(
                    context.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        }

        @Override
        @SuppressWarnings("unchecked")
        public MetaData deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return MetaData.from((Map<String, ?>) map.deserialize(parser, context));
        }

        @Override
        public Object deserializeWithType(JsonParser parser, DeserializationContext context,
                                          TypeDeserializer typeDeserializer) throws IOException {
            return typeDeserializer.deserializeTypedFromObject(parser, context);
        }
    }
}
