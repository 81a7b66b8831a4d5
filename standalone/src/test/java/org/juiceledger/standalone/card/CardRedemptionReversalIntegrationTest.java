package org.juiceledger.standalone.card;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * "Each Juice Card can only be used once": reversing a card redemption (STS or AMI) leaves the card
 * Redeemed with the reversal in its history, the card's value becomes wallet credit (of the account
 * it was redeemed to, or of the one the supervisor names), the card liability does not move, and the
 * ledger still balances and agrees with the projections.
 */
@PostgresIntegrationTest
class CardRedemptionReversalIntegrationTest {

    private static final String FIFTY = "50.00";
    @LocalServerPort
    int port;
    Desk desk;
    CardStock stock;
    String finance;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
        stock = new CardStock(desk, desk.user("CARD_ADMIN"));
        finance = desk.user("FINANCE");
    }

    @Test
    void reversingARedemptionToAnStsMeterKeepsTheCardUsedAndCreditsTheAccountsWallet() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.stsMeter(account);
        CardStock.Batch card = soldCard();
        JsonNode redemption = redeem(card, json("pin", card.pins().get(0), "meterNumber", meter));
        assertThat(redemption.get("token").asText()).hasSize(20);

        reverseAndCheck(card, redemption, json("reason", "token for the wrong meter"), meter, account, account);
    }

    @Test
    void reversingARedemptionToAnAmiMeterKeepsTheCardUsedAndLeavesTheValueInTheWallet() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.amiMeter(account);
        CardStock.Batch card = soldCard();
        JsonNode redemption = redeem(card, json("pin", card.pins().get(0), "meterNumber", meter));
        assertThat(redemption.get("unitType").asText()).isEqualTo("currency");

        reverseAndCheck(card, redemption, json("reason", "disputed"), meter, account, account);
    }

    @Test
    void theSupervisorNamesTheAccountWhoseWalletGetsTheCardValue() {
        String tariff = desk.tariff("0.500000", "0");
        String wrongAccount = desk.account(tariff);
        String meter = desk.amiMeter(wrongAccount);
        String rightAccount = desk.account(tariff);
        CardStock.Batch card = soldCard();
        JsonNode redemption = redeem(card, json("pin", card.pins().get(0), "meterNumber", meter));

        reverseAndCheck(card, redemption, json("reason", "redeemed to the wrong account", "creditAccount", rightAccount),
                meter, wrongAccount, rightAccount);
        assertThat(wallet(wrongAccount, "0.00")).isEqualByComparingTo("0.00");
    }

    @Test
    void creditAccountIsOnlyForCardRedemptions() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        JsonNode deposit = desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits",
                json("amount", "10.00", "tender", "CASH"));
        Reply refused = desk.post(desk.supervisor, "/api/transactions/" + deposit.get("transactionNumber").asLong()
                + "/reversal", json("reason", "mistake", "creditAccount", account));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
    }

    private void reverseAndCheck(CardStock.Batch card, JsonNode redemption, String reversalRequest, String meter,
                                 String redeemedTo, String credited) {
        BigDecimal liabilityBefore = stock.liability();
        long redemptionNumber = redemption.get("transactionNumber").asLong();

        Reply reversal = desk.post(desk.supervisor, "/api/transactions/" + redemptionNumber + "/reversal", reversalRequest);

        assertThat(reversal.status()).as(reversal.body()).isEqualTo(201);
        assertThat(reversal.json().get("type").asText()).isEqualTo("Reversal");
        assertThat(reversal.json().get("accountNumber").asText()).isEqualTo(redeemedTo);
        JsonNode shown = awaitCardHistory(card.serial(0), "CardRedemptionReversedToWallet");
        assertThat(shown.get("state").asText()).isEqualTo("REDEEMED");
        assertThat(shown.get("history").findValuesAsText("event")).containsExactly("CardIssued", "CardActivated",
                "CardRedeemed", "CardRedemptionReversedToWallet");
        assertThat(shown.get("history").get(3).get("detail").asText()).contains("account " + credited);
        assertThat(wallet(credited, FIFTY)).isEqualByComparingTo(FIFTY);
        assertThat(stock.liability()).isEqualByComparingTo(liabilityBefore);

        Reply again = desk.post(desk.cashier, "/api/cards/redeem", json("pin", card.pins().get(0), "meterNumber", meter));
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.json().get("code").asText()).isEqualTo("CARD_ALREADY_REDEEMED");
        Reply twice = desk.post(desk.supervisor, "/api/transactions/" + redemptionNumber + "/reversal",
                json("reason", "again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asText()).isEqualTo("TRANSACTION_ALREADY_REVERSED");
        assertLedgerBalancesAndAgrees();
    }

    private CardStock.Batch soldCard() {
        CardStock.Batch batch = stock.generate(1, FIFTY, 16, "NUMERIC");
        Reply sale = stock.activate(desk.supervisor, batch.serial(0), batch.serial(0), FIFTY);
        assertThat(sale.status()).as(sale.body()).isEqualTo(201);
        return batch;
    }

    private JsonNode redeem(CardStock.Batch card, String body) {
        JsonNode redeemed = desk.transact(desk.cashier, "/api/cards/redeem", body);
        assertThat(redeemed.get("type").asText()).isEqualTo("JC");
        assertThat(redeemed.get("total").asText()).isEqualTo(FIFTY);
        awaitCardHistory(card.serial(0), "CardRedeemed");
        return redeemed;
    }

    private BigDecimal wallet(String account, String expected) {
        JsonNode overview = desk.overviewWhen(account,
                o -> new BigDecimal(o.get("balances").get("wallet").asText()).compareTo(new BigDecimal(expected)) == 0);
        return new BigDecimal(overview.get("balances").get("wallet").asText());
    }

    private JsonNode awaitCardHistory(String serial, String lastEvent) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.api.get("/api/cards/" + serial, desk.cashier, Desk.PASSWORD),
                        reply -> reply.status() == 200 && reply.json().get("history").findValuesAsText("event").contains(lastEvent))
                .json();
    }

    /** The trial balance nets to zero and every ledger invariant (card float, wallets, arrears) holds. */
    private void assertLedgerBalancesAndAgrees() {
        JsonNode invariants = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> desk.api.get("/api/reports/invariants", finance, Desk.PASSWORD).json(),
                        report -> report.get("holds").asBoolean());
        assertThat(invariants.get("checks").findValuesAsText("name")).contains("trialBalanceNetsToZero",
                "cardFloatEqualsActivatedCards", "walletLiabilityEqualsWalletBalances");
        JsonNode trialBalance = desk.api.get("/api/reports/trial-balance", finance, Desk.PASSWORD).json();
        assertThat(new BigDecimal(trialBalance.get("totalDebit").asText()))
                .isEqualByComparingTo(new BigDecimal(trialBalance.get("totalCredit").asText()));
    }
}
