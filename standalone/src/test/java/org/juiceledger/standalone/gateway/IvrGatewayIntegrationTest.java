package org.juiceledger.standalone.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.gateway.GatewayDesk.Card;
import org.juiceledger.standalone.testing.TokenDecoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * Callers redeem Juice Cards through the IVR gateway on PostgreSQL: to an STS meter (a token read
 * out in groups of four) or to an account's wallet (the new balance), with refusals spoken alike.
 */
@PostgresIntegrationTest
class IvrGatewayIntegrationTest {

    private final String caller = "+2783" + String.format("%07d", new Random().nextInt(10_000_000));

    private static final String CARD_REFUSED =
            "This card cannot be redeemed. Please check the card number, or ask where the card was bought.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    GatewayDesk gw;
    String account;
    String meter;

    @BeforeEach
    void setUp() {
        gw = new GatewayDesk(port, jdbc);
        account = gw.desk.account(gw.desk.tariff("0.500000", "0"));
        meter = gw.desk.stsMeter(account);
    }

    @Test
    void aCallerWithAMeterNumberHearsTheTokenInGroupsOfFour() {
        Card card = gw.cards(1, 1, "50.00", "NUMERIC").get(0);

        JsonNode answer = redeem(json("callerId", caller, "meterNumber", meter, "pin", card.pin()));

        assertThat(answer.get("result").asText()).isEqualTo("REDEEMED");
        String token = answer.get("token").asText();
        assertThat(token).matches("[0-9]{20}");
        assertThat(TokenDecoding.kwh(token, meter)).isEqualTo("100.0");
        assertThat(answer.get("units").asText()).isEqualTo("100.0");
        String spoken = String.join(", ", token.substring(0, 4).replaceAll("(.)(?!$)", "$1 "),
                token.substring(4, 8).replaceAll("(.)(?!$)", "$1 "), token.substring(8, 12).replaceAll("(.)(?!$)", "$1 "),
                token.substring(12, 16).replaceAll("(.)(?!$)", "$1 "), token.substring(16).replaceAll("(.)(?!$)", "$1 "));
        assertThat(answer.get("speech").asText()).startsWith("Your token is " + spoken + ".")
                .contains("100.0 kilowatt hours").doesNotContain(card.pin());
        assertThat(spoken).matches("([0-9] [0-9] [0-9] [0-9], ){4}[0-9] [0-9] [0-9] [0-9]");
        assertThat(gw.cardRedemptions(card.serial())).isEqualTo(1);
    }

    @Test
    void aCallerWithAnAccountNumberHearsTheNewWalletBalance() {
        List<Card> cards = gw.cards(2, 2, "50.00", "NUMERIC");

        JsonNode first = redeem(json("callerId", caller, "accountNumber", account, "pin", cards.get(0).pin()));
        JsonNode second = redeem(json("callerId", caller, "accountNumber", " " + account + "#",
                "pin", cards.get(1).pin().substring(0, 8) + " " + cards.get(1).pin().substring(8) + "#"));

        assertThat(first.get("result").asText()).isEqualTo("REDEEMED");
        assertThat(first.has("token")).isFalse();
        assertThat(first.get("walletBalance").asText()).isEqualTo("50.00");
        assertThat(first.get("speech").asText()).isEqualTo("50.00 was added to your wallet. Your new balance is 50.00.");
        assertThat(second.get("speech").asText()).isEqualTo("50.00 was added to your wallet. Your new balance is 100.00.");
        List<String> metadata = jdbc.queryForList("""
                select convert_from(metadata, 'UTF8') from domainevententry where aggregateidentifier = ?
                and payloadtype = 'org.juiceledger.kernel.account.TransactionRecorded'""", String.class, account);
        assertThat(metadata).hasSize(2).allSatisfy(m -> assertThat(m.replace(" ", ""))
                .contains("\"who\":\"" + gw.gateway + "\"").contains("\"channel\":\"IVR\"")
                .contains("\"callerId\":\"" + caller + "\""));
    }

    @Test
    void refusalsAreSpokenAndNeverTellWhetherAPinExists() {
        List<Card> cards = gw.cards(3, 2, "50.00", "NUMERIC");
        assertThat(redeem(json("callerId", caller, "meterNumber", meter, "pin", cards.get(0).pin()))
                .get("result").asText()).isEqualTo("REDEEMED");

        JsonNode used = redeem(json("callerId", caller, "meterNumber", meter, "pin", cards.get(0).pin()));
        JsonNode unsold = redeem(json("callerId", caller, "meterNumber", meter, "pin", cards.get(2).pin()));
        JsonNode madeUp = redeem(json("callerId", caller, "accountNumber", account, "pin", "123456789012345"));
        JsonNode tooShort = redeem(json("callerId", caller, "meterNumber", meter, "pin", "12345"));
        assertThat(used.get("result").asText()).isEqualTo("REFUSED");
        assertThat(used.get("reason").asText()).isEqualTo("ALREADY_REDEEMED");
        assertThat(used.get("speech").asText())
                .isEqualTo("This card was redeemed a moment ago. If you redeemed it already, that redemption holds.");
        assertThat(gw.failedAttemptsOf(caller)).as("unsold, made up and too short count; used a moment ago does not")
                .isEqualTo(3);
        for (JsonNode answer : List.of(unsold, madeUp, tooShort)) {
            assertThat(answer.get("result").asText()).isEqualTo("REFUSED");
            assertThat(answer.get("speech").asText()).isEqualTo(CARD_REFUSED);
            assertThat(answer.has("token")).isFalse();
        }
        JsonNode noMeter = redeem(json("callerId", caller, "meterNumber", "01234567897", "pin", cards.get(1).pin()));
        assertThat(noMeter.get("speech").asText()).isEqualTo("That meter number is not known. Please check it and try again.");
        JsonNode noAccount = redeem(json("callerId", caller, "accountNumber", "99999999999", "pin", cards.get(1).pin()));
        assertThat(noAccount.get("speech").asText()).isEqualTo("That account number is not known. Please check it and try again.");
        JsonNode noAccountBadPin = redeem(json("callerId", caller, "accountNumber", "99999999999", "pin", "111122223333"));
        assertThat(noAccountBadPin.get("speech")).isEqualTo(noAccount.get("speech"));
        assertThat(gw.cardRedemptions(cards.get(1).serial())).isZero();
        assertThat(gw.transactionsOn(account)).isEqualTo(1);
    }

    @Test
    void malformedRequestsAreProblemsAndOnlyTheGatewayRoleMayCall() {
        Card card = gw.cards(1, 1, "50.00", "NUMERIC").get(0);
        for (String body : List.of("[]", json("callerId", caller, "pin", card.pin()),
                json("callerId", caller, "meterNumber", meter, "accountNumber", account, "pin", card.pin()),
                json("meterNumber", meter, "pin", card.pin()), json("callerId", caller, "meterNumber", meter),
                json("callerId", caller, "meterNumber", meter, "pin", "12345678901234AB"))) {
            Reply reply = gw.ivr(gw.gateway, body);
            assertThat(reply.status()).as(body + " " + reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        Reply cashier = gw.ivr(gw.desk.cashier, json("callerId", caller, "meterNumber", meter, "pin", card.pin()));
        assertThat(cashier.status()).isEqualTo(403);
        assertThat(gw.ivr(gw.desk.supervisor, json("callerId", caller, "meterNumber", meter, "pin", card.pin()))
                .status()).isEqualTo(403);
        assertThat(gw.cardRedemptions(card.serial())).isZero();
    }

    private JsonNode redeem(String body) {
        Reply reply = gw.ivr(gw.gateway, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
