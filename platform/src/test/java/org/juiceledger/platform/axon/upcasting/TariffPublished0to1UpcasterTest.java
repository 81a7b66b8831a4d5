package org.juiceledger.platform.axon.upcasting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.juiceledger.kernel.tariff.TariffPublished;
import org.juiceledger.platform.axon.EventJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A frozen revision-0 TariffPublished, as the pilot stored it, reads as today's event. */
class TariffPublished0to1UpcasterTest {

    private static final String REVISION_0_JSON =
            "{\"tariffId\":\"res\",\"version\":1,\"name\":\"Residential\",\"pricePerKwh\":0.666666,\"taxPercent\":15.00}";
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();

    @Test
    void revisionZeroGetsTheDayItWasPublishedAsEffectiveDate() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Tariff", "res", 0, "event-1",
                Instant.parse("2025-03-14T22:30:00Z"), TariffPublished0to1Upcaster.TYPE, "0",
                REVISION_0_JSON.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcast = new TariffPublished0to1Upcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("1");
        TariffPublished event = serializer.deserialize(new SimpleSerializedObject<>(
                upcast.get(0).getData(byte[].class).getData(), byte[].class, upcast.get(0).getType()));
        assertThat(event).isEqualTo(new TariffPublished("res", 1, "Residential", new BigDecimal("0.666666"),
                new BigDecimal("15.00"), LocalDate.of(2025, 3, 14)));
    }

    @Test
    void currentRevisionPassesUntouched() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Tariff", "res", 0, "event-2",
                Instant.parse("2025-03-14T22:30:00Z"), TariffPublished0to1Upcaster.TYPE, "1",
                "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcast = new TariffPublished0to1Upcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("1");
    }
}
