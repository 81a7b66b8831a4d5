package org.juiceledger.standalone.card;

import org.juiceledger.platform.testing.JuiceApi.Reply;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.platform.testing.PrinterKeys;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/** A batch that names the printer's OpenPGP key gives its print file encrypted to that key, once. */
@PostgresIntegrationTest
class EncryptedPrintFileIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void printFileIsReadableOnlyWithThePrintersKey() {
        Desk desk = new Desk(port);
        String cardAdmin = desk.user("CARD_ADMIN");
        PrinterKeys printer = PrinterKeys.generate();
        Reply batch = desk.post(cardAdmin, "/api/card-batches", json("quantity", 3, "denomination", "20.00",
                "pinLength", 14, "pinAlphabet", "ALPHANUMERIC", "printerPublicKey", printer.armoredPublicKey()));
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        String batchId = batch.json().get("batchId").asText();

        Reply file = desk.api.get("/api/card-batches/" + batchId + "/print-file", cardAdmin, Desk.PASSWORD);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/pgp-encrypted");
        assertThat(file.body()).startsWith("-----BEGIN PGP MESSAGE-----").doesNotContain("serial,pin");
        String csv = new String(printer.decrypt(file.body().getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII);
        assertThat(csv.lines()).hasSize(4).first().isEqualTo("serial,pin,denomination");
        assertThat(desk.api.get("/api/card-batches/" + batchId + "/print-file", cardAdmin, Desk.PASSWORD).status())
                .isEqualTo(410);
    }

    @Test
    void somethingThatIsNotAKeyIsRefused() {
        Desk desk = new Desk(port);
        Reply refused = desk.post(desk.user("CARD_ADMIN"), "/api/card-batches", json("quantity", 1, "denomination", "20.00",
                "pinLength", 14, "pinAlphabet", "ALPHANUMERIC", "printerPublicKey", "not a key"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("OpenPGP");
    }
}
