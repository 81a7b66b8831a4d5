package org.juiceledger.standalone.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;
import static org.juiceledger.standalone.ledger.LedgerReader.money;

/**
 * The ledger through REST on PostgreSQL, scripted: a cashier's till line by line with its running
 * balance (purchases, a reversal by a supervisor, card sales, a voided card, a reversed card sale),
 * the batch close that empties the till into treasury with a shortfall, the trial balance, the
 * invariants, CSV, and who may read them.
 */
@PostgresIntegrationTest
class LedgerReportsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    Desk desk;
    LedgerReader ledger;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
        ledger = new LedgerReader(desk);
    }

    @Test
    void aCashiersTillFollowsEverySaleAndReversalAndTheBatchCloseEmptiesIt() {
        String tariff = desk.tariff("0.500000", "15");
        String account = desk.account(tariff);
        String sts = desk.stsMeter(account);
        String amiAccount = desk.account(tariff);
        desk.amiMeter(amiAccount);
        desk.transact(desk.supervisor, "/api/accounts/" + account + "/arrears",
                json("amount", "100.00", "collectionPercent", "50", "description", "postpaid balance"));
        long cash = number(desk.transact(desk.cashier, "/api/accounts/" + account + "/purchases",
                json("amount", "50.00", "tender", "CASH", "meterNumber", sts)));
        desk.transact(desk.cashier, "/api/accounts/" + amiAccount + "/wallet/deposits", json("amount", "100.00", "tender", "CC"));
        long cashDeposit = number(desk.transact(desk.cashier, "/api/accounts/" + amiAccount + "/wallet/deposits",
                json("amount", "30.00", "tender", "CASH")));
        long reversal = number(desk.transact(desk.supervisor, "/api/transactions/" + cash + "/reversal",
                json("reason", "wrong meter")));

        CardStock stock = new CardStock(desk, desk.user("CARD_ADMIN"));
        CardStock.Batch batch = stock.generate(3, "20.00", 16, "NUMERIC");
        assertThat(desk.post(desk.supervisor, "/api/cards/custody", json("firstSerial", batch.serial(0),
                "lastSerial", batch.serial(2), "cashier", desk.cashier)).status()).isEqualTo(200);
        Reply firstSale = stock.activate(desk.cashier, batch.serial(0), batch.serial(1), "40.00");
        assertThat(firstSale.status()).as(firstSale.body()).isEqualTo(201);
        assertThat(desk.post(desk.supervisor, "/api/cards/" + batch.serial(1) + "/void", json("reason", "stolen"))
                .status()).isEqualTo(200);
        Reply secondSale = stock.activate(desk.cashier, batch.serial(2), batch.serial(2), "20.00");
        assertThat(secondSale.status()).as(secondSale.body()).isEqualTo(201);
        long saleReversal = number(desk.transact(desk.supervisor, "/api/transactions/"
                + number(secondSale.json()) + "/reversal", json("reason", "customer changed their mind")));
        desk.transact(desk.cashier, "/api/cards/redeem", json("pin", batch.pins().get(0), "accountNumber", amiAccount));

        String till = "CASH_ON_HAND:" + desk.cashier + ":CASH";
        JsonNode statement = ledger.statementShowing(till, saleReversal, 1);
        assertThat(statement.get("normalSide").asText()).isEqualTo("DEBIT");
        assertThat(money(statement.get("openingBalance"))).isEqualByComparingTo("0.00");
        assertThat(statement.get("closingBalance").asText()).isEqualTo("70.00");
        assertThat(statement.get("total").asLong()).isEqualTo(6);
        List<String> rows = new ArrayList<>();
        for (JsonNode line : statement.get("lines")) {
            rows.add(line.get("description").asText() + " by " + line.get("who").asText() + ": "
                    + line.get("debit").asText() + "/" + line.get("credit").asText() + " = " + line.get("balance").asText());
        }
        assertThat(rows).containsExactly(
                "Cash by " + desk.cashier + ": 50.00/0.00 = 50.00",
                "Cash by " + desk.cashier + ": 30.00/0.00 = 80.00",
                "Reversal of " + cash + " by " + desk.supervisor + ": 0.00/50.00 = 30.00",
                "Card sale of 2 by " + desk.cashier + ": 40.00/0.00 = 70.00",
                "Card sale of 1 by " + desk.cashier + ": 20.00/0.00 = 90.00",
                "Reversal of card sale " + number(secondSale.json()) + " by " + desk.supervisor + ": 0.00/20.00 = 70.00");
        JsonNode first = statement.get("lines").get(0);
        assertThat(first.get("transactionNumber").asLong()).isEqualTo(cash);
        assertThat(first.get("accountNumber").asText()).isEqualTo(account);
        assertThat(first.get("eventType").asText()).isEqualTo("TransactionRecorded");
        assertThat(first.get("postedAt").asText()).endsWith("Z");
        assertThat(statement.get("lines").get(1).get("transactionNumber").asLong()).isEqualTo(cashDeposit);
        assertThat(statement.get("lines").get(2).get("transactionNumber").asLong()).isEqualTo(reversal);
        assertThat(statement.get("lines").get(3).get("eventType").asText()).isEqualTo("CardsSold");
        assertThat(statement.get("lines").get(5).get("position").asLong())
                .isGreaterThan(statement.get("lines").get(4).get("position").asLong());
        String ccTill = "CASH_ON_HAND:" + desk.cashier + ":CC";
        assertThat(ledger.statement(ccTill).get("closingBalance").asText()).isEqualTo("100.00");
        assertThat(ledger.statementWhen("VOIDED_CARDS", s -> hasLine(s, "Card " + batch.serial(1) + " voided", "0.00", "20.00")))
                .isNotNull();

        // the cashier's open batch holds what the ledger's tills hold (the fifth invariant, by hand)
        JsonNode open = desk.api.get("/api/cashiers/" + desk.cashier + "/batch", desk.supervisor, Desk.PASSWORD).json();
        assertThat(open.get("collected").get("CASH").asText()).isEqualTo("70.00");
        assertThat(open.get("collected").get("CC").asText()).isEqualTo("100.00");

        Reply closed = desk.post(desk.cashier, "/api/cashiers/" + desk.cashier + "/batch-close", json("declaredCash", "69.50"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
        long batchNumber = closed.json().get("batchNumber").asLong();
        String closeDescription = "Batch " + batchNumber + " of " + desk.cashier + " closed";
        JsonNode emptied = ledger.statementWhen(till, s -> s.get("total").asLong() == 7);
        assertThat(emptied.get("closingBalance").asText()).isEqualTo("0.00");
        assertThat(hasLine(emptied, closeDescription, "0.00", "70.00")).isTrue();
        assertThat(ledger.statement(ccTill).get("closingBalance").asText()).isEqualTo("0.00");
        assertThat(hasLine(ledger.statement("CASH_OVER_SHORT"), closeDescription, "0.50", "0.00")).isTrue();
        JsonNode treasury = ledger.statement("TREASURY");
        assertThat(hasLine(treasury, closeDescription, "69.50", "0.00")).isTrue();
        assertThat(hasLine(treasury, closeDescription, "100.00", "0.00")).isTrue();

        JsonNode report = ledger.invariantsHold(Duration.ofSeconds(30));
        assertThat(report.get("checks").findValuesAsText("name")).startsWith("trialBalanceNetsToZero",
                "cardFloatEqualsActivatedCards", "walletLiabilityEqualsWalletBalances",
                "arrearsReceivableEqualsArrearsBalances")
                .anyMatch(name -> name.startsWith("cashOnHandEqualsOpenBatch[CASH_ON_HAND:"));
        JsonNode trialBalance = ledger.trialBalance();
        assertThat(trialBalance.get("totalDebit").asText()).isEqualTo(trialBalance.get("totalCredit").asText());
        assertThat(trialBalance.get("balanced").asBoolean()).isTrue();
        for (JsonNode line : trialBalance.get("lines")) {
            assertThat(money(line.get("debit")).signum() == 0 || money(line.get("credit")).signum() == 0)
                    .as(line.toString()).isTrue();
        }
        assertThat(ledger.trialBalanceNet(trialBalance, till)).isEqualByComparingTo("0.00");
    }

    @Test
    void everyReportIsAlsoCsv() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        long deposit = number(desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits",
                json("amount", "12.34", "tender", "DC")));
        String till = "CASH_ON_HAND:" + desk.cashier + ":DC";
        ledger.statementShowing(till, deposit, 1);

        Reply trialBalance = ledger.csv("/api/reports/trial-balance");
        assertThat(trialBalance.status()).isEqualTo(200);
        assertThat(trialBalance.contentType()).startsWith("text/csv");
        String[] lines = trialBalance.body().split("\n");
        assertThat(lines[0]).isEqualTo("account,debit,credit");
        assertThat(lines).contains(till + ",12.34,0.00");
        assertThat(lines[lines.length - 1]).startsWith("TOTAL,");
        String[] total = lines[lines.length - 1].split(",");
        assertThat(total[1]).isEqualTo(total[2]);

        Reply statement = ledger.csv("/api/ledger/accounts/" + till + "/statement");
        assertThat(statement.contentType()).startsWith("text/csv");
        String[] rows = statement.body().split("\n");
        assertThat(rows[0]).isEqualTo("account,position,entry,postedAt,transactionNumber,accountNumber,eventType,"
                + "description,who,debit,credit,balance");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith(till + ",").contains("," + deposit + "," + account + ",TransactionRecorded,Cash-DC,"
                + desk.cashier + ",12.34,0.00,12.34");

        Reply invariants = ledger.csv("/api/reports/invariants");
        assertThat(invariants.contentType()).startsWith("text/csv");
        assertThat(invariants.body().split("\n")[0]).isEqualTo("name,expected,actual,holds");
        assertThat(invariants.body().split("\n")).hasSizeGreaterThan(5)
                .allMatch(line -> line.startsWith("name,") || line.endsWith(",true"));
    }

    @Test
    void financeAndAuditorsMayReadTheLedgerOthersMayNot() {
        String auditor = desk.user("AUDITOR");
        assertThat(desk.api.get("/api/reports/trial-balance", auditor, Desk.PASSWORD).status()).isEqualTo(200);
        assertThat(desk.api.get("/api/reports/invariants", auditor, Desk.PASSWORD).status()).isEqualTo(200);
        assertThat(desk.api.get("/api/ledger/accounts/CARD_FLOAT/statement", auditor, Desk.PASSWORD).status()).isEqualTo(200);
        assertThat(desk.api.get("/api/reports/trial-balance", desk.cashier, Desk.PASSWORD).status()).isEqualTo(403);
        assertThat(desk.api.get("/api/reports/invariants", desk.supervisor, Desk.PASSWORD).status()).isEqualTo(403);
        assertThat(desk.api.get("/api/reports/trial-balance", null, null).status()).isEqualTo(401);

        Reply json = ledger.get("/api/reports/trial-balance");
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().get("totalDebit").isTextual()).isTrue();
        Reply unknown = ledger.get("/api/ledger/accounts/PETTY_CASH/statement");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(ledger.get("/api/ledger/accounts/CARD_FLOAT/statement?size=0").status()).isEqualTo(400);
        assertThat(ledger.get("/api/ledger/accounts/CARD_FLOAT/statement?from=2030-01-01T00:00:00Z&to=2029-01-01T00:00:00Z")
                .status()).isEqualTo(400);
        JsonNode future = ledger.json("/api/ledger/accounts/CARD_FLOAT/statement?from=2100-01-01T00:00:00Z");
        assertThat(future.get("lines")).isEmpty();
        assertThat(future.get("openingBalance").asText()).isEqualTo(future.get("closingBalance").asText());
        JsonNode untouched = ledger.json("/api/ledger/accounts/CASH_ON_HAND:" + desk.cashier + ":CHECK/statement");
        assertThat(untouched.get("lines")).isEmpty();
        assertThat(untouched.get("closingBalance").asText()).isEqualTo("0.00");
    }

    @Test
    void theLedgerRunsInOneOrderedSequenceAndStopsOnAFailureInsteadOfSkippingIt() {
        String group = "ledger-projection";
        assertThat(processing.listenerInvocationErrorHandler(group)).isSameAs(PropagatingErrorHandler.INSTANCE);
        assertThat(processing.sequencingPolicy(group).getSequenceIdentifierFor(GenericEventMessage.asEventMessage("a")))
                .isEqualTo(processing.sequencingPolicy(group).getSequenceIdentifierFor(GenericEventMessage.asEventMessage(1)));
        StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> processor.processingStatus().size() == 1);
        assertThat(processor.processingStatus().values()).noneMatch(status -> status.isErrorState());
    }

    private static boolean hasLine(JsonNode statement, String description, String debit, String credit) {
        for (JsonNode line : statement.get("lines")) {
            if (line.get("description").asText().equals(description) && line.get("debit").asText().equals(debit)
                    && line.get("credit").asText().equals(credit)) {
                return true;
            }
        }
        return false;
    }

    private static long number(JsonNode transaction) {
        return transaction.get("transactionNumber").asLong();
    }
}
