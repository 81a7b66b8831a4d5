package org.juiceledger.standalone.gateway;

import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.standalone.gateway.GatewayDesk.Card;
import org.juiceledger.standalone.testing.TokenDecoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * Customers redeem Juice Cards by text message through the SMS gateway on PostgreSQL: tokens
 * that decode on the meter, lenient typing, retried deliveries, refusals that never tell a PIN
 * exists, AMI wallets, roles, and no PIN kept anywhere in the replies.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SmsGatewayIntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("\\b(\\d{4} \\d{4} \\d{4} \\d{4} \\d{4})\\b");
    private static final String USAGE = "Send METER*PIN, e.g. 01234567897*1234567890123456";

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
    void aTextedMeterAndPinGetsATokenThatTheMeterAccepts() {
        Card card = gw.cards(1, 1, "50.00", "NUMERIC").get(0);

        String reply = gw.sms(meter + "*" + card.pin(), id());

        assertThat(reply).startsWith("Token for meter " + meter + ": ").contains("100.0 kWh for 50.00");
        assertThat(TokenDecoding.kwh(tokenIn(reply), meter)).isEqualTo("100.0");
        assertThat(reply).doesNotContain(card.pin());
        assertThat(gw.cardRedemptions(card.serial())).isEqualTo(1);
    }

    @Test
    void spacesHashesAndLowerCaseAreForgiven() {
        List<Card> cards = gw.cards(3, 3, "20.00", "ALPHANUMERIC");
        String spaced = " " + meter.substring(0, 4) + " " + meter.substring(4) + " * "
                + cards.get(0).pin().substring(0, 8).toLowerCase(Locale.ROOT) + " " + cards.get(0).pin().substring(8);
        String hashed = meter + "#" + cards.get(1).pin();
        String lower = meter + "*" + cards.get(2).pin().toLowerCase(Locale.ROOT);

        for (String text : List.of(spaced, hashed, lower)) {
            String reply = gw.sms(text, id());
            assertThat(reply).as(text).startsWith("Token for meter " + meter);
            assertThat(TokenDecoding.kwh(tokenIn(reply), meter)).isEqualTo("40.0");
        }
        for (Card card : cards) {
            assertThat(gw.cardRedemptions(card.serial())).isEqualTo(1);
        }
    }

    @Test
    void aRetriedDeliveryGetsTheSameReplyAndRedeemsNothingMore() {
        Card card = gw.cards(1, 1, "50.00", "NUMERIC").get(0);
        String messageId = id();
        String text = meter + "*" + card.pin();

        String first = gw.sms(text, messageId);
        String again = gw.sms(text, messageId);
        String third = gw.sms(text, messageId);

        assertThat(again).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(first).startsWith("Token for meter");
        assertThat(gw.cardRedemptions(card.serial())).isEqualTo(1);
        assertThat(gw.transactionsOn(account)).isEqualTo(1);
        // a new message with the same card a moment later: the card is used, and that is said, not counted
        assertThat(gw.sms(text, id())).isEqualTo("This card was redeemed a moment ago. If you sent it twice, the first reply holds.");
        assertThat(gw.failedAttemptsOf(gw.phone)).isZero();
    }

    @Test
    void deliveriesOfOneMessageAtTheSameMomentRedeemOnceAndAllGetTheSameReply() throws Exception {
        Card card = gw.cards(1, 1, "50.00", "NUMERIC").get(0);
        String messageId = id();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return gw.sms(meter + "*" + card.pin(), messageId);
            }));
        }
        start.countDown();
        List<String> texts = new ArrayList<>();
        for (Future<String> reply : replies) {
            texts.add(reply.get());
        }
        pool.shutdown();

        assertThat(texts).allMatch(text -> text.equals(texts.get(0)));
        assertThat(texts.get(0)).startsWith("Token for meter");
        assertThat(gw.cardRedemptions(card.serial())).isEqualTo(1);
    }

    @Test
    void unknownUnsoldAndVoidCardsAllGetTheSameReplyAndACardUsedAMomentAgoIsSaidToBeUsed() {
        List<Card> cards = gw.cards(3, 1, "50.00", "NUMERIC");
        Card used = cards.get(0);
        Card unsold = cards.get(1);
        Card voided = cards.get(2);
        assertThat(gw.sms(meter + "*" + used.pin(), id())).startsWith("Token");
        assertThat(gw.desk.post(gw.desk.supervisor, "/api/cards/" + voided.serial() + "/void",
                json("reason", "lost in transit")).status()).isEqualTo(200);

        String usedReply = gw.sms(meter + "*" + used.pin(), id());
        String unsoldReply = gw.sms(meter + "*" + unsold.pin(), id());
        String voidReply = gw.sms(meter + "*" + voided.pin(), id());
        String wrongReply = gw.sms(meter + "*" + "9" + used.pin().substring(1, 15) + "0", id());
        String madeUpReply = gw.sms(meter + "*ABCDEFGHJKMNPQRS", id());

        assertThat(usedReply).isEqualTo("This card was redeemed a moment ago. If you sent it twice, the first reply holds.");
        assertThat(List.of(unsoldReply, voidReply, wrongReply, madeUpReply))
                .containsOnly("This card cannot be redeemed. Check the PIN, or ask where the card was bought.");
        assertThat(gw.cardRedemptions(unsold.serial())).isZero();
        assertThat(gw.cardRedemptions(voided.serial())).isZero();
        assertThat(gw.transactionsOn(account)).isEqualTo(1);
        assertThat(gw.failedAttemptsOf(gw.phone)).as("the used card is no guess; the other four are").isEqualTo(4);
    }

    @Test
    void anythingElseGetsTheUsageReplyAndAnUnknownMeterIsSaidToBeUnknown() {
        Card card = gw.cards(1, 1, "50.00", "NUMERIC").get(0);
        for (String text : List.of("hello", "", "BALANCE please", meter, card.pin(), meter + "*", meter + "/" + card.pin(),
                meter + "*" + card.pin() + "*" + card.pin())) {
            assertThat(gw.sms(text, id())).as(text).isEqualTo(USAGE);
        }
        assertThat(gw.sms("01234567897*" + card.pin(), id())).isEqualTo(
                "Meter 01234567897 is not known. Check the number and send METER*PIN.");
        assertThat(gw.cardRedemptions(card.serial())).isZero();
        assertThat(gw.sms(meter + "*" + card.pin(), id())).startsWith("Token");
    }

    @Test
    void anAmiMeterGetsItsWalletCreditedAndTheReplyTellsTheNewBalance() {
        String amiAccount = gw.desk.account(gw.desk.tariff("0.500000", "0"));
        String ami = gw.desk.amiMeter(amiAccount);
        List<Card> cards = gw.cards(2, 2, "20.00", "ALPHANUMERIC");

        String first = gw.sms(ami + "*" + cards.get(0).pin(), id());
        String second = gw.sms(ami + " # " + cards.get(1).pin().toLowerCase(Locale.ROOT), id());

        assertThat(first).isEqualTo("Meter " + ami + ": 20.00 added to the wallet. Balance 20.00.");
        assertThat(second).isEqualTo("Meter " + ami + ": 20.00 added to the wallet. Balance 40.00.");
        assertThat(gw.desk.overviewWhen(amiAccount, overview -> overview.get("balances").get("wallet").asText()
                .equals("40.00"))).isNotNull();
    }

    @Test
    void theEventsSayWhichGatewayAndWhichPhoneAndOnlyTheGatewayRoleMayUseIt() {
        Card card = gw.cards(1, 1, "50.00", "NUMERIC").get(0);
        Reply cashier = gw.sms(gw.desk.cashier, "+27820000000", meter + "*" + card.pin(), id());
        assertThat(cashier.status()).isEqualTo(403);
        assertThat(cashier.contentType()).startsWith("application/problem+json");
        assertThat(gw.desk.api.post("/api/gateways/sms", null, null, json("from", "+27820000000", "text", "x",
                "messageId", id())).status()).isEqualTo(401);
        assertThat(gw.cardRedemptions(card.serial())).isZero();

        Reply reply = gw.sms(gw.gateway, "+27829998888", meter + "*" + card.pin(), id());
        assertThat(reply.status()).isEqualTo(200);
        List<String> metadata = jdbc.queryForList("""
                select convert_from(metadata, 'UTF8') from domainevententry
                where aggregateidentifier in (?, ?) and payloadtype in
                ('org.juiceledger.kernel.card.CardRedeemed', 'org.juiceledger.kernel.account.TransactionRecorded')""",
                String.class, card.serial(), account);
        assertThat(metadata).hasSize(2).allSatisfy(m -> assertThat(m.replace(" ", ""))
                .contains("\"who\":\"" + gw.gateway + "\"").contains("\"channel\":\"SMS\"").contains("\"from\":\"+27829998888\""));
    }

    @Test
    void badRequestsFromTheGatewayAreProblems() {
        for (String body : List.of("{", json("from", "+2782", "text", "x"), json("text", "x", "messageId", id()),
                json("from", "+2782", "messageId", id()), json("from", "+2782", "text", "x", "messageId", "a b"),
                json("from", "+2782", "text", "x", "messageId", id(), "extra", 1))) {
            Reply reply = gw.desk.api.post("/api/gateways/sms", gw.gateway, TestUsers.PASSWORD, body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void noPinIsKeptInTheRepliesOrWrittenToTheLog(CapturedOutput log) {
        List<Card> cards = gw.cards(3, 2, "20.00", "ALPHANUMERIC");
        gw.sms(meter + "*" + cards.get(0).pin(), id());
        gw.sms(meter + "*" + cards.get(0).pin().toLowerCase(Locale.ROOT), id());
        gw.sms(meter + "*" + cards.get(2).pin(), id());
        gw.sms("01234567897*" + cards.get(1).pin(), id());
        gw.sms(cards.get(1).pin(), id());

        assertThat(jdbc.queryForObject("select count(*) from gateway_sms_reply where gateway = ?", Long.class, gw.gateway))
                .isEqualTo(5);
        for (Card card : cards) {
            for (String pin : List.of(card.pin(), card.pin().toLowerCase(Locale.ROOT))) {
                assertThat(jdbc.queryForObject("select count(*) from gateway_sms_reply t where t::text like ?",
                        Long.class, "%" + pin + "%")).as("PIN in gateway_sms_reply").isZero();
                assertThat(log.getAll()).doesNotContain(pin);
            }
        }
    }

    private static String tokenIn(String reply) {
        Matcher token = TOKEN.matcher(reply);
        assertThat(token.find()).as(reply).isTrue();
        return token.group(1).replace(" ", "");
    }

    private static String id() {
        return TestUsers.uniqueId("sms");
    }
}
