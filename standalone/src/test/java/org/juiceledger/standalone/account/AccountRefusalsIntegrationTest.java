package org.juiceledger.standalone.account;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/** Bad input and refused transactions: problem+json with a code, and no balance moves. */
@PostgresIntegrationTest
class AccountRefusalsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Desk desk;
    String account;
    String base;
    long reversible;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
        account = desk.account(desk.tariff("0.500000", "0"));
        desk.amiMeter(account);
        base = "/api/accounts/" + account;
        reversible = desk.transact(desk.cashier, base + "/wallet/deposits", json("amount", "10.00", "tender", "CASH"))
                .get("transactionNumber").asLong();
        desk.transact(desk.supervisor, base + "/arrears", json("amount", "40.00", "description", "debt"));
    }

    @Test
    void badAmountsAreRefusedAndChangeNothing() {
        long events = eventCount();
        expect(desk.post(desk.cashier, base + "/wallet/deposits", json("amount", "-5.00", "tender", "CASH")), 400, "VALIDATION_FAILED");
        expect(desk.post(desk.cashier, base + "/wallet/deposits", json("amount", "0", "tender", "CASH")), 400, "VALIDATION_FAILED");
        expect(desk.post(desk.cashier, base + "/wallet/deposits", json("amount", "1.001", "tender", "CASH")), 400, "VALIDATION_FAILED");
        expect(desk.post(desk.cashier, base + "/wallet/deposits", json("amount", "1e12", "tender", "CASH")), 400, "VALIDATION_FAILED");
        expect(desk.post(desk.cashier, base + "/wallet/deposits", json("amount", "5.00", "tender", "GOLD")), 400, "MALFORMED_REQUEST");
        expect(desk.post(desk.cashier, base + "/purchases", json("amount", "5.00", "tender", "CASH", "tendered", "4.00")), 400, "VALIDATION_FAILED");
        assertThat(eventCount()).isEqualTo(events);
        assertBalances("10.00", "40.00");
    }

    @Test
    void anAccountNumberTakenAlreadyIsAConflictAndTheFirstAccountStays() {
        String number = TestUsers.uniqueId("DUP");
        String tariff = desk.tariff("0.500000", "0");
        Reply first = desk.post(desk.cashier, "/api/accounts", json("accountNumber", number, "name", "First Owner", "tariffId", tariff));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        expect(desk.post(desk.cashier, "/api/accounts", json("accountNumber", number, "name", "Second Owner", "tariffId", tariff)),
                409, "ALREADY_EXISTS");
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class, number))
                .isEqualTo(1);
        assertThat(desk.overviewWhen(number, overview -> true).get("name").asText()).isEqualTo("First Owner");
    }

    @Test
    void unknownAccountOrMeterIsNotFound() {
        long events = eventCount();
        expect(desk.post(desk.cashier, "/api/accounts/NO-SUCH-1/wallet/deposits", json("amount", "5.00", "tender", "CASH")),
                404, "ACCOUNT_NOT_FOUND");
        expect(desk.post(desk.cashier, base + "/purchases", json("amount", "5.00", "tender", "CASH", "meterNumber", "GHOST")),
                404, "METER_NOT_FOUND");
        expect(desk.post(desk.cashier, "/api/accounts/NO-SUCH-1/overview", null), 405, "METHOD_NOT_ALLOWED");
        assertThat(desk.api.get("/api/accounts/NO-SUCH-1/overview", desk.cashier, Desk.PASSWORD).status()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void overdrawingTheWalletIsRefused() {
        String other = desk.account(desk.tariff("0.500000", "0"));
        long events = eventCount();
        expect(desk.post(desk.cashier, base + "/wallet/transfers", json("toAccount", other, "amount", "10.01")),
                422, "INSUFFICIENT_WALLET_BALANCE");
        assertThat(eventCount()).isEqualTo(events);
        assertBalances("10.00", "40.00");
    }

    @Test
    void reversingTwiceOrReversingAReversalIsAConflict() {
        JsonNode reversal = desk.transact(desk.supervisor, "/api/transactions/" + reversible + "/reversal",
                json("reason", "cashier error"));
        long events = eventCount();

        expect(desk.post(desk.supervisor, "/api/transactions/" + reversible + "/reversal", json("reason", "again")),
                409, "TRANSACTION_ALREADY_REVERSED");
        expect(desk.post(desk.supervisor, "/api/transactions/" + reversal.get("transactionNumber").asLong() + "/reversal",
                json("reason", "undo the undo")), 409, "REVERSAL_NOT_REVERSIBLE");
        expect(desk.post(desk.supervisor, "/api/transactions/999999999/reversal", json("reason", "x")),
                404, "TRANSACTION_NOT_FOUND");
        expect(desk.post(desk.supervisor, "/api/transactions/" + reversible + "/reversal", json("reason", "")),
                400, "REASON_REQUIRED");
        assertThat(eventCount()).isEqualTo(events);
        assertBalances("0.00", "40.00");
    }

    @Test
    void reversalThatWouldOverdrawTheWalletIsRefused() {
        desk.transact(desk.cashier, base + "/arrears/payments", json("amount", "5.00", "tender", "CASH"));
        String other = desk.account(desk.tariff("0.500000", "0"));
        desk.transact(desk.cashier, base + "/wallet/transfers", json("toAccount", other, "amount", "10.00"));
        long events = eventCount();

        expect(desk.post(desk.supervisor, "/api/transactions/" + reversible + "/reversal", json("reason", "late")),
                422, "INSUFFICIENT_WALLET_BALANCE");
        assertThat(eventCount()).isEqualTo(events);
        assertBalances("0.00", "35.00");
    }

    @Test
    void cashiersMayNotReverseWriteOffOrCreateDebt() {
        expect(desk.post(desk.cashier, "/api/transactions/" + reversible + "/reversal", json("reason", "x")), 403, "FORBIDDEN");
        expect(desk.post(desk.cashier, base + "/arrears/write-offs", json("amount", "1.00", "reason", "x")), 403, "FORBIDDEN");
        expect(desk.post(desk.cashier, base + "/wallet/credit-notes", json("amount", "1.00", "note", "x")), 403, "FORBIDDEN");
    }

    private void assertBalances(String wallet, String arrears) {
        JsonNode overview = desk.overviewWhen(account, o -> o.get("balances").get("wallet").asText().equals(wallet)
                && o.get("balances").get("arrears").asText().equals(arrears));
        assertThat(overview.get("balances").get("wallet").asText()).isEqualTo(wallet);
    }

    private static void expect(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asText()).isEqualTo(code);
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }
}
