package org.juiceledger.standalone.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/** A transaction's answer says when its event happened: the time stored with the event, not a clock read after it. */
@PostgresIntegrationTest
class EventTimesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTransactionAndItsReversalAnswerWithTheTimesOfTheirStoredEvents() {
        Desk desk = new Desk(port);
        String account = desk.account(desk.tariff("0.500000", "0"));
        String base = "/api/accounts/" + account;

        JsonNode deposit = desk.transact(desk.cashier, base + "/wallet/deposits", json("amount", "10.00", "tender", "CASH"));
        assertThat(Instant.parse(deposit.get("date").asText())).isEqualTo(storedTimeOfLatestTransaction(account));

        JsonNode reversal = desk.transact(desk.supervisor,
                "/api/transactions/" + deposit.get("transactionNumber").asLong() + "/reversal", json("reason", "keyed twice"));
        assertThat(Instant.parse(reversal.get("date").asText())).isEqualTo(storedTimeOfLatestTransaction(account))
                .isAfterOrEqualTo(Instant.parse(deposit.get("date").asText()));
    }

    private Instant storedTimeOfLatestTransaction(String account) {
        return Instant.parse(jdbc.queryForObject("select timestamp from domainevententry where aggregateidentifier = ? "
                + "and payloadtype like '%TransactionRecorded' order by sequencenumber desc limit 1", String.class, account));
    }
}
