package org.juiceledger.standalone.bus;

import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * The refusals decided by commands that no other test of the over-the-wire run reaches, each sent
 * through the REST API: locally, and in that run with every command crossing a serializing wire as
 * through Axon Server (see {@link CommandWireConfiguration}). Each must keep its status and code.
 */
@PostgresIntegrationTest
class CommandRefusalsIntegrationTest {

    @LocalServerPort
    int port;
    private Desk desk;
    private String tariff;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
        tariff = desk.tariff("0.500000", "0");
    }

    @Test
    void accountsAndMeters() {
        String account = desk.account(tariff);
        String other = desk.account(tariff);
        String ami = desk.amiMeter(account);
        refused(desk.post(desk.cashier, "/api/accounts", json("name", "Nobody", "tariffId", "no-such-tariff")),
                404, "TARIFF_NOT_FOUND");
        refused(desk.post(desk.cashier, "/api/accounts/" + other + "/meters", json("meterNumber", ami, "kind", "AMI")),
                409, "METER_ALREADY_REGISTERED");
        refused(desk.post(desk.cashier, "/api/accounts/" + account + "/wallet/purchases",
                json("amount", "5.00", "meterNumber", ami)), 422, "METER_KIND_MISMATCH");
        refused(desk.post(desk.cashier, "/api/accounts/" + account + "/wallet/transfers",
                json("toAccount", account, "amount", "1.00")), 422, "TRANSFER_TO_SAME_ACCOUNT");
        refused(desk.post(desk.cashier, "/api/accounts/" + account + "/arrears/payments",
                json("amount", "5.00", "tender", "CASH")), 422, "ARREARS_EXCEEDED");
    }

    @Test
    void tokens() {
        String account = desk.account(tariff);
        String meter = desk.stsMeter(account);
        refused(purchase(account, meter, "0.01"), 422, "AMOUNT_TOO_SMALL");

        String cheap = desk.account(desk.tariff("0.000001", "0"));
        refused(purchase(cheap, desk.stsMeter(cheap), "1000.00"), 422, "TOKEN_AMOUNT_TOO_LARGE");

        // base date 1993: token ids ran out in 2024, so the meter needs a key change first
        String old = desk.account(tariff);
        String oldMeter = Desk.randomDrn();
        Reply registered = desk.post(desk.cashier, "/api/accounts/" + old + "/meters", json("meterNumber", oldMeter,
                "kind", "STS", "sts", Map.of("supplyGroupCode", "123457", "tariffIndex", "01", "keyRevision", 1,
                        "keyType", 2, "baseDate", 1993, "algorithm", "EA11")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        refused(purchase(old, oldMeter, "10.00"), 422, "METER_NEEDS_KEY_CHANGE");
    }

    @Test
    void cards() {
        String cardAdmin = desk.user("CARD_ADMIN");
        CardStock.Batch batch = new CardStock(desk, cardAdmin).generate(2, "10.00", 16, "NUMERIC");
        refused(desk.api.get("/api/card-batches/" + batch.id() + "/print-file", cardAdmin, Desk.PASSWORD),
                410, "PRINT_FILE_GONE");
        refused(desk.post(desk.supervisor, "/api/cards/0999999999/void", json("reason", "lost")), 404, "CARD_NOT_FOUND");
        refused(desk.post(cardAdmin, "/api/card-batches", json("batchId", batch.id(), "quantity", 1, "denomination",
                "10.00", "pinLength", 16, "pinAlphabet", "NUMERIC")), 409, "ALREADY_EXISTS");
        Reply voided = desk.post(desk.supervisor, "/api/cards/" + batch.serial(0) + "/void", json("reason", "damaged"));
        assertThat(voided.status()).as(voided.body()).isEqualTo(200);
        refused(desk.post(desk.supervisor, "/api/cards/" + batch.serial(0) + "/void", json("reason", "again")),
                409, "CARD_STATE_CONFLICT");
    }

    private Reply purchase(String account, String meter, String amount) {
        return desk.post(desk.cashier, "/api/accounts/" + account + "/purchases",
                json("amount", amount, "tender", "CASH", "meterNumber", meter));
    }

    private static void refused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().get("code").asText()).as(reply.body()).isEqualTo(code);
    }
}
