package org.juiceledger.standalone.account;

import org.juiceledger.command.account.Wallets;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juiceledger.platform.testing.JuiceApi.json;

/** A busy account is snapshotted, and keeps deciding from the snapshot plus the events after it. */
@PostgresIntegrationTest
class AccountSnapshotIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSnapshotIsTakenAndTheWalletStaysExact() {
        Desk desk = new Desk(port);
        String account = desk.account(desk.tariff("0.500000", "0"));
        for (int i = 0; i < 105; i++) {
            desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/deposits", json("amount", "1.01", "tender", "CASH"));
        }
        String wallet = Wallets.streamOf(account);
        for (String aggregate : List.of(account, wallet)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from snapshotevententry where aggregateidentifier = ?", Long.class, aggregate) > 0);
        }
        String snapshot = jdbc.queryForObject("select convert_from(payload, 'UTF8') from snapshotevententry "
                + "where aggregateidentifier = ? order by sequencenumber desc limit 1", String.class, account);
        assertThat(snapshot).contains("\"accountNumber\":\"" + account + "\"");
        String walletSnapshot = jdbc.queryForObject("select convert_from(payload, 'UTF8') from snapshotevententry "
                + "where aggregateidentifier = ? order by sequencenumber desc limit 1", String.class, wallet);
        // taken after the wallet's 100th event (juice.snapshots.account-every): its opening and 99 deposits
        assertThat(walletSnapshot).contains("\"walletId\":\"" + wallet + "\"", "\"balance\":99.99");

        String other = desk.account(desk.tariff("0.500000", "0"));
        desk.transact(desk.cashier, "/api/accounts/" + account + "/wallet/transfers", json("toAccount", other, "amount", "106.05"));
        assertThat(desk.post(desk.cashier, "/api/accounts/" + account + "/wallet/transfers",
                json("toAccount", other, "amount", "0.01")).status()).as("the wallet is exactly empty").isEqualTo(422);
    }
}
