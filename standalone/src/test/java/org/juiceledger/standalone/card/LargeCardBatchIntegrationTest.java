package org.juiceledger.standalone.card;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * A batch above the old cap of 100,000 (the harness generates a million): it is issued in chunks
 * and its print file is kept and streamed in parts, yet every card exists once, with its PIN,
 * in the event store, the PIN lookup and the file; and a range activation stays all or nothing
 * when its cards are read in bulk.
 */
@PostgresIntegrationTest
class LargeCardBatchIntegrationTest {

    private static final int QUANTITY = 101_000;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * The other tests of this context read projections with a 2 s read-your-writes wait and link the
     * hash chain within a minute: leave them a store whose projections and chain have caught up.
     */
    @AfterEach
    void letTheProjectionsAndTheChainCatchUp() {
        Desk desk = new Desk(port);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode status = desk.api.get("/api/admin/replay", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).json();
            return status.get("processors").findValues("behind").stream().allMatch(behind -> behind.asLong() == 0);
        });
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> jdbc.queryForObject(
                "select coalesce(max(global_index), 0) from event_hash_chain", Long.class) >= jdbc.queryForObject(
                "select coalesce(max(globalindex), 0) from domainevententry", Long.class) - 100);
    }

    @Test
    void aBatchAboveAHundredThousandIsWholeInStoreLookupAndPrintFile() {
        Desk desk = new Desk(port);
        String cardAdmin = desk.user("CARD_ADMIN");
        CardStock stock = new CardStock(desk, cardAdmin);
        CardStock.Batch batch = stock.generate(QUANTITY, "5.00", 16, "NUMERIC");

        assertThat(batch.serials()).hasSize(QUANTITY);
        long first = Long.parseLong(batch.serial(0));
        for (int i = 0; i < QUANTITY; i++) {
            assertThat(Long.parseLong(batch.serial(i))).isEqualTo(first + i);
        }
        assertThat(new HashSet<>(batch.pins())).hasSize(QUANTITY);
        String last = batch.serial(QUANTITY - 1);
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where type = 'Card' and sequencenumber = 0 "
                + "and payloadtype like '%CardIssued' and aggregateidentifier between ? and ?", Long.class,
                batch.serial(0), last)).isEqualTo(QUANTITY);
        assertThat(jdbc.queryForObject("select count(*) from card_pin where serial between ? and ?", Long.class,
                batch.serial(0), last)).isEqualTo(QUANTITY);
        assertThat(jdbc.queryForObject("select count(*) from card_print_file_part where batch_id = ?", Long.class,
                batch.id())).isZero();
        assertThat(desk.api.get("/api/card-batches/" + batch.id() + "/print-file", cardAdmin, Desk.PASSWORD).status())
                .isEqualTo(410);

        // the last card of the batch is a card like any other: sold, then redeemed by the PIN in the file
        Reply sale = stock.activate(desk.supervisor, last, last, "5.00");
        assertThat(sale.status()).as(sale.body()).isEqualTo(201);
        String meter = desk.stsMeter(desk.account(desk.tariff("0.500000", "0")));
        Reply redeemed = desk.post(desk.cashier, "/api/cards/redeem", json("pin", batch.pins().get(QUANTITY - 1),
                "meterNumber", meter));
        assertThat(redeemed.status()).as(redeemed.body()).isEqualTo(201);

        // a range with one void card in the middle sells none of them
        String voided = batch.serial(5_000);
        assertThat(desk.post(desk.supervisor, "/api/cards/" + voided + "/void", json("reason", "damaged")).status())
                .isEqualTo(200);
        Reply refused = stock.activate(desk.supervisor, batch.serial(0), batch.serial(9_999), "50000.00");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("CARDS_NOT_AVAILABLE");
        assertThat(refused.json().get("problems").findValuesAsText("serial")).isEqualTo(List.of(voided));
        Reply before = stock.activate(desk.supervisor, batch.serial(0), batch.serial(4_999), "25000.00");
        assertThat(before.status()).as(before.body()).isEqualTo(201);
        assertThat(before.json().get("quantity").asInt()).isEqualTo(5_000);
    }
}
