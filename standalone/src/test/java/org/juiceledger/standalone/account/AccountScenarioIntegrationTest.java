package org.juiceledger.standalone.account;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.juiceledger.standalone.testing.TokenDecoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * The scripted run of the accounts issue, through REST on PostgreSQL: every transaction type, two
 * reversals, and every balance, unit count and overview row checked to the cent afterwards.
 */
@PostgresIntegrationTest
class AccountScenarioIntegrationTest {

    @LocalServerPort
    int port;
    Desk desk;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
    }

    @Test
    void everyTransactionTypeMovesBalancesExactlyAndReversalsUndoThem() {
        String tariff = desk.tariff("0.500000", "0");
        String account = desk.account(tariff);
        String other = desk.account(tariff);
        String sts = desk.stsMeter(account);
        String ami = desk.amiMeter(account);
        String base = "/api/accounts/" + account;

        JsonNode arrears = desk.transact(desk.supervisor, base + "/arrears",
                json("amount", "100.00", "collectionPercent", "50", "description", "postpaid balance"));
        assertThat(arrears.get("type").asText()).isEqualTo("Arrears");

        JsonNode cash = desk.transact(desk.cashier, base + "/purchases",
                json("amount", "50.00", "tender", "CASH", "tendered", "60.00", "meterNumber", sts));
        assertThat(cash.get("type").asText()).isEqualTo("Cash");
        assertThat(cash.get("arrearsAmount").asText()).isEqualTo("25.00");
        assertThat(cash.get("amount").asText()).isEqualTo("25.00");
        assertThat(cash.get("total").asText()).isEqualTo("50.00");
        assertThat(cash.get("change").asText()).isEqualTo("10.00");
        assertThat(cash.get("units").asText()).isEqualTo("50.0");
        assertThat(cash.get("unitType").asText()).isEqualTo("kWh");
        assertThat(TokenDecoding.kwh(cash.get("token").asText(), sts)).isEqualTo("50.0");

        JsonNode ccDeposit = desk.transact(desk.cashier, base + "/wallet/deposits", json("amount", "100.00", "tender", "CC"));
        assertThat(ccDeposit.get("type").asText()).isEqualTo("Cash-CC");
        JsonNode transfer = desk.transact(desk.cashier, base + "/wallet/transfers", json("toAccount", other, "amount", "30.00"));
        JsonNode walletBuy = desk.transact(desk.cashier, base + "/wallet/purchases", json("amount", "20.00", "meterNumber", sts));
        assertThat(walletBuy.get("type").asText()).isEqualTo("Wallet");
        assertThat(walletBuy.get("arrearsAmount").asText()).isEqualTo("10.00");
        assertThat(walletBuy.get("units").asText()).isEqualTo("20.0");
        JsonNode amiBuy = desk.transact(desk.cashier, base + "/purchases", json("amount", "8.00", "tender", "DC", "meterNumber", ami));
        assertThat(amiBuy.get("type").asText()).isEqualTo("Cash-DC");
        assertThat(amiBuy.get("arrearsAmount").asText()).isEqualTo("4.00");
        assertThat(amiBuy.get("unitType").asText()).isEqualTo("currency");
        assertThat(amiBuy.get("units").asText()).isEqualTo("4.00");
        desk.transact(desk.supervisor, base + "/wallet/credit-notes", json("amount", "15.00", "note", "billing error"));
        String otherSupervisor = desk.user("SUPERVISOR");
        desk.transact(otherSupervisor, base + "/arrears/write-offs", json("amount", "5.00", "reason", "hardship"));
        JsonNode free = desk.transact(desk.supervisor, base + "/free-tokens",
                json("meterNumber", sts, "units", "50", "reason", "free basic electricity"));
        assertThat(free.get("type").asText()).isEqualTo("Free");
        assertThat(free.get("total").asText()).isEqualTo("0.00");
        assertThat(TokenDecoding.kwh(free.get("token").asText(), sts)).isEqualTo("50.0");
        JsonNode mgmt = desk.transact(desk.supervisor, base + "/management-tokens",
                json("meterNumber", sts, "kind", "CLEAR_TAMPER", "workOrder", "WO-17"));
        assertThat(mgmt.get("type").asText()).isEqualTo("Mgmt");
        assertThat(mgmt.get("token").asText()).hasSize(20);
        desk.transact(desk.supervisor, "/api/adjustments", json("reason", "tariff correction", "lines", List.of(
                Map.of("accountNumber", account, "target", "WALLET", "amount", "1.00"),
                Map.of("accountNumber", other, "target", "ARREARS", "amount", "20.00"))));

        JsonNode reversal = desk.transact(desk.supervisor, "/api/transactions/" + cash.get("transactionNumber").asLong()
                + "/reversal", json("reason", "wrong meter"));
        assertThat(reversal.get("type").asText()).isEqualTo("Reversal");
        assertThat(reversal.get("total").asText()).isEqualTo("-50.00");
        assertThat(reversal.get("reversalOf").asLong()).isEqualTo(cash.get("transactionNumber").asLong());
        desk.transact(desk.supervisor, "/api/transactions/" + transfer.get("transactionNumber").asLong() + "/reversal",
                json("reason", "sent to the wrong account"));

        // wallet: +100 (deposit) -30 (transfer) -20 (wallet purchase) +4 (AMI purchase after arrears) +15 (credit)
        //         +1 (adjustment) +30 (transfer reversed) = 100.00; arrears: 100 -25 -10 -4 -5 +25 = 81.00
        JsonNode overview = desk.overviewShowing(account, transfer.get("transactionNumber").asLong(), "REVERSED");
        overview = desk.overviewShowing(account, cash.get("transactionNumber").asLong(), "REVERSED");
        assertThat(overview.get("balances").get("wallet").asText()).isEqualTo("100.00");
        assertThat(overview.get("balances").get("arrears").asText()).isEqualTo("81.00");
        JsonNode otherOverview = desk.overviewShowing(other, transfer.get("transactionNumber").asLong(), "REVERSED");
        assertThat(otherOverview.get("balances").get("wallet").asText()).isEqualTo("0.00");
        assertThat(otherOverview.get("balances").get("arrears").asText()).isEqualTo("20.00");

        JsonNode rows = overview.get("recentTransactions");
        assertThat(rows.get(0).get("type").asText()).isEqualTo("Reversal");
        long previous = Long.MAX_VALUE;
        for (JsonNode row : rows) {
            assertThat(row.get("transactionNumber").asLong()).isLessThan(previous);
            previous = row.get("transactionNumber").asLong();
        }
        JsonNode reversedCash = row(rows, cash.get("transactionNumber").asLong());
        assertThat(reversedCash.get("type").asText()).isEqualTo("Credit");
        assertThat(reversedCash.get("status").asText()).isEqualTo("REVERSED");
        assertThat(reversedCash.get("token").asText()).isEqualTo("00000000000000000000");
        assertThat(reversedCash.get("meterNumber").asText()).isEqualTo(sts);
        assertThat(reversedCash.get("units").asText()).isEqualTo("50.0");
        assertThat(reversedCash.get("arrearsAmount").asText()).isEqualTo("25.00");
        assertThat(reversedCash.get("total").asText()).isEqualTo("50.00");
        assertThat(reversedCash.get("cashier").asText()).isEqualTo(desk.cashier);
        assertThat(rows).hasSize(13);
    }

    private static JsonNode row(JsonNode rows, long number) {
        for (JsonNode row : rows) {
            if (row.get("transactionNumber").asLong() == number) {
                return row;
            }
        }
        throw new AssertionError("no row " + number + " in " + rows);
    }
}
