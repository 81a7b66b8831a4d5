package org.juiceledger.standalone.gateway;

import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PIN guessing by SMS: after five wrong PINs from one phone number, its next attempts get the
 * locked reply and redeem nothing, even with a right PIN, while another number still redeems; once
 * the window (15 minutes) has passed it works again. The test moves that number's recorded attempts
 * back by the window instead of waiting: a second application context with a shorter window would
 * run a second set of projections on the shared database.
 */
@PostgresIntegrationTest
class SmsBruteForceIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveWrongPinsLockThatNumberOnlyAndOnlyForAWhile() {
        GatewayDesk desk = new GatewayDesk(port, jdbc);
        String account = desk.desk.account(desk.desk.tariff("0.500000", "0"));
        String meter = desk.desk.stsMeter(account);
        List<GatewayDesk.Card> cards = desk.cards(2, 2, "10.00", "NUMERIC");
        String guesser = "+27830000" + String.format("%03d", (int) (Math.random() * 1000));
        String other = "+27840000" + String.format("%03d", (int) (Math.random() * 1000));

        String wrongReply = null;
        for (int i = 0; i < 5; i++) {
            wrongReply = reply(desk, guesser, meter + "*99999999999" + i + "0000", "guess-" + guesser + i);
        }
        String locked = reply(desk, guesser, meter + "*" + cards.get(0).pin(), "right-" + guesser);

        assertThat(locked).isNotEqualTo(wrongReply).containsIgnoringCase("too many");
        assertThat(desk.events(cards.get(0).serial(), "org.juiceledger.kernel.card.CardRedeemed")).isZero();
        assertThat(reply(desk, other, meter + "*" + cards.get(1).pin(), "other-" + other)).contains("kWh");
        assertThat(jdbc.queryForObject("select count(*) from failed_attempt where source_id = ?", Long.class, guesser))
                .isGreaterThanOrEqualTo(5);

        assertThat(reply(desk, guesser, meter + "*" + cards.get(0).pin(), "still-" + guesser)).containsIgnoringCase("too many");
        jdbc.update("update failed_attempt set attempted_at = attempted_at - interval '15 minutes 1 second' "
                + "where source_id = ?", guesser);
        assertThat(reply(desk, guesser, meter + "*" + cards.get(0).pin(), "later-" + guesser)).contains("kWh");
        assertThat(desk.events(cards.get(0).serial(), "org.juiceledger.kernel.card.CardRedeemed")).isEqualTo(1);
    }

    private static String reply(GatewayDesk desk, String from, String text, String messageId) {
        return desk.sms(desk.gateway, from, text, messageId).json().get("reply").asText();
    }
}
