package org.juiceledger.standalone.web;

import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.standalone.testing.Desk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/** Juice Cards for the web page tests: a batch generated, its print file read once, some of it sold. */
final class WebCards {

    private final Desk desk;
    private final String cardAdmin;

    WebCards(Desk desk) {
        this.desk = desk;
        this.cardAdmin = desk.user("CARD_ADMIN");
    }

    record Card(String serial, String pin) {
    }

    /** Generates {@code quantity} cards (16-digit PINs) and sells the first {@code sold}. */
    List<Card> cards(int quantity, int sold, String denomination) {
        Reply created = desk.post(cardAdmin, "/api/card-batches", json("quantity", quantity, "denomination", denomination,
                "pinLength", 16, "pinAlphabet", "NUMERIC"));
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
            String total = new BigDecimal(denomination).multiply(BigDecimal.valueOf(sold)).toPlainString();
            Reply sale = desk.post(desk.supervisor, "/api/cards/activate", json("firstSerial", cards.get(0).serial(),
                    "lastSerial", cards.get(sold - 1).serial(), "customer", "cash", "tender", "CASH",
                    "expectedTotal", total));
            assertThat(sale.status()).as(sale.body()).isEqualTo(201);
        }
        return cards;
    }

    void voidCard(Card card) {
        Reply voided = desk.post(desk.supervisor, "/api/cards/" + card.serial() + "/void", json("reason", "lost in transit"));
        assertThat(voided.status()).as(voided.body()).isEqualTo(200);
    }
}
