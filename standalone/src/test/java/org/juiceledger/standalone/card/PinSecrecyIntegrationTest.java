package org.juiceledger.standalone.card;

import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.CardStock;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.platform.testing.JuiceApi.json;

/** No PIN of a print file is anywhere in the database (as text or inside BYTEA) or in the log. */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PinSecrecyIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pinsLeaveOnlyThroughThePrintFile(CapturedOutput log) {
        Desk desk = new Desk(port);
        CardStock stock = new CardStock(desk, desk.user("CARD_ADMIN"));
        CardStock.Batch batch = stock.generate(3, "20.00", 14, "ALPHANUMERIC");
        stock.activate(desk.supervisor, batch.serial(0), batch.serial(2), "60.00");
        String account = desk.account(desk.tariff("0.500000", "0"));
        desk.transact(desk.cashier, "/api/cards/redeem", json("pin", batch.pins().get(0), "accountNumber", account));
        desk.post(desk.cashier, "/api/cards/redeem", json("pin", batch.pins().get(0), "accountNumber", account));

        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).contains("domainevententry", "card_pin", "card_view", "card_print_file");
        for (String pin : batch.pins()) {
            String hex = HexFormat.of().formatHex(pin.getBytes(StandardCharsets.US_ASCII));
            for (String table : tables) {
                Long hits = jdbc.queryForObject("select count(*) from " + table + " t where t::text like ? or t::text like ?",
                        Long.class, "%" + pin + "%", "%" + hex + "%");
                assertThat(hits).as("PIN found in table " + table).isZero();
            }
            assertThat(log.getAll()).doesNotContain(pin);
        }
    }
}
