package org.juiceledger.standalone.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.TestUsers.ADMIN;

/** The auditor's history API: one aggregate in order, the global stream in pages, NDJSON, roles, masking. */
@PostgresIntegrationTest
class AuditHistoryIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    AuditDesk desk;
    String auditor;

    @BeforeEach
    void setUp() {
        desk = new AuditDesk(port);
        auditor = desk.user("AUDITOR");
    }

    @Test
    void readsOneAggregatesEventsInOrderWithWhoChannelAndCorrelationId() {
        String correlationId = TestUsers.uniqueId("corr-audit");
        String tariff = desk.tariffWithVersions(3, correlationId);

        List<JsonNode> events = desk.history(auditor, tariff);

        assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L, 2L);
        assertThat(events).extracting(e -> e.get("position").asLong()).isSorted().doesNotHaveDuplicates();
        JsonNode first = events.get(0);
        assertThat(first.get("aggregateId").asText()).isEqualTo(tariff);
        assertThat(first.get("type").asText()).isEqualTo("TariffPublished");
        assertThat(first.get("payloadType").asText()).isEqualTo("org.juiceledger.kernel.tariff.TariffPublished");
        assertThat(first.get("revision").asText()).isEqualTo("1");
        assertThat(first.get("eventId").asText()).isNotBlank();
        assertThat(first.get("timestamp").asText()).endsWith("Z");
        assertThat(first.get("who").asText()).isEqualTo(ADMIN);
        assertThat(first.get("channel").asText()).isEqualTo("REST");
        assertThat(first.get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(first.get("metadata").get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(first.get("payload").isObject()).as("payload is JSON, not a string").isTrue();
        assertThat(first.get("payload").get("tariffId").asText()).isEqualTo(tariff);
        assertThat(events.get(2).get("payload").get("name").asText()).isEqualTo("Audited 3");
    }

    @Test
    void pagesOneAggregateAfterASequence() {
        String tariff = desk.tariffWithVersions(3, TestUsers.uniqueId("corr-audit"));

        JsonNode page = desk.get(auditor, "/api/audit/events?aggregateId=" + tariff + "&afterSequence=0&limit=1").json();
        JsonNode rest = desk.get(auditor, "/api/audit/events?aggregateId=" + tariff + "&afterSequence="
                + page.get("nextAfter").asLong()).json();
        JsonNode end = desk.get(auditor, "/api/audit/events?aggregateId=" + tariff + "&afterSequence=2").json();

        assertThat(page.get("events")).extracting(e -> e.get("sequence").asLong()).containsExactly(1L);
        assertThat(page.get("nextAfter").asLong()).isEqualTo(1);
        assertThat(rest.get("events")).extracting(e -> e.get("sequence").asLong()).containsExactly(2L);
        assertThat(end.get("events")).isEmpty();
        assertThat(end.get("nextAfter").isNull()).isTrue();
    }

    @Test
    void pagesTheGlobalStreamAfterAPosition() {
        String tariff = desk.tariffWithVersions(3, TestUsers.uniqueId("corr-audit"));
        long firstPosition = desk.history(auditor, tariff).get(0).get("position").asLong();

        JsonNode page = desk.get(auditor, "/api/audit/events?afterPosition=" + (firstPosition - 1) + "&limit=2").json();
        long nextAfter = page.get("nextAfter").asLong();
        JsonNode next = desk.get(auditor, "/api/audit/events?afterPosition=" + nextAfter + "&limit=2").json();

        List<Long> positions = positions(page.get("events"));
        assertThat(positions).hasSize(2).first().isEqualTo(firstPosition);
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(nextAfter).isEqualTo(positions.get(1));
        assertThat(positions(next.get("events"))).isNotEmpty().allMatch(p -> p > nextAfter).isSorted();
        assertThat(page.get("events").get(0).get("aggregateId").asText()).isEqualTo(tariff);
    }

    @Test
    void exportsNdjsonOneEventALine() {
        String tariff = desk.tariffWithVersions(3, TestUsers.uniqueId("corr-audit"));
        long firstPosition = desk.history(auditor, tariff).get(0).get("position").asLong();

        Reply stream = desk.getNdjson(auditor, "/api/audit/events?afterPosition=" + (firstPosition - 1) + "&limit=3");
        Reply aggregate = desk.getNdjson(auditor, "/api/audit/events?aggregateId=" + tariff);

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("application/x-ndjson");
        List<JsonNode> lines = lines(stream.body());
        assertThat(lines).hasSize(3);
        assertThat(positions(lines)).first().isEqualTo(firstPosition);
        assertThat(positions(lines)).isSorted();
        assertThat(lines(aggregate.body())).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L, 2L);
        assertThat(lines(aggregate.body()).get(0).get("payload").get("tariffId").asText()).isEqualTo(tariff);
    }

    @Test
    void filtersTheStreamByTypeWhoChannelCorrelationIdAndTimeInPagesAndInTheExport() {
        String correlationId = TestUsers.uniqueId("corr-filter");
        String tariff = desk.tariffWithVersions(3, correlationId);
        List<JsonNode> all = desk.history(auditor, tariff);
        long before = all.get(0).get("position").asLong() - 1;
        String from = all.get(1).get("timestamp").asText();

        JsonNode byCorrelation = desk.get(auditor, "/api/audit/events?afterPosition=" + before
                + "&correlationId=" + correlationId).json();
        assertThat(positions(byCorrelation.get("events"))).isEqualTo(positions(all));
        JsonNode published = desk.get(auditor, "/api/audit/events?afterPosition=" + before + "&correlationId="
                + correlationId + "&type=TariffPublished&who=" + ADMIN + "&channel=REST").json();
        assertThat(published.get("events")).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L, 2L);
        JsonNode otherType = desk.get(auditor, "/api/audit/events?afterPosition=" + before + "&correlationId="
                + correlationId + "&type=AccountOpened").json();
        assertThat(otherType.get("events")).isEmpty();
        assertThat(otherType.get("nextAfter").asLong()).as("where the search stopped").isGreaterThan(before);
        JsonNode otherChannel = desk.get(auditor, "/api/audit/events?afterPosition=" + before + "&correlationId="
                + correlationId + "&channel=CONSOLE").json();
        assertThat(otherChannel.get("events")).isEmpty();
        JsonNode fromSecond = desk.get(auditor, "/api/audit/events?aggregateId=" + tariff + "&from=" + from).json();
        assertThat(fromSecond.get("events")).extracting(e -> e.get("sequence").asLong()).startsWith(1L)
                .allMatch(sequence -> sequence >= 1);

        Reply exported = desk.getNdjson(auditor, "/api/audit/events?afterPosition=" + before + "&correlationId="
                + correlationId + "&type=TariffPublished&limit=2");
        assertThat(lines(exported.body())).extracting(e -> e.get("position").asLong())
                .containsExactlyElementsOf(positions(all).subList(0, 2));
        Reply backwards = desk.get(auditor, "/api/audit/events?from=" + from + "&to=" + from);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void onlyAuditorsReadTheHistory() {
        String cashier = desk.user("CASHIER");

        Reply asCashier = desk.get(cashier, "/api/audit/events");
        Reply asAdmin = desk.api.get("/api/audit/events", ADMIN, TestUsers.ADMIN_PASSWORD);
        Reply ndjsonAsCashier = desk.getNdjson(cashier, "/api/audit/events");

        assertThat(asCashier.status()).isEqualTo(403);
        assertThat(asCashier.json().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(asAdmin.status()).isEqualTo(403);
        assertThat(ndjsonAsCashier.status()).isEqualTo(403);
        assertThat(desk.api.get("/api/audit/events", null, null).status()).isEqualTo(401);
    }

    @Test
    void refusesLimitsOutOfRangeAndMixedPaging() {
        for (String query : List.of("limit=0", "limit=5000", "limit=-1", "limit=ten", "afterPosition=-2",
                "afterSequence=3", "aggregateId=x&afterPosition=3")) {
            Reply reply = desk.get(auditor, "/api/audit/events?" + query);

            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.contentType()).as(query).startsWith("application/problem+json");
            assertThat(reply.json().get("code").asText()).as(query).isEqualTo("VALIDATION_FAILED");
        }
        Reply export = desk.getNdjson(auditor, "/api/audit/events?limit=100001");
        assertThat(export.status()).isEqualTo(400);
        assertThat(export.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void anAggregateWithoutEventsIsNotFound() {
        Reply reply = desk.get(auditor, "/api/audit/events?aggregateId=" + TestUsers.uniqueId("nothing"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void masksCustomersPersonalDataUnlessTheAuditorIsAlsoASupervisorOrAdmin() {
        Desk front = new Desk(port);
        String account = front.account(front.tariff("0.500000", "0"));
        String supervisingAuditor = desk.user("AUDITOR", "SUPERVISOR");

        JsonNode masked = desk.history(auditor, account).get(0);
        JsonNode plain = desk.history(supervisingAuditor, account).get(0);
        JsonNode exported = lines(desk.getNdjson(auditor, "/api/audit/events?aggregateId=" + account).body()).get(0);

        assertThat(masked.get("type").asText()).isEqualTo("AccountOpened");
        assertThat(masked.get("payload").get("name").asText()).isEqualTo("***");
        assertThat(masked.get("payload").get("phone").asText()).isEqualTo("***");
        assertThat(masked.get("payload").get("accountNumber").asText()).isEqualTo(account);
        assertThat(masked.get("who").asText()).isEqualTo(front.cashier);
        assertThat(exported.get("payload").get("name").asText()).isEqualTo("***");
        assertThat(plain.get("payload").get("name").asText()).isEqualTo("Thandi Nkosi");
        assertThat(plain.get("payload").get("phone").asText()).isEqualTo("+27821234567");
    }

    private static List<Long> positions(Iterable<JsonNode> events) {
        List<Long> positions = new ArrayList<>();
        events.forEach(e -> positions.add(e.get("position").asLong()));
        return positions;
    }

    private static List<JsonNode> lines(String ndjson) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            try {
                lines.add(JSON.readTree(line));
            } catch (Exception e) {
                throw new AssertionError("Not a JSON line: " + line, e);
            }
        }
        return lines;
    }
}
