package org.juiceledger.query.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHistoryTest {

    private final AuditHistory history = new AuditHistory(null);

    @Test
    void showsTheStoredEventWithItsOriginAndJsonPayload() {
        AuditEvent view = history.view(Events.event(7, "{\"tariffId\":\"residential\",\"pricePerKwh\":1.250000}"), false);

        assertThat(view.type()).isEqualTo("TariffPublished");
        assertThat(view.payloadType()).isEqualTo(Events.TARIFF_PUBLISHED);
        assertThat(view.position()).isEqualTo(7L);
        assertThat(view.sequence()).isEqualTo(6);
        assertThat(view.who()).isEqualTo("admin");
        assertThat(view.channel()).isEqualTo("REST");
        assertThat(view.correlationId()).isEqualTo("corr-7");
        assertThat(view.payload().isObject()).isTrue();
        assertThat(view.payload().get("pricePerKwh").decimalValue().toPlainString()).isEqualTo("1.250000");
    }

    @Test
    void showsNoPositionWhereTheStoreDidNotSayIt() {
        StoredEvent linked = Events.event(7, "{}");
        StoredEvent unlinked = new StoredEvent(StoredEvent.UNKNOWN_POSITION, linked.aggregateId(), linked.sequence(),
                linked.aggregateType(), linked.eventId(), linked.payloadType(), linked.revision(), linked.timestamp(),
                linked.payload(), linked.metadata());

        assertThat(history.view(unlinked, false).position()).isNull();
        assertThat(history.view(unlinked, false).sequence()).isEqualTo(6);
    }

    @Test
    void showsBytesThatAreNotJsonAsTextToThoseWhoMaySeePersonalData() {
        AuditEvent view = history.view(Events.event(1, "not json {"), true);

        assertThat(view.payload().asText()).isEqualTo("not json {");
    }

    @Test
    void namesNestedTypesSimply() {
        assertThat(AuditHistory.simpleName("a.b.Outer$Inner")).isEqualTo("Inner");
        assertThat(AuditHistory.simpleName("Plain")).isEqualTo("Plain");
    }
}
