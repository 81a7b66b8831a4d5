package org.juiceledger.standalone.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/** Whoever made something may not also sell, reverse or write it off. */
@PostgresIntegrationTest
class SeparationOfDutiesIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void whoeverGeneratedCardsCannotSellThem() {
        Desk desk = new Desk(port);
        String both = TestUsers.uniqueLogin("both");
        assertThat(desk.api.post("/api/users", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, json("login", both, "name", "Both",
                "password", Desk.PASSWORD, "roles", List.of("CARD_ADMIN", "SUPERVISOR"),
                "vendorLimit", "10000.00", "specialLimit", "0.00")).status()).isEqualTo(201);
        Reply batch = desk.post(both, "/api/card-batches", json("quantity", 1, "denomination", "10.00",
                "pinLength", 16, "pinAlphabet", "NUMERIC"));
        String serial = batch.json().get("firstSerial").asText();

        Reply refused = desk.post(both, "/api/cards/activate", json("firstSerial", serial, "customer", "cash",
                "tender", "CASH", "expectedTotal", "10.00"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("problems").get(0).get("state").asText()).isEqualTo("GENERATED_BY_YOU");
        assertThat(desk.post(desk.supervisor, "/api/cards/activate", json("firstSerial", serial, "customer", "cash",
                "tender", "CASH", "expectedTotal", "10.00")).status()).isEqualTo(201);
    }

    @Test
    void nobodyReversesTheirOwnTransaction() {
        Desk desk = new Desk(port);
        String account = desk.account(desk.tariff("0.500000", "0"));
        JsonNode deposit = desk.transact(desk.supervisor, "/api/accounts/" + account + "/wallet/deposits",
                json("amount", "10.00", "tender", "CASH"));

        Reply refused = desk.post(desk.supervisor, "/api/transactions/" + deposit.get("transactionNumber").asLong()
                + "/reversal", json("reason", "mine"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("SEPARATION_OF_DUTIES");
        String other = desk.user("SUPERVISOR");
        assertThat(desk.post(other, "/api/transactions/" + deposit.get("transactionNumber").asLong() + "/reversal",
                json("reason", "cashier error")).status()).isEqualTo(201);
    }
}
