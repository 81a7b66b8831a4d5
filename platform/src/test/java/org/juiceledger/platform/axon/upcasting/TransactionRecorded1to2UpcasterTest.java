package org.juiceledger.platform.axon.upcasting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.account.UnitType;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.axon.EventJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A frozen revision-1 Reversal of a Juice Card redemption, copied from the event store as the code
 * before card refunds wrote it, reads as revision 2 with no card refund: its value went back to the
 * card, and the ledger and the card keep reading it that way.
 */
class TransactionRecorded1to2UpcasterTest {

    private static final String REVISION_1_JC_REVERSAL = "{\"accountNumber\":\"10000036\",\"transactionNumber\":1000097,"
            + "\"type\":\"Reversal\",\"tender\":null,\"meterNumber\":null,\"total\":-50.00,\"tendered\":null,"
            + "\"change\":0.00,\"arrears\":[],\"arrearsAmount\":0.00,\"energyAmount\":0.00,\"taxAmount\":0.00,"
            + "\"walletChange\":-50.00,\"units\":-50.00,\"unitType\":\"currency\",\"token\":null,\"counterparty\":null,"
            + "\"reversalOf\":1000092,\"note\":\"redeemed to the wrong account\",\"cardSerial\":\"0000000038\"}";
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();

    @Test
    void aRevisionOneCardReversalReadsAsRevisionTwoWithoutACardRefund() {
        IntermediateEventRepresentation upcast = upcast("1", REVISION_1_JC_REVERSAL);

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        TransactionRecorded event = serializer.deserialize(new SimpleSerializedObject<>(
                upcast.getData(byte[].class).getData(), byte[].class, upcast.getType()));
        assertThat(event).isEqualTo(new TransactionRecorded("10000036", 1000097, TransactionType.REVERSAL, null, null,
                Money.of("-50.00"), null, Money.of("0.00"), List.of(), Money.of("0.00"), Money.of("0.00"),
                Money.of("0.00"), Money.of("-50.00"), new BigDecimal("-50.00"), UnitType.CURRENCY, null, null,
                1000092L, "redeemed to the wrong account", "0000000038", null));
        assertThat(event.cardRefund()).isNull();
    }

    @Test
    void revisionTwoPassesUntouchedWithItsCardRefund() {
        String revision2 = REVISION_1_JC_REVERSAL.replace("\"walletChange\":-50.00", "\"walletChange\":0.00")
                .replace("}", ",\"cardRefund\":50.00}");
        IntermediateEventRepresentation upcast = upcast("2", revision2);

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        TransactionRecorded event = serializer.deserialize(new SimpleSerializedObject<>(
                upcast.getData(byte[].class).getData(), byte[].class, upcast.getType()));
        assertThat(event.cardRefund()).isEqualTo(Money.of("50.00"));
        assertThat(event.walletChange()).isEqualTo(Money.of("0.00"));
    }

    private IntermediateEventRepresentation upcast(String revision, String json) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Account", "10000036", 7, "event-1",
                Instant.parse("2026-12-01T20:14:00Z"), TransactionRecorded1to2Upcaster.TYPE, revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new TransactionRecorded1to2Upcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }
}
