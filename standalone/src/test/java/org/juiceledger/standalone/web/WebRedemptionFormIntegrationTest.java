package org.juiceledger.standalone.web;

import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.juiceledger.standalone.testing.TokenDecoding;
import org.juiceledger.standalone.web.WebCards.Card;
import org.juiceledger.standalone.web.WebForm.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.juiceledger.standalone.web.FailedAttempts.ELSEWHERE;
import static org.juiceledger.standalone.web.FailedAttempts.HERE;

/**
 * The customer page over plain HTTP, as a browser without JavaScript uses it: the form, its token
 * against cross-site posts, refusals that never tell whether a PIN exists, escaping, the limit on
 * failed attempts per client address (429, kept in the database, recorded without the PIN), the
 * wallet credit for a smart meter, and a form sent twice.
 */
@PostgresIntegrationTest
class WebRedemptionFormIntegrationTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CARD_REFUSED =
            "This card cannot be redeemed to this meter. Check the card number, or ask where the card was bought.";
    private static final String ALREADY_REDEEMED =
            "This card was redeemed a moment ago. If you sent it twice, the first redemption holds.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Desk desk;
    WebCards stock;
    FailedAttempts attempts;
    WebForm web;

    @BeforeEach
    void setUp() {
        desk = new Desk(port);
        stock = new WebCards(desk);
        attempts = new FailedAttempts(jdbc);
        attempts.forget();
        web = new WebForm(HERE, port);
    }

    @AfterEach
    void forgetFailures() {
        attempts.forget();
    }

    @Test
    void theFormIsPlainHtmlWithLabelsAndAToken() {
        Page form = web.form();

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.header("Content-Type")).containsExactly("text/html;charset=UTF-8");
        assertThat(form.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                .contains("<label for=\"meterNumber\">").contains("<label for=\"pin\">")
                .contains("aria-describedby=\"pin-hint\"").contains("method=\"post\" action=\"/redeem\"")
                .doesNotContain("<script").doesNotContain("role=\"alert\"");
        assertThat(Pattern.compile("<h1>").matcher(form.body()).results().count()).isEqualTo(1);
        assertThat(form.formToken()).matches("[A-Za-z0-9_-]{75}");
        assertThat(form.header("Set-Cookie")).isEmpty();
        assertThat(form.header("Cache-Control").get(0)).contains("no-store");
        assertThat(form.header("Content-Security-Policy").get(0)).contains("default-src 'self'");
    }

    @Test
    void aPostWithoutAGenuineFormTokenRedeemsNothing() {
        String meter = desk.stsMeter(desk.account(desk.tariff("0.500000", "0")));
        Card card = stock.cards(1, 1, "50.00").get(0);
        String token = web.form().formToken();
        // a character in the middle: the last one may carry only padding bits that decoding ignores
        int middle = token.length() / 2;
        String tampered = token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);

        for (Map<String, String> fields : List.of(Map.of("meterNumber", meter, "pin", card.pin()),
                Map.of("meterNumber", meter, "pin", card.pin(), "formToken", ""),
                Map.of("meterNumber", meter, "pin", card.pin(), "formToken", "not-a-token"),
                Map.of("meterNumber", meter, "pin", card.pin(), "formToken", tampered))) {
            Page refused = web.post(fields);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).contains("The form had expired. Please enter your details again.")
                    .contains("role=\"alert\"").doesNotContain(card.pin());
            assertThat(refused.formToken()).isNotEqualTo(token);
        }
        if (WebForm.canUse(ELSEWHERE)) {
            // a token fetched by another machine does not fit this client's address
            Page elsewhere = new WebForm(ELSEWHERE, port).post(Map.of("meterNumber", meter, "pin", card.pin(),
                    "formToken", token));
            assertThat(elsewhere.status()).isEqualTo(403);
        }

        assertThat(attempts.events(card.serial(), "card.CardRedeemed")).isZero();
        assertThat(attempts.of(HERE)).isEmpty();
        assertThat(web.redeem(meter, card.pin()).status()).isEqualTo(200);
    }

    @Test
    void malformedInputIsShownAtItsFieldEscapedAndNotCounted() {
        Page page = web.post(Map.of("meterNumber", "<script>alert('x')</script>", "pin", "12-34",
                "formToken", web.form().formToken()));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("<script").doesNotContain("alert('x')")
                .contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"")
                .contains("aria-describedby=\"meterNumber-hint meterNumber-error\" aria-invalid=\"true\"")
                .contains("aria-describedby=\"pin-hint pin-error\" aria-invalid=\"true\"")
                .contains("<a href=\"#meterNumber\">").contains("<a href=\"#pin\">")
                .contains("<title>Error: Redeem a Juice Card");
        assertThat(page.errorAt("pin")).isEqualTo("Enter the card number as it is printed: 12 to 24 letters and digits.");
        assertThat(web.redeem("", "").errorAt("meterNumber")).isEqualTo("Enter your meter number.");
        assertThat(attempts.of(HERE)).isEmpty();
    }

    @Test
    void everyRefusedCardReadsTheSameAndIsRecordedWithoutItsPin() {
        // void, unsold and unknown read alike and count; a card used a moment ago is said to be used and does not
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.stsMeter(account);
        List<Card> cards = stock.cards(4, 2, "50.00");
        assertThat(web.redeem(meter, cards.get(0).pin()).status()).isEqualTo(200);
        stock.voidCard(cards.get(1));

        String madeUp = randomPin();
        Page used = web.redeem(meter, cards.get(0).pin());
        assertThat(used.status()).as(used.body()).isEqualTo(422);
        assertThat(used.errorAt("pin")).isEqualTo(ALREADY_REDEEMED);
        List<String> pins = List.of(cards.get(0).pin(), cards.get(1).pin(), cards.get(2).pin(), madeUp);
        for (String pin : pins.subList(1, pins.size())) {
            Page refused = web.redeem(meter, pin);
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.errorAt("pin")).isEqualTo(CARD_REFUSED);
            assertThat(refused.body()).contains("value=\"" + meter + "\"").doesNotContain(pin);
        }
        Page unknownMeter = web.redeem("01234567897", cards.get(3).pin());
        assertThat(unknownMeter.status()).isEqualTo(422);
        assertThat(unknownMeter.errorAt("meterNumber")).isEqualTo("We do not know that meter number. Check the number on your meter.");
        assertThat(unknownMeter.errorAt("pin")).isNull();

        List<Map<String, Object>> recorded = attempts.of(HERE);
        assertThat(recorded).hasSize(5);
        assertThat(recorded.get(0).get("outcome")).isEqualTo("REFUSED");
        assertThat(recorded.get(0).get("reason")).isEqualTo("CARD_ALREADY_REDEEMED");
        assertThat(recorded.subList(1, 4)).allSatisfy(row -> {
            assertThat(row.get("outcome")).isEqualTo("FAILED");
            assertThat(row.get("channel")).isEqualTo("WEB");
            assertThat(row.get("via")).isEqualTo("web");
            assertThat(row.get("target")).isEqualTo(meter);
            assertThat(row.get("attempted_at")).isNotNull();
        });
        assertThat(recorded.get(4).get("outcome")).isEqualTo("REFUSED");
        assertThat(recorded.get(4).get("reason")).isEqualTo("METER_NOT_FOUND");
        for (Map<String, Object> row : recorded) {
            for (Object value : row.values()) {
                for (String pin : pins) {
                    assertThat(String.valueOf(value)).doesNotContain(pin);
                }
            }
        }
    }

    @Test
    void fiveFailuresFromAnAddressRefuseEvenTheRightPinThereButNotElsewhere() {
        String meter = desk.stsMeter(desk.account(desk.tariff("0.500000", "0")));
        Card card = stock.cards(1, 1, "50.00").get(0);
        for (int i = 0; i < 5; i++) {
            assertThat(web.redeem(meter, randomPin()).status()).isEqualTo(422);
        }

        Page blocked = web.redeem(meter, card.pin());

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.body()).contains("<h1>Too many attempts</h1>").contains("Too many attempts. Please try again later.")
                .doesNotContain(card.pin());
        long retryAfter = Long.parseLong(blocked.header("Retry-After").get(0));
        assertThat(retryAfter).isBetween(1L, 900L);
        assertThat(web.redeem("not a meter!", "x").status()).as("blocked before the input is read").isEqualTo(429);
        assertThat(attempts.events(card.serial(), "card.CardRedeemed")).isZero();
        assertThat(attempts.of(HERE)).hasSize(5).allSatisfy(row -> assertThat(row.get("outcome")).isEqualTo("FAILED"));

        assumeThat(WebForm.canUse(ELSEWHERE)).as("a second loopback address (Linux)").isTrue();
        Page elsewhere = new WebForm(ELSEWHERE, port).redeem(meter, card.pin());
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(200);
        assertThat(TokenDecoding.kwh(elsewhere.shownToken().replace(" ", ""), meter)).isEqualTo("100.0");
    }

    @Test
    void aSmartMeterGetsTheCardInItsWalletAndTheEventsSayWebAndTheAddress() {
        String account = desk.account(desk.tariff("0.500000", "0"));
        String meter = desk.amiMeter(account);
        Card card = stock.cards(1, 1, "50.00").get(0);

        Page page = web.redeem(meter, card.pin());

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Card redeemed to your wallet</h1>")
                .contains("50.00 was added to the wallet of meter <strong>" + meter + "</strong>")
                .contains("<dt>New wallet balance</dt><dd>50.00</dd>").doesNotContain(card.pin());
        assertThat(attempts.metaData(card.serial())).anySatisfy(metaData -> assertThat(metaData)
                .contains("\"who\":\"web\"").contains("\"channel\":\"WEB\"").contains("\"clientAddress\":\"" + HERE + "\""));
        assertThat(attempts.metaData(account)).anySatisfy(metaData -> assertThat(metaData)
                .contains("\"who\":\"web\"").contains("\"clientAddress\":\"" + HERE + "\""));
    }

    @Test
    void aFormSentTwiceShowsTheFirstTokenAndRedeemsOnce() {
        String meter = desk.stsMeter(desk.account(desk.tariff("0.500000", "0")));
        Card card = stock.cards(1, 1, "50.00").get(0);
        Map<String, String> fields = Map.of("meterNumber", meter, "pin", card.pin(), "formToken", web.form().formToken());

        Page first = web.post(fields);
        Page again = web.post(fields);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(first.shownToken()).matches("\\d{4}( \\d{4}){4}").isEqualTo(again.shownToken());
        assertThat(first.body()).contains("<dt>Energy</dt><dd>100.0 kWh</dd>").contains("<dt>Amount</dt><dd>50.00</dd>");
        assertThat(attempts.events(card.serial(), "card.CardRedeemed")).isEqualTo(1);
        assertThat(attempts.of(HERE)).isEmpty();
        // a fresh form with the card a moment later: it is said to be used, and that is no failed attempt
        assertThat(web.redeem(meter, card.pin()).errorAt("pin")).isEqualTo(ALREADY_REDEEMED);
        assertThat(attempts.of(HERE)).noneMatch(row -> "FAILED".equals(row.get("outcome")));
    }

    private static String randomPin() {
        StringBuilder pin = new StringBuilder("9");
        for (int i = 1; i < 16; i++) {
            pin.append(RANDOM.nextInt(10));
        }
        return pin.toString();
    }
}
