package org.juiceledger.standalone.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.juiceledger.platform.testing.JuiceApi.Reply;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/** Card stock for the tests: generate a batch and read its print file, activate, read the liability. */
public final class CardStock {

    private final Desk desk;
    private final String cardAdmin;

    public CardStock(Desk desk, String cardAdmin) {
        this.desk = desk;
        this.cardAdmin = cardAdmin;
    }

    public record Batch(String id, List<String> serials, List<String> pins) {
        public String serial(int index) {
            return serials.get(index);
        }
    }

    public Reply generateReply(int quantity, String denomination, int pinLength, String alphabet) {
        return desk.post(cardAdmin, "/api/card-batches", json("quantity", quantity, "denomination", denomination,
                "pinLength", pinLength, "pinAlphabet", alphabet));
    }

    /** Generates a batch and takes its print file (the one download). */
    public Batch generate(int quantity, String denomination, int pinLength, String alphabet) {
        Reply created = generateReply(quantity, denomination, pinLength, alphabet);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String batchId = created.json().get("batchId").asText();
        Reply file = desk.api.get("/api/card-batches/" + batchId + "/print-file", cardAdmin, Desk.PASSWORD);
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/csv");
        String[] lines = file.body().split("\n");
        assertThat(lines[0]).isEqualTo("serial,pin,denomination");
        List<String> serials = new ArrayList<>();
        List<String> pins = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",");
            serials.add(fields[0]);
            pins.add(fields[1]);
            assertThat(fields[2]).isEqualTo(denomination);
        }
        assertThat(serials.get(0)).isEqualTo(created.json().get("firstSerial").asText());
        return new Batch(batchId, serials, pins);
    }

    public Reply activate(String seller, String first, String last, String expectedTotal) {
        return desk.post(seller, "/api/cards/activate", json("firstSerial", first, "lastSerial", last,
                "customer", "cash", "tender", "CASH", "expectedTotal", expectedTotal));
    }

    public BigDecimal liability() {
        JsonNode inventory = desk.api.get("/api/reports/card-inventory", desk.supervisor, Desk.PASSWORD).json();
        return new BigDecimal(inventory.get("outstandingLiability").asText());
    }
}
