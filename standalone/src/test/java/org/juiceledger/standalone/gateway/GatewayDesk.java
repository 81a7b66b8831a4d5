package org.juiceledger.standalone.gateway;

import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.standalone.testing.Desk;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/**
 * What the gateway tests need around a {@link Desk}: a GATEWAY login, cards to redeem (generated,
 * printed once and sold), and counts read from the event store.
 */
final class GatewayDesk {

    /** A phone number of its own, so the failed-attempt limit of one test never meets another's. */
    final String phone = "+2782" + String.format("%07d", new Random().nextInt(10_000_000));

    final Desk desk;
    final String gateway;
    private final String cardAdmin;
    private final JdbcTemplate jdbc;

    GatewayDesk(int port, JdbcTemplate jdbc) {
        this.desk = new Desk(port);
        this.gateway = desk.user("GATEWAY");
        this.cardAdmin = desk.user("CARD_ADMIN");
        this.jdbc = jdbc;
    }

    record Card(String serial, String pin) {
    }

    /** Generates cards, reads their print file and lets the supervisor sell the first {@code sold} of them. */
    List<Card> cards(int quantity, int sold, String denomination, String alphabet) {
        Reply created = desk.post(cardAdmin, "/api/card-batches", json("quantity", quantity, "denomination", denomination,
                "pinLength", 16, "pinAlphabet", alphabet));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Reply file = desk.api.get("/api/card-batches/" + created.json().get("batchId").asText() + "/print-file",
                cardAdmin, Desk.PASSWORD);
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        String[] lines = file.body().split("\n");
        List<Card> cards = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",");
            cards.add(new Card(fields[0], fields[1]));
        }
        if (sold > 0) {
            String total = new java.math.BigDecimal(denomination).multiply(java.math.BigDecimal.valueOf(sold)).toPlainString();
            Reply sale = desk.post(desk.supervisor, "/api/cards/activate", json("firstSerial", cards.get(0).serial(),
                    "lastSerial", cards.get(sold - 1).serial(), "customer", "cash", "tender", "CASH", "expectedTotal", total));
            assertThat(sale.status()).as(sale.body()).isEqualTo(201);
        }
        return cards;
    }

    Reply sms(String login, String from, String text, String messageId) {
        return desk.post(login, "/api/gateways/sms", json("from", from, "text", text, "messageId", messageId));
    }

    /** Sends a text as the gateway and returns the reply text (expects 200). */
    String sms(String text, String messageId) {
        Reply reply = sms(gateway, phone, text, messageId);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("reply").asText();
    }

    Reply ivr(String login, String body) {
        return desk.post(login, "/api/gateways/ivr", body);
    }

    /** Failed redemption attempts recorded against a phone number or caller id (outcome FAILED). */
    long failedAttemptsOf(String caller) {
        return jdbc.queryForObject("select count(*) from failed_attempt where source_id = ? and outcome = 'FAILED'",
                Long.class, caller);
    }

    long events(String aggregateId, String eventType) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ? and payloadtype = ?",
                Long.class, aggregateId, eventType);
    }

    long cardRedemptions(String serial) {
        return events(serial, "org.juiceledger.kernel.card.CardRedeemed");
    }

    long transactionsOn(String account) {
        return events(account, "org.juiceledger.kernel.account.TransactionRecorded");
    }
}
