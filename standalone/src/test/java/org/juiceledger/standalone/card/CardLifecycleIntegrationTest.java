package org.juiceledger.standalone.card;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.juiceledger.standalone.testing.TokenDecoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * The scripted run of the cards issue through REST on PostgreSQL: generate, print once, custody,
 * verify, activate, redeem to an STS meter and an AMI wallet, refusals, void, reversals, and the
 * inventory and liability afterwards.
 */
@PostgresIntegrationTest
class CardLifecycleIntegrationTest {

    @LocalServerPort
    int port;
    Desk desk;
    String cardAdmin;
    CardStock stock;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
        cardAdmin = desk.user("CARD_ADMIN");
        stock = new CardStock(desk, cardAdmin);
    }

    @Test
    void cardsLiveTheirWholeLifeAndTheLiabilityFollows() {
        BigDecimal liabilityBefore = stock.liability();
        CardStock.Batch batch = stock.generate(5, "50.00", 16, "NUMERIC");
        assertThat(batch.pins()).hasSize(5);
        assertThat(desk.api.get("/api/card-batches/" + batch.id() + "/print-file", cardAdmin, Desk.PASSWORD).status())
                .isEqualTo(410);

        Reply custody = desk.post(desk.supervisor, "/api/cards/custody", json("firstSerial", batch.serial(0),
                "lastSerial", batch.serial(4), "cashier", desk.cashier));
        assertThat(custody.status()).isEqualTo(200);
        Reply verify = desk.post(desk.cashier, "/api/cards/verify", json("firstSerial", batch.serial(0), "lastSerial", batch.serial(2)));
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().get("quantity").asInt()).isEqualTo(3);
        assertThat(verify.json().get("total").asText()).isEqualTo("150.00");
        assertThat(verify.json().get("problems")).isEmpty();

        Reply wrongTotal = stock.activate(desk.cashier, batch.serial(0), batch.serial(2), "140.00");
        assertThat(wrongTotal.status()).isEqualTo(409);
        assertThat(wrongTotal.json().get("code").asText()).isEqualTo("CARD_TOTAL_MISMATCH");
        Reply sale = stock.activate(desk.cashier, batch.serial(0), batch.serial(2), "150.00");
        assertThat(sale.status()).as(sale.body()).isEqualTo(201);
        assertThat(sale.json().get("quantity").asInt()).isEqualTo(3);
        Reply again = stock.activate(desk.cashier, batch.serial(0), batch.serial(0), "50.00");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("CARDS_NOT_AVAILABLE");
        assertThat(again.json().get("problems").get(0).get("state").asText()).isEqualTo("ACTIVATED");

        String account = desk.account(desk.tariff("0.500000", "0"));
        String sts = desk.stsMeter(account);
        String amiAccount = desk.account(desk.tariff("0.500000", "0"));
        desk.amiMeter(amiAccount);
        JsonNode toMeter = redeem(json("pin", batch.pins().get(0), "meterNumber", sts), 201).json();
        assertThat(toMeter.get("type").asText()).isEqualTo("JC");
        assertThat(toMeter.get("units").asText()).isEqualTo("100.0");
        assertThat(TokenDecoding.kwh(toMeter.get("token").asText(), sts)).isEqualTo("100.0");
        JsonNode toWallet = redeem(json("pin", batch.pins().get(1), "accountNumber", amiAccount), 201).json();
        assertThat(toWallet.get("unitType").asText()).isEqualTo("currency");
        assertThat(toWallet.get("total").asText()).isEqualTo("50.00");

        Reply used = redeem(json("pin", batch.pins().get(0), "meterNumber", sts), 422);
        Reply unsold = redeem(json("pin", batch.pins().get(3), "meterNumber", sts), 422);
        Reply madeUp = redeem(json("pin", "1234567890123456", "meterNumber", sts), 422);
        assertThat(used.json().get("code").asText()).isEqualTo("CARD_ALREADY_REDEEMED");
        assertThat(unsold.json().get("code").asText()).isEqualTo("CARD_NOT_REDEEMABLE");
        assertThat(madeUp.json().get("detail")).isEqualTo(unsold.json().get("detail"));

        assertThat(desk.post(desk.supervisor, "/api/cards/" + batch.serial(4) + "/void", json("reason", "lost in transit"))
                .status()).isEqualTo(200);
        Reply secondSale = stock.activate(desk.cashier, batch.serial(3), batch.serial(3), "50.00");
        desk.transact(desk.supervisor, "/api/transactions/" + secondSale.json().get("transactionNumber").asLong()
                + "/reversal", json("reason", "customer returned the card"));
        desk.transact(desk.supervisor, "/api/transactions/" + toWallet.get("transactionNumber").asLong()
                + "/reversal", json("reason", "redeemed to the wrong account"));

        // card 0 redeemed, 1 redeemed (its reversal credited the wallet), 2 activated, 3 available again,
        // 4 void: 50.00 outstanding
        JsonNode card3 = awaitCard(batch.serial(3), "AVAILABLE", "CardActivationReversed");
        assertThat(card3.get("history").findValuesAsText("event")).containsExactly("CardIssued", "CardCustodyChanged",
                "CardActivated", "CardActivationReversed");
        awaitCard(batch.serial(1), "REDEEMED", "CardRedemptionReversedToWallet");
        assertThat(awaitCard(batch.serial(4), "VOID", "CardVoided").get("custodian").asText()).isEqualTo(desk.cashier);
        JsonNode card0 = awaitCard(batch.serial(0), "REDEEMED", "CardRedeemed");
        assertThat(card0.get("meterNumber").asText()).isEqualTo(sts);
        assertThat(stock.liability()).isEqualByComparingTo(liabilityBefore.add(new BigDecimal("50.00")));
        assertThat(custody.json().get("custodian").asText()).isEqualTo(desk.cashier);
    }

    @Test
    void badBatchesAreRefusedWithAClearMessage() {
        assertThat(stock.generateReply(5, "50.00", 20, "NUMERIC").json().get("detail").asText()).contains("STS token");
        for (Reply badLength : new Reply[]{stock.generateReply(5, "50.00", 20, "NUMERIC"),
                stock.generateReply(5, "50.00", 11, "NUMERIC"), stock.generateReply(5, "50.00", 25, "ALPHANUMERIC")}) {
            assertThat(badLength.status()).as(badLength.body()).isEqualTo(400);
            assertThat(badLength.json().get("code").asText()).isEqualTo("PIN_LENGTH_NOT_ALLOWED");
        }
        Reply tooSmall = stock.generateReply(100_000, "50.00", 13, "NUMERIC");
        assertThat(tooSmall.status()).isEqualTo(422);
        assertThat(tooSmall.json().get("code").asText()).isEqualTo("PIN_SPACE_TOO_SMALL");
        assertThat(tooSmall.json().get("detail").asText()).contains("shortest length that passes is 15");
        assertThat(desk.post(desk.cashier, "/api/card-batches", json("quantity", 1, "denomination", "5.00",
                "pinLength", 16, "pinAlphabet", "NUMERIC")).status()).isEqualTo(403);
    }

    @Test
    void refusalsAClientCanActOnNameTheirRule() {
        assertThat(redeem(json("pin", "1234-5678", "meterNumber", "M-1"), 400).json().get("code").asText())
                .isEqualTo("PIN_MALFORMED");
        assertThat(redeem(json("pin", "1".repeat(25), "meterNumber", "M-1"), 400).json().get("code").asText())
                .isEqualTo("PIN_MALFORMED");
        assertThat(redeem(json("pin", "12345", "meterNumber", "no spaces allowed"), 400).json().get("code").asText())
                .as("two rules broken: the generic code").isEqualTo("VALIDATION_FAILED");
        Reply range = desk.post(desk.cashier, "/api/cards/verify", json("firstSerial", "1", "lastSerial", "10001"));
        assertThat(range.status()).as(range.body()).isEqualTo(400);
        assertThat(range.json().get("code").asText()).isEqualTo("RANGE_TOO_LARGE");
        Reply noReason = desk.post(desk.supervisor, "/api/cards/1/void", json("reason", " "));
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.json().get("code").asText()).isEqualTo("REASON_REQUIRED");
    }

    private Reply redeem(String body, int status) {
        Reply reply = desk.post(desk.cashier, "/api/cards/redeem", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply;
    }

    /** Waits until the card's history shows {@code lastEvent} and the card is in {@code state}. */
    private JsonNode awaitCard(String serial, String state, String lastEvent) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.api.get("/api/cards/" + serial, desk.cashier, Desk.PASSWORD),
                        reply -> reply.status() == 200 && reply.json().get("state").asText().equals(state)
                                && reply.json().get("history").findValuesAsText("event").contains(lastEvent))
                .json();
    }
}
