package org.juiceledger.standalone.hardening;

import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * Wrong PINs at the counter count against the cashier and against the meter asked for, like every
 * other channel: five wrong PINs lock that cashier out of redeeming (429, the PIN not even tried),
 * while another cashier still redeems the same card to the same meter.
 */
@PostgresIntegrationTest
class CounterRedemptionLimitIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveWrongPinsLockTheCashierNotTheCard() {
        Desk desk = new Desk(port);
        CardStock stock = new CardStock(desk, desk.user("CARD_ADMIN"));
        CardStock.Batch batch = stock.generate(1, "20.00", 16, "NUMERIC");
        assertThat(stock.activate(desk.supervisor, batch.serial(0), batch.serial(0), "20.00").status()).isEqualTo(201);
        String meter = desk.stsMeter(desk.account(desk.tariff("0.500000", "0")));

        for (int i = 0; i < 5; i++) {
            Reply wrong = desk.post(desk.cashier, "/api/cards/redeem", json("pin", "99999999999" + i + "0000", "meterNumber", meter));
            assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
        }
        Reply locked = desk.post(desk.cashier, "/api/cards/redeem", json("pin", batch.pins().get(0), "meterNumber", meter));

        assertThat(locked.status()).as(locked.body()).isEqualTo(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.json().get("code").asText()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(locked.body()).doesNotContain(batch.pins().get(0));
        assertThat(jdbc.queryForList("select channel, via, target, outcome from failed_attempt where source_kind = "
                + "'CASHIER' and source_id = ?", desk.cashier)).hasSize(5).allSatisfy(row -> assertThat(row)
                .containsEntry("channel", "REST").containsEntry("target", meter).containsEntry("outcome", "FAILED"));

        String otherCashier = desk.user("CASHIER");
        Reply redeemed = desk.post(otherCashier, "/api/cards/redeem", json("pin", batch.pins().get(0), "meterNumber", meter));
        assertThat(redeemed.status()).as(redeemed.body()).isEqualTo(201);
        assertThat(redeemed.json().get("units").asText()).isEqualTo("40.0");
    }
}
